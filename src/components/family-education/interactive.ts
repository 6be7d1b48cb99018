/**
 * Templates for the blocks a reader answers: knowledge checks (a radio group or
 * checkboxes, "Check answer", per-option feedback announced politely, score, "Try
 * again") and reflection prompts (a textarea kept on the device only when the reader
 * chooses "Save on this device", with a visible "Delete").
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { CheckBlock, CheckResult } from '../../core/education/progress.js';
import { stripInline } from '../../core/education/inline.js';
import type { Block } from '../../core/schemas/education.js';
import { heading, inline, tokens, type BlockEnv } from './blocks.js';

export interface CheckState {
  selected: readonly string[];
  result?: CheckResult;
  /** "Check answer" was pressed with nothing chosen. */
  empty?: boolean;
}

export type ReflectionMessage = 'saved' | 'deleted' | 'notKept';

export interface ReflectionState {
  text: string;
  saved: boolean;
  message?: ReflectionMessage;
}

type ReflectionBlock = Extract<Block, { type: 'reflection' }>;

export interface InteractiveEnv extends BlockEnv {
  checks: ReadonlyMap<string, CheckState>;
  reflections: ReadonlyMap<string, ReflectionState>;
  onSelect(block: CheckBlock, optionId: string, checked: boolean): void;
  onCheck(block: CheckBlock): void;
  onRetry(block: CheckBlock, index: number): void;
  onReflectionInput(block: ReflectionBlock, text: string): void;
  onReflectionSave(block: ReflectionBlock): void;
  onReflectionDelete(block: ReflectionBlock, index: number): void;
}

/** The verdict announced after "Check answer" (then each chosen option's feedback, see `optionNotes`). */
export function verdict(result: CheckResult, t: BlockEnv['t']): string {
  return result.correct ? t('allRight') : result.score > 0 ? t('partlyRight', { percent: Math.round(result.score * 100) }) : t('notRight');
}

/** Each chosen option's feedback as plain text, for the live region. */
export function optionNotes(block: CheckBlock, result: CheckResult, t: BlockEnv['t']): string {
  return result.feedback
    .map((f) => `${block.options.find((o) => o.id === f.optionId)?.text ?? ''}: ${f.correct ? t('correct') : t('incorrect')} ${stripInline(f.feedback)}`)
    .join(' ');
}

export function checkBlock(block: CheckBlock, index: number, env: InteractiveEnv): TemplateResult {
  const { t } = env;
  const state = env.checks.get(block.id) ?? { selected: [] };
  const chosen = new Set(state.selected);
  const result = state.result;
  const feedbackOf = new Map(result?.feedback.map((f) => [f.optionId, f]) ?? []);
  const qid = `check-q-${index}`;
  const hintId = `check-hint-${index}`;
  const type = block.multiple ? 'checkbox' : 'radio';
  return html`<fieldset class="check" part="check" aria-describedby=${block.multiple ? hintId : nothing}>
    <legend id=${qid}><span class="check-kind">${t('checkLabel')}</span> <span class="question">${block.question}</span></legend>
    ${block.multiple ? html`<p class="hint" id=${hintId}>${t('chooseAll')}</p>` : nothing}
    <ul class="options" role="list">
      ${block.options.map((o, k) => {
        const id = `check-${index}-${k}`;
        const fb = feedbackOf.get(o.id);
        return html`<li class="option ${fb ? (fb.correct ? 'right' : 'wrong') : ''}">
          <input
            type=${type}
            id=${id}
            name=${`check-${index}`}
            .checked=${chosen.has(o.id)}
            aria-describedby=${fb ? `${id}-fb` : nothing}
            @change=${(e: Event) => env.onSelect(block, o.id, (e.target as HTMLInputElement).checked)}
          />
          <label for=${id}>${o.text}</label>
          ${fb
            ? html`<p class="feedback" id=${`${id}-fb`} part="feedback">
                <strong>${fb.correct ? t('correct') : t('incorrect')}</strong> ${inline(tokens(fb.feedback), env)}
              </p>`
            : nothing}
        </li>`;
      })}
    </ul>
    <div class="actions">
      <!-- One button that changes role, so focus stays on it after "Check answer". -->
      <button type="button" part="button" class=${result ? 'retry' : 'check-answer'} @click=${() => (result ? env.onRetry(block, index) : env.onCheck(block))}>
        ${result ? t('tryAgain') : t('checkAnswer')}
      </button>
    </div>
    <p class="check-status" role="status">
      ${result
        ? html`<span class="verdict">${verdict(result, t)}</span><span class="visually-hidden"> ${optionNotes(block, result, t)}</span>`
        : state.empty
          ? t('chooseFirst')
          : nothing}
    </p>
  </fieldset>`;
}

export function reflectionBlock(block: ReflectionBlock, index: number, env: InteractiveEnv): TemplateResult {
  const { t } = env;
  const state = env.reflections.get(block.id) ?? { text: '', saved: false };
  const id = `reflection-${index}`;
  const message = state.message === 'saved' ? t('reflectionSaved') : state.message === 'deleted' ? t('reflectionDeleted') : state.message === 'notKept' ? t('reflectionNotKept') : '';
  return html`<div class="reflection" part="reflection">
    ${heading(env.level + 1, html`<label for=${id}>${block.prompt}</label>`, undefined, 'reflection-prompt')}
    <p class="hint" id=${`${id}-hint`}>${t('reflectionHint')}</p>
    <textarea
      id=${id}
      rows="4"
      aria-describedby=${`${id}-hint`}
      autocomplete="off"
      .value=${state.text}
      @input=${(e: Event) => env.onReflectionInput(block, (e.target as HTMLTextAreaElement).value)}
    ></textarea>
    <div class="actions">
      <button type="button" part="button" class="save" ?disabled=${!state.text.trim()} @click=${() => env.onReflectionSave(block)}>
        ${t('saveReflection')}
      </button>
      ${state.saved || state.text
        ? html`<button type="button" part="button" class="delete" @click=${() => env.onReflectionDelete(block, index)}>${t('deleteReflection')}</button>`
        : nothing}
    </div>
    <p class="reflection-status" role="status">${message}</p>
  </div>`;
}
