/**
 * The review page: every visible answer, page by page, each with an "Edit" button that
 * goes back to its page and focuses the question. Scores and bands are never shown.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { IntakePage } from '../../core/intake/expand.js';
import type { Answers } from '../../core/intake/resolve.js';
import type { FormSession } from '../../core/intake/session.js';
import { formatDate } from '../../core/i18n/index.js';
import type { Locale, Question } from '../../core/schemas/index.js';
import { localize } from '../../core/text.js';
import type { SendContext } from './send.messages.js';

export interface ReviewContext {
  locale: Locale;
  t: SendContext['t'];
  session: FormSession;
  pages: readonly IntakePage[];
  answers: Answers;
  edit(pageId: string, questionId: string): void;
}

/** An answer as the person would say it. */
export function answerText(q: Question, value: unknown, locale: Locale, t: ReviewContext['t']): string {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return t('notAnswered');
  switch (q.type) {
    case 'yes-no':
      return value === true ? t('yes') : value === false ? t('no') : t('notAnswered');
    case 'consent':
      return value === true ? t('agreedReview') : t('notAnswered');
    case 'single':
    case 'select':
    case 'scale': {
      const o = q.options.find((x) => x.value === value);
      return o ? localize(o.label, locale) : String(value);
    }
    case 'multiple': {
      const values = Array.isArray(value) ? value : [];
      return q.options
        .filter((o) => values.includes(o.value))
        .map((o) => localize(o.label, locale))
        .join('; ');
    }
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value, locale) : String(value);
    case 'number':
      return `${String(value)}${q.unit ? ` ${localize(q.unit, locale)}` : ''}`;
    default:
      return String(value);
  }
}

export function renderReview(ctx: ReviewContext): TemplateResult {
  return html`<div class="review" part="review">
    <p>${ctx.t('reviewIntro')}</p>
    ${ctx.pages.map((page) => {
      const items = ctx.session.visibleItems(page, ctx.answers).filter((i) => i.question.type !== 'display');
      const headingId = `review-${page.id}`;
      return html`<section class="review-page" aria-labelledby=${headingId}>
        <h4 id=${headingId}>${localize(page.title, ctx.locale)}</h4>
        <dl>
          ${items.map((item) => {
            const q = item.question;
            const label = localize(q.text, ctx.locale);
            const inst = item.definition ? `${localize(item.definition.title, ctx.locale)} — ` : '';
            return html`<div class="review-row" data-q=${q.id}>
              <dt>${inst}${label}</dt>
              <dd>
                <span class="review-answer">${answerText(q, ctx.answers[q.id], ctx.locale, ctx.t)}</span>
                <button type="button" class="link-button" part="edit-button" data-edit=${q.id} aria-label=${ctx.t('editQuestion', { question: label })} @click=${() => ctx.edit(page.id, q.id)}>
                  ${ctx.t('edit')}
                </button>
              </dd>
            </div>`;
          })}
        </dl>
      </section>`;
    })}
  </div>`;
}
