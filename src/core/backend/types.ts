/**
 * `BackendAdapter`: how the kit reaches a center's data. Three
 * implementations ship: HTTP (`api-base`), static JSON (`src`) and a custom object
 * (`provider.backend = myAdapter`). An adapter only moves data: it answers with plain
 * JSON (lists as arrays or `{ items }`), and the kit validates every answer against the
 * contract in `src/core/data` (`loadPrograms(backend)`, `checkInsurance(backend, req)`, …),
 * whatever the adapter — `IopBackend` (src/core/data/validated-backend.ts) is that
 * validated view. The comments say what each method should answer.
 */
import type { FieldIssue, InsuranceCheckRequest, IntakeSubmission } from '../schemas/index.js';

export interface RequestOptions {
  /** Cancels the request; the promise rejects with a `BackendError` of kind `aborted`. */
  signal?: AbortSignal;
}

export type BackendKind = 'http' | 'static' | 'custom';

export interface BackendAdapter {
  readonly kind: BackendKind;
  /** → `Program[]` */
  listPrograms(options?: RequestOptions): Promise<unknown>;
  /** → `Program` */
  getProgram(id: string, options?: RequestOptions): Promise<unknown>;
  /** → `Payer[]`, best match first (names, aliases and plan names). */
  searchPayers(query: string, options?: RequestOptions): Promise<unknown>;
  /** → `InsuranceCheckResult` (the request has been validated before it gets here). */
  checkInsurance(request: InsuranceCheckRequest, options?: RequestOptions): Promise<unknown>;
  /** → `IntakeForm` */
  getIntakeForm(id: string, options?: RequestOptions): Promise<unknown>;
  /** → `{ receiptId }`; sent with `Idempotency-Key: submission.submissionId`, a repeat returns the first receipt. */
  submitIntake(submission: IntakeSubmission, options?: RequestOptions): Promise<unknown>;
  /** → `EducationModuleSummary[]` */
  listEducationModules(options?: RequestOptions): Promise<unknown>;
  /** → `EducationModule` */
  getEducationModule(id: string, options?: RequestOptions): Promise<unknown>;
}

/**
 * What went wrong, in a form an element can act on:
 * - `network`: the backend could not be reached (offline, refused, DNS) — retry later;
 * - `timeout`: no answer in time — retry;
 * - `aborted`: the caller cancelled;
 * - `http`: a non-2xx answer (`status`; `fieldIssues` for a 400 with field messages);
 * - `not-found`: 404 for a single resource;
 * - `invalid-response`: the answer was not JSON or did not match the contract;
 * - `not-supported`: the backend cannot do this (a static file cannot take submissions);
 * - `invalid-request`: the data given to the adapter failed validation before sending.
 */
export type BackendErrorKind = 'network' | 'timeout' | 'aborted' | 'http' | 'not-found' | 'invalid-response' | 'not-supported' | 'invalid-request';

export class BackendError extends Error {
  override readonly name = 'BackendError';
  readonly kind: BackendErrorKind;
  readonly status?: number;
  readonly fieldIssues: FieldIssue[];

  constructor(kind: BackendErrorKind, message: string, init: { status?: number; fieldIssues?: FieldIssue[]; cause?: unknown } = {}) {
    super(message, init.cause !== undefined ? { cause: init.cause } : undefined);
    this.kind = kind;
    if (init.status !== undefined) this.status = init.status;
    this.fieldIssues = init.fieldIssues ?? [];
  }

  /** Whether trying again later may succeed (network trouble, timeouts, 5xx, 408, 429). */
  get retryable(): boolean {
    if (this.kind === 'network' || this.kind === 'timeout') return true;
    if (this.kind === 'http' && this.status !== undefined) return this.status >= 500 || this.status === 408 || this.status === 429;
    return false;
  }
}

export function isBackendError(e: unknown): e is BackendError {
  return e instanceof BackendError || (e instanceof Error && e.name === 'BackendError' && 'kind' in e);
}
