/**
 * Lenient reading of one education module: the module's own fields must be valid, but
 * each block is validated alone, so one bad block becomes an `invalid` placeholder
 * ("this part could not be displayed") and the rest of the module still renders.
 */
import { Block, EducationModuleSummary, type EducationModule } from '../schemas/education.js';
import { parse, type FieldIssue } from '../schemas/parse.js';

/** A block that did not pass validation, kept in place so positions and progress stay stable. */
export interface InvalidBlock {
  type: 'invalid';
  /** Its index in the module's `blocks`. */
  index: number;
  /** The block's `id`, when it had a string one (so a saved answer can still be matched). */
  id?: string;
  /** What was wrong, with paths relative to the block (`options[1].feedback`). */
  issues: FieldIssue[];
}

export type LenientBlock = Block | InvalidBlock;

export type LenientModule = Omit<EducationModule, 'blocks'> & { blocks: LenientBlock[] };

export type LenientResult =
  | { ok: true; module: LenientModule; invalidBlocks: InvalidBlock[] }
  | { ok: false; issues: FieldIssue[] };

/** The schema's bounds on `blocks` (education.ts). */
const MAX_BLOCKS = 1000;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Validates a module, block by block. Never throws. */
export function parseModuleLenient(data: unknown): LenientResult {
  if (!isRecord(data)) return { ok: false, issues: [{ path: '', message: 'must be an object (an education module)' }] };
  const head = parse(EducationModuleSummary, data);
  const issues: FieldIssue[] = head.ok ? [] : [...head.issues];
  let raw: unknown[] = [];
  try {
    raw = data.blocks as unknown[];
  } catch {
    raw = [];
  }
  if (raw === undefined) issues.push({ path: 'blocks', message: 'is required' });
  else if (!Array.isArray(raw)) issues.push({ path: 'blocks', message: 'must be a list of blocks' });
  else if (raw.length === 0) issues.push({ path: 'blocks', message: 'a module needs at least one block' });
  else if (raw.length > MAX_BLOCKS) issues.push({ path: 'blocks', message: `may have at most ${MAX_BLOCKS} item(s)` });
  if (!head.ok || issues.length > 0) return { ok: false, issues };

  const blocks: LenientBlock[] = [];
  const invalidBlocks: InvalidBlock[] = [];
  raw.forEach((item, index) => {
    const r = parse(Block, item);
    if (r.ok) {
      blocks.push(r.data);
      return;
    }
    const id = isRecord(item) && typeof item.id === 'string' ? item.id : undefined;
    const invalid: InvalidBlock = { type: 'invalid', index, ...(id !== undefined ? { id } : {}), issues: r.issues };
    blocks.push(invalid);
    invalidBlocks.push(invalid);
  });
  return { ok: true, module: { ...head.data, blocks }, invalidBlocks };
}

/** Whether a lenient block is a valid one. */
export function isValidBlock(block: LenientBlock): block is Block {
  return block.type !== 'invalid';
}
