/**
 * A validation problem and its one-line description. Apart from `parse.ts` so that code which
 * only reports problems (the HTTP adapter reading a 422's `issues`) does not bundle the
 * schemas' runtime.
 */

/** One problem with a value, at a path a developer can find. */
export interface FieldIssue {
  /** `tracks[0].sessions[1].end`; empty for the value itself. */
  path: string;
  message: string;
}

/** `path: message; path: message` — for logs and error details (never contains the value itself). */
export function describeIssues(issues: FieldIssue[], max = 5): string {
  const shown = issues.slice(0, max).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
  if (issues.length > max) shown.push(`and ${issues.length - max} more`);
  return shown.join('; ');
}
