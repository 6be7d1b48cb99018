/**
 * What `<iop-intake-questionnaire>` shows in each phase: loading, the load error, the resume
 * prompt, a step of the form (questions or review), the sending status / receipt and the
 * not-supported notice. Functions of the element's state; the element owns every change.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { commonMessages, intlLocale } from '../../core/i18n/index.js';
import { validationMessage } from '../../core/intake/messages.js';
import { localize } from '../../core/text.js';
import { todayIso } from '../../core/validators.js';
import type { IopIntakeQuestionnaire } from './intake-questionnaire.js';
import { REVIEW } from './steps.js';
import { renderPage } from './page-view.js';
import { renderPartPending } from '../base/lazy-part.js';
import { centerLink, renderResume } from './panels.js';
import type { PanelContext } from './panels.js';
import { renderItems } from './question-view.js';
import type { QuestionContext } from './question-view.js';

function questionCtx(h: IopIntakeQuestionnaire): QuestionContext {
  const locale = h.effectiveLocale;
  const s = h.session!;
  const pageErrors = new Map(s.validatePage(h.pageId, h.answers, locale).map((e) => [e.questionId, e]));
  const showAll = h.attempted.has(h.pageId);
  return {
    locale,
    t: h.msg,
    answers: h.answers,
    todayText: h.format.date(todayIso()),
    errorFor: (id) => {
      const e = pageErrors.get(id);
      return e && (showAll || h.touched.has(id)) ? validationMessage(e, locale) : undefined;
    },
    set: (id, v) => h.setAnswer(id, v),
    touch: (id) => h.touch(id),
  };
}

export function renderBody(h: IopIntakeQuestionnaire): TemplateResult | typeof nothing {
  const ctx = h.panelCtx;
  switch (h.phase) {
    case 'loading':
      return html`<p class="loading" role="status">${h.msg('loadingForm')}</p>`;
    case 'error':
      return renderError(h, ctx);
    case 'resume':
      return renderResume(ctx, {
        savedAt: h.resumeSavedAt ? new Intl.DateTimeFormat(intlLocale(ctx.locale), { dateStyle: 'long', timeStyle: 'short' }).format(h.resumeSavedAt) : '',
        confirming: h.confirming === 'start-over',
        onContinue: () => {
          h.phase = 'form';
          h.goTo(h.pageId, { announce: true });
        },
        onStartOver: () => (h.confirming = 'start-over'),
        onConfirm: () => void h.deleteAnswers(),
        onCancel: () => (h.confirming = undefined),
      });
    case 'status': {
      const m = h.submit.part.get();
      return m ? m.renderStatus(m.sendContext(h), h.submit.status, h.submit.flags, () => void h.submit.retry()) : renderPartPending(h, h.submit.part);
    }
    case 'not-supported': {
      const m = h.submit.part.get();
      return m
        ? m.renderNotSupported(m.sendContext(h), () => {
            h.phase = 'form';
            h.goTo(REVIEW);
          })
        : renderPartPending(h, h.submit.part);
    }
    case 'form':
      return renderForm(h, ctx);
  }
}

function renderError(h: IopIntakeQuestionnaire, ctx: PanelContext): TemplateResult {
  const f = h.failure ?? 'other';
  const c = (k: keyof typeof commonMessages.en) => h.t(commonMessages, k as 'networkError');
  const text =
    f === 'network' ? c('networkError') : f === 'timeout' ? c('timeoutError') : f === 'not-found' ? h.msg('formNotFound') : f === 'invalid' ? h.msg('formInvalid') : c('somethingWentWrongDetail');
  return html`<div class="error-state" part="notice" role="alert">
    <h3>${h.msg('formLoadFailed')}</h3>
    <p class="message">${text}</p>
    ${ctx.centerPhone ? html`<p>${centerLink(ctx, h.msg('callUs', { phone: ctx.centerPhone }))}</p>` : nothing}
    <button type="button" class="button primary" part="button button-primary" data-action="retry-load" @click=${() => void h.load()}>${c('tryAgain')}</button>
  </div>`;
}

function renderForm(h: IopIntakeQuestionnaire, ctx: PanelContext): TemplateResult {
  const s = h.session!;
  const steps = h.steps;
  const index = h.stepIndex;
  const step = steps[index]!;
  const isReview = step.id === REVIEW;
  const page = isReview ? undefined : s.page(step.id);
  const send = isReview ? h.submit.part.get() : undefined;
  const body = !isReview
    ? renderItems(s.visibleItems(page!, h.answers), questionCtx(h))
    : send
      ? send.renderReview({
        locale: ctx.locale,
        t: send.sendContext(h).t,
        session: s,
        pages: s.visiblePages(h.answers),
        answers: h.answers,
        edit: (pageId, qid) => h.goToQuestion(qid, pageId),
      })
      : renderPartPending(h, h.submit.part);
  return renderPage(ctx, {
    steps,
    index,
    title: step.title,
    ...(isReview ? { description: undefined } : page?.description ? { description: localize(page.description, ctx.locale) } : {}),
    isReview,
    body,
    crisis: h.crisisState,
    ...(h.summary ? { summary: h.summary } : {}),
    notes: send ? send.renderFlagNotes(send.sendContext(h), s.flags(h.answers)) : nothing,
    persistent: h.persistent && h.draftProblem !== 'not-saving',
    ttlDays: h.ttlDays,
    ...(h.savedAt ? { savedText: h.msg('savedAt', { time: ctx.clock(h.savedAt) }) } : {}),
    confirmingDelete: h.confirming === 'delete',
    remoteChanged: h.remoteChanged,
    on: {
      back: () => h.back(),
      next: () => h.next(),
      submit: () => void h.submit.submit(),
      crisisContinue: () => h.acknowledgeCrisis(),
      goToQuestion: (id) => h.goToQuestion(id),
      deleteAsk: () => (h.confirming = 'delete'),
      deleteYes: () => void h.deleteAnswers(),
      deleteNo: () => (h.confirming = undefined),
      reloadDraft: () => void h.reloadDraft(),
    },
  });
}
