/**
 * Turns a finished questionnaire into the `IntakeSubmission` the backend receives:
 * answers of visible questions only (hidden questions' answers and display items are
 * dropped; text is trimmed), scores, flags, consents with their version and timestamp
 * (and the typed-name signature), validated with the contract's schema before it is
 * queued. The submission id is generated on the device and doubles as the
 * `Idempotency-Key`, reused on every retry.
 */
import { IntakeSubmission, parse } from '../schemas/index.js';
import type { AnswerValue, FieldIssue, IntakeForm, Locale } from '../schemas/index.js';
import { todayIso } from '../validators.js';
import type { FormSession, IntakeSessionOptions } from './session.js';
import type { ValidationError } from './messages.js';
import type { Answers } from './resolve.js';

/** 16 random bytes (128 bits) from `crypto.getRandomValues`, base64url without padding: 22 characters. */
export function newSubmissionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export interface BuildSubmissionInput {
  form: IntakeForm;
  answers: Answers;
  locale: Locale;
  /** When each consent question was checked (consent id → ISO date-time). A consent missing here gets `now`. */
  consentsAgreedAt?: Readonly<Record<string, string>>;
  /** When the person started the questionnaire (ISO date-time). */
  startedAt?: string;
  /** The moment of submitting. Default `new Date()`; its local date is "today" for ages and flags. */
  now?: Date;
  /** Default {@link newSubmissionId}(). Reuse the same id if the person presses submit twice. */
  submissionId?: string;
  /** The program the person is applying to, when the page knows it. */
  programId?: string;
  /** An existing session for this form (saves re-expanding it), or options for a new one. */
  session?: FormSession;
  sessionOptions?: IntakeSessionOptions;
}

export type BuildSubmissionResult =
  | { ok: true; submission: IntakeSubmission }
  /** `errors`: unanswered or invalid questions (show them); `issues`: the result failed the contract (a bug or bad form). */
  | { ok: false; errors: ValidationError[]; issues: FieldIssue[] };

const TRIMMED = new Set(['text', 'long-text', 'phone', 'email', 'signature']);

/**
 * `buildSubmission` (engine.ts) with the session at hand: `newSession` makes one for the day of
 * submitting when `input.session` is not given.
 */
export function submissionFrom(input: BuildSubmissionInput, newSession: (today: string) => FormSession): BuildSubmissionResult {
  const now = input.now ?? new Date();
  const today = todayIso(now);
  const session = input.session ?? newSession(today);
  const errors = session.validateAll(input.answers, input.locale);
  if (errors.length) return { ok: false, errors, issues: [] };

  const visible = session.visibleAnswers(input.answers);
  const answers: Record<string, AnswerValue> = {};
  let signature: string | undefined;
  const consents: IntakeSubmission['consents'] = [];
  const nowIso = now.toISOString();
  for (const [id, value] of Object.entries(visible)) {
    const q = session.question(id);
    if (!q || q.type === 'display') continue;
    const v = typeof value === 'string' && TRIMMED.has(q.type) ? value.trim() : value;
    if (v === '') continue;
    answers[id] = v;
    if (q.type === 'signature' && typeof v === 'string') signature ??= v;
  }
  for (const page of session.visiblePages(input.answers)) {
    for (const item of session.visibleItems(page, input.answers)) {
      const q = item.question;
      if (q.type !== 'consent' || answers[q.id] !== true) continue;
      const at = input.consentsAgreedAt?.[q.id];
      consents.push({ id: q.id, version: q.version, agreedAt: at && !Number.isNaN(Date.parse(at)) ? at : nowIso });
    }
  }
  if (signature !== undefined) for (const c of consents) c.signature = signature;

  const candidate: IntakeSubmission = {
    submissionId: input.submissionId ?? newSubmissionId(),
    formId: input.form.id,
    formVersion: input.form.version,
    locale: input.locale,
    answers,
    scores: session.scores(input.answers),
    flags: session.flags(input.answers, today),
    consents,
    ...(input.startedAt !== undefined ? { startedAt: input.startedAt } : {}),
    submittedAt: nowIso,
    ...(input.programId !== undefined ? { programId: input.programId } : {}),
  };
  const parsed = parse(IntakeSubmission, candidate);
  return parsed.ok ? { ok: true, submission: parsed.data } : { ok: false, errors: [], issues: parsed.issues };
}
