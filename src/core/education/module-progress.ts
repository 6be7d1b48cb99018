/**
 * How far a family member got in a module (the catalogue's and the reader's progress), apart
 * from the rest of `progress.ts` so that an element's catalogue can show it without carrying
 * the knowledge-check scoring. Nothing here identifies the reader.
 */
import type { ModuleProgress } from '../storage/types.js';

export type ModuleStatus = 'not-started' | 'in-progress' | 'completed';

export interface ModuleProgressView {
  status: ModuleStatus;
  /** 0–100, whole numbers. 100 only when completed. */
  percent: number;
}

/** What `moduleProgress` needs from a stored record (the `progress` store's shape). */
export type ProgressLike = Pick<ModuleProgress, 'position' | 'completed'>;

/**
 * The catalogue's progress for a module:
 * - no record → not started, 0 %;
 * - `completed` → completed, 100 %;
 * - otherwise in progress, with the share of blocks reached (`position` is the 0-based
 *   index of the furthest block reached, so opening a module counts its first block),
 *   at most 99 % until the reader marks it complete (a module read to the end but not
 *   marked complete should not look finished).
 */
export function moduleProgress(module: { blocks: readonly unknown[] }, record: ProgressLike | undefined | null): ModuleProgressView {
  if (!record) return { status: 'not-started', percent: 0 };
  if (record.completed) return { status: 'completed', percent: 100 };
  const total = module.blocks.length;
  const position = Number.isFinite(record.position) ? Math.max(0, Math.floor(record.position)) : 0;
  const percent = total === 0 ? 0 : Math.min(99, Math.round((100 * Math.min(position + 1, total)) / total));
  return { status: 'in-progress', percent };
}
