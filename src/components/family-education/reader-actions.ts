/**
 * What the reader's controls do — knowledge checks, reflections, completion, text size,
 * read-aloud, share, language switch, resume, next/previous. Fetched with the reader
 * (`reader-view.ts`); each acts on the element's state for the open `module`.
 */
import { checkResult, decodeAnswer, encodeAnswer, progressEvent, type CheckBlock } from '../../core/education/progress.js';
import type { LenientModule } from '../../core/education/lenient.js';
import type { Block, EducationModuleSummary } from '../../core/schemas/education.js';
import type { KitStorage, ModuleProgress } from '../../core/storage/index.js';
import type { CheckState, ReflectionState } from './interactive.js';
import { ordered, TEXT_SIZES } from './data.js';
import { shareUrl, speak, speechUnits } from './comfort.js';
import { readerMessages, type ReaderKey } from './reader.messages.js';
import type { IopFamilyEducation as El } from './family-education.js';

type Reflection = Extract<Block, { type: 'reflection' }>;

/** Drafts-store id of a reflection: module and block ids only. */
export const reflectionId = (moduleId: string, blockId: string) => `edu-reflection:${moduleId}:${blockId}`;

/** Reflections are kept 30 days after their last save, then deleted (drafts expiry). */
export const REFLECTION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** A message of the reader's catalogue in the element's language. */
export const rt = (el: El, key: ReaderKey, params?: Record<string, string | number>): string =>
  (el.t as (c: typeof readerMessages, k: string, p?: object) => string)(readerMessages, key, params);

const focusAfterUpdate = (el: El, selector: string) => void el.updateComplete.then(() => el.renderRoot.querySelector<HTMLElement>(selector)?.focus());

/**
 * A module just opened (its progress `record` read, if it could be): records that it was
 * opened, brings back the knowledge-check answers and the reflections saved on this device.
 */
export async function restore(el: El, module: LenientModule, record: ModuleProgress | undefined, storage: Promise<KitStorage> | KitStorage): Promise<void> {
  el.emit('iop-education-progress', progressEvent('experienced', module.id));
  if (record) {
    const checks = new Map<string, CheckState>();
    for (const b of module.blocks) {
      if (b.type !== 'check' || !Object.hasOwn(record.answers, b.id)) continue;
      const selected = decodeAnswer(record.answers[b.id]);
      checks.set(b.id, { selected, result: checkResult(b, selected) });
    }
    el.checks = new Map([...checks, ...el.checks]);
  }
  const drafts = (await storage).drafts;
  const reflections = new Map<string, ReflectionState>();
  for (const b of module.blocks) {
    if (b.type !== 'reflection') continue;
    const draft = await drafts.load<{ text?: unknown }>(reflectionId(module.id, b.id)).catch(() => undefined);
    if (draft?.status === 'ok' && typeof draft.data?.text === 'string') reflections.set(b.id, { text: draft.data.text, saved: true });
  }
  if (el.openId === module.id && reflections.size > 0) el.reflections = new Map([...reflections, ...el.reflections]);
}

export function setComplete(el: El, module: LenientModule, done: boolean): void {
  el.saveProgress(done ? { completed: true, position: module.blocks.length - 1 } : { completed: false }, true);
  el.announcement = done ? rt(el, 'completedNote') : '';
  if (done) el.emit('iop-education-progress', progressEvent('completed', module.id));
}

export function select(el: El, block: CheckBlock, optionId: string, checked: boolean): void {
  const prev = el.checks.get(block.id)?.selected ?? [];
  const selected = block.multiple ? (checked ? [...prev, optionId] : prev.filter((x) => x !== optionId)) : checked ? [optionId] : [];
  el.checks = new Map(el.checks).set(block.id, { selected });
}

/** "Check answer". */
export function check(el: El, module: LenientModule, block: CheckBlock): void {
  const selected = el.checks.get(block.id)?.selected ?? [];
  if (selected.length === 0) {
    el.checks = new Map(el.checks).set(block.id, { selected, empty: true });
    return;
  }
  const result = checkResult(block, selected);
  el.checks = new Map(el.checks).set(block.id, { selected, result });
  el.saveProgress((r) => ({ answers: { ...r.answers, [block.id]: encodeAnswer(selected) }, position: Math.max(r.position, module.blocks.indexOf(block)) }), true);
  el.emit('iop-education-progress', progressEvent('answered', module.id, block.id, result));
}

/** "Try again": clears the choice and the result, focuses the first option. */
export function retryCheck(el: El, block: CheckBlock, index: number): void {
  el.checks = new Map(el.checks).set(block.id, { selected: [] });
  el.saveProgress((r) => {
    const answers = { ...r.answers };
    delete answers[block.id];
    return { answers };
  }, true);
  focusAfterUpdate(el, `#check-${index}-0`);
}

export function reflectionInput(el: El, block: Reflection, text: string): void {
  const prev = el.reflections.get(block.id);
  el.reflections = new Map(el.reflections).set(block.id, { text, saved: prev?.saved ?? false });
}

/** "Save on this device": encrypted in the drafts store, never sent anywhere. */
export async function saveReflection(el: El, moduleId: string, block: Reflection): Promise<void> {
  const state = el.reflections.get(block.id);
  if (!state?.text.trim()) return;
  const storage = await el.store;
  try {
    await storage.drafts.save(reflectionId(moduleId, block.id), { text: state.text }, { ttlMs: REFLECTION_TTL_MS });
    const now = el.reflections.get(block.id) ?? state;
    el.reflections = new Map(el.reflections).set(block.id, { ...now, saved: true, message: storage.persistent ? 'saved' : 'notKept' });
  } catch {
    el.reflections = new Map(el.reflections).set(block.id, { ...state, message: 'notKept' });
  }
}

/** "Delete": clears the box and the saved copy. */
export async function deleteReflection(el: El, moduleId: string, block: Reflection, index: number): Promise<void> {
  el.reflections = new Map(el.reflections).set(block.id, { text: '', saved: false, message: 'deleted' });
  const storage = await el.store;
  await storage.drafts.delete(reflectionId(moduleId, block.id)).catch(() => undefined);
  focusAfterUpdate(el, `#reflection-${index}`);
}

export function videoFailed(el: El, index: number): void {
  if (!el.failedVideos.has(index)) el.failedVideos = new Set(el.failedVideos).add(index);
}

/** A− / A+. */
export function resize(el: El, delta: number): void {
  el.sizeStep = Math.min(TEXT_SIZES.length - 1, Math.max(0, el.sizeStep + delta));
}

/** Read aloud / pause / resume / stop. */
export function speechAction(el: El, module: LenientModule, action: 'start' | 'pause' | 'resume' | 'stop'): void {
  const synth = globalThis.speechSynthesis;
  if (!synth) return;
  if (action === 'start') {
    speak(speechUnits(module), module.locale, () => {
      if (el.speech !== 'idle') el.speech = 'idle';
    });
    el.speech = 'speaking';
    el.announcement = rt(el, 'reading');
  } else if (action === 'pause') {
    synth.pause();
    el.speech = 'paused';
  } else if (action === 'resume') {
    synth.resume();
    el.speech = 'speaking';
  } else {
    el.stopSpeech();
    el.announcement = rt(el, 'readingStopped');
  }
}

/** Copies the share link (id only) and confirms in a live region. */
export async function share(el: El, moduleId: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(shareUrl(moduleId));
    el.shareMessage = rt(el, 'copied');
  } catch {
    el.renderRoot.querySelector<HTMLInputElement>('#share-url')?.select();
    el.shareMessage = rt(el, 'copyByHand');
  }
}

/** Opens the module in another language: the whole element switches language. */
export function switchLanguage(el: El, locale: string, id: string): void {
  el.locale = locale;
  el.openModule(id, true);
}

/** Goes to where the reader left off. */
export function resume(el: El): void {
  const target = el.renderRoot.querySelector<HTMLElement>(`[data-block="${el.resumeAt}"]`);
  target?.scrollIntoView({ block: 'start' });
  target?.focus();
}

/** Modules before and after the open one, in the suggested order of its language. */
export function neighbours(el: El, module: LenientModule): { prev?: EducationModuleSummary; next?: EducationModuleSummary } {
  const all = el.catalogue.status === 'ready' ? el.catalogue.items : [];
  const list = ordered(all.filter((m) => m.locale === module.locale));
  const i = list.findIndex((m) => m.id === module.id);
  return i < 0 ? {} : { prev: list[i - 1], next: list[i + 1] };
}

/** Next/previous: without IntersectionObserver, leaving forward counts the module as read through. */
export function go(el: El, module: LenientModule, id: string, forward: boolean): void {
  if (forward && typeof IntersectionObserver === 'undefined') el.reached(module.blocks.length - 1);
  el.openModule(id, true);
}

const observers = new WeakMap<El, { module?: LenientModule; observer?: IntersectionObserver }>();

/** Watches the blocks of `module` (rendered in `el`) coming into view: the furthest one seen is the reading position. */
export function observe(el: El, module: LenientModule | undefined): void {
  const current = observers.get(el);
  if (module === current?.module) return;
  current?.observer?.disconnect();
  if (!module || typeof IntersectionObserver === 'undefined') return void observers.set(el, { module });
  const observer = new IntersectionObserver((entries) => {
    let max = -1;
    for (const e of entries) if (e.isIntersecting) max = Math.max(max, Number((e.target as HTMLElement).dataset.block));
    if (max >= 0) el.reached(max);
  });
  for (const block of el.renderRoot.querySelectorAll('[data-block]')) observer.observe(block);
  observers.set(el, { module, observer });
}
