/**
 * `IopBackend`: the whole contract between the elements and a center's data.
 * Three implementations ship: HTTP (`api-base`), static JSON (`src`) and a custom
 * object (`provider.backend = myAdapter`), all returning validated data.
 */
import type {
  EducationModule,
  EducationModuleSummary,
  FieldIssue,
  InsuranceCheckRequest,
  InsuranceCheckResult,
  IntakeForm,
  IntakeReceipt,
  IntakeSubmission,
  ListResult,
  Payer,
  Program,
} from '../schemas/index.js';

export interface RequestOptions {
  /** Cancels the request; the promise rejects with a `BackendError` of kind `aborted`. */
  signal?: AbortSignal;
}

export type BackendKind = 'http' | 'static' | 'custom';

export interface IopBackend {
  readonly kind: BackendKind;
  /** Programs; malformed ones are left out and reported in `rejected`. */
  listPrograms(options?: RequestOptions): Promise<ListResult<Program>>;
  getProgram(id: string, options?: RequestOptions): Promise<Program>;
  /** Typeahead over payers, matching names, aliases and plan names. */
  searchPayers(query: string, options?: RequestOptions): Promise<ListResult<Payer>>;
  checkInsurance(request: InsuranceCheckRequest, options?: RequestOptions): Promise<InsuranceCheckResult>;
  getIntakeForm(id: string, options?: RequestOptions): Promise<IntakeForm>;
  /** Sends with `Idempotency-Key: submission.submissionId`; a repeat returns the first receipt. */
  submitIntake(submission: IntakeSubmission, options?: RequestOptions): Promise<IntakeReceipt>;
  listEducationModules(options?: RequestOptions): Promise<ListResult<EducationModuleSummary>>;
  getEducationModule(id: string, options?: RequestOptions): Promise<EducationModule>;
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
