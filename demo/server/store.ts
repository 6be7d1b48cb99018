/**
 * Intake submissions of the reference backend, persisted to `<dataDir>/submissions.json`.
 * - Writes go to a temporary file that is then renamed over the old one, so a crash
 *   mid-write never leaves a half-written file.
 * - Writes are serialised (one at a time), and the idempotency check happens inside
 *   the same queue, so two requests with one key can never make two records.
 * - The file is read again for every submission, so a new server on the same dataDir
 *   (a restart) knows every key the old one stored.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { IntakeReceipt, IntakeSubmission } from '../../src/core/schemas/index.js';

export interface StoredSubmission {
  idempotencyKey: string;
  receipt: { receiptId: string; receivedAt: string };
  submission: IntakeSubmission;
}

interface FileShape {
  version: 1;
  submissions: StoredSubmission[];
}

export interface SubmissionStore {
  /** Stores the submission once per key; `created` is false for a repeat (the first receipt is returned). */
  submit(idempotencyKey: string, submission: IntakeSubmission): Promise<{ receipt: IntakeReceipt; created: boolean }>;
  /** How many records are stored, or how many carry this submission id (tests: "stored exactly once"). */
  count(submissionId?: string): Promise<number>;
  readonly file: string;
}

let tmpCounter = 0;

export function createSubmissionStore(dataDir: string): SubmissionStore {
  const file = join(dataDir, 'submissions.json');
  let queue: Promise<unknown> = Promise.resolve();

  /** Runs `task` after every earlier one (whatever their outcome). */
  function serial<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  async function read(): Promise<FileShape> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, submissions: [] };
      throw e;
    }
    const data = JSON.parse(text) as FileShape; // a hand-broken file is an error, never silently overwritten
    if (!data || !Array.isArray(data.submissions)) throw new Error(`${file} does not hold { "submissions": [...] }`);
    return data;
  }

  async function write(data: FileShape): Promise<void> {
    await mkdir(dataDir, { recursive: true });
    const tmp = `${file}.${process.pid}.${++tmpCounter}.tmp`;
    const handle = await open(tmp, 'w', 0o600);
    try {
      await handle.writeFile(JSON.stringify(data, null, 2));
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await rename(tmp, file);
    } catch (e) {
      await rm(tmp, { force: true });
      throw e;
    }
  }

  return {
    file,
    submit(idempotencyKey, submission) {
      return serial(async () => {
        const data = await read();
        const earlier = data.submissions.find((s) => s.idempotencyKey === idempotencyKey);
        if (earlier) return { receipt: earlier.receipt, created: false };
        const receipt = {
          receiptId: `IOP-${randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase()}`,
          receivedAt: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
        };
        data.submissions.push({ idempotencyKey, receipt, submission });
        await write(data);
        return { receipt, created: true };
      });
    },
    count(submissionId?: string) {
      return serial(async () => {
        const all = (await read()).submissions;
        return submissionId === undefined ? all.length : all.filter((s) => s.submission.submissionId === submissionId).length;
      });
    },
  };
}
