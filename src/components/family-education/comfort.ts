/**
 * Reading comfort helpers, fetched with the reader: read-aloud with the browser's speech
 * synthesis (progressive: absent when the browser has none) and the share link.
 */
import { blockText } from '../../core/education/text.js';
import { isValidBlock, type LenientModule } from '../../core/education/lenient.js';

/** Whether this browser can read aloud. */
export function canSpeak(): boolean {
  const w = globalThis as { speechSynthesis?: unknown; SpeechSynthesisUtterance?: unknown };
  return typeof w.speechSynthesis === 'object' && w.speechSynthesis !== null && typeof w.SpeechSynthesisUtterance === 'function';
}

/** The module's plain text in reading order, one unit per sentence group (markup removed). */
export function speechUnits(module: LenientModule): string[] {
  const units = [module.title, ...module.blocks.filter(isValidBlock).flatMap(blockText)];
  return units.map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

export type SpeechState = 'idle' | 'speaking' | 'paused';

/**
 * Reads `units` aloud in `lang` (the module's language): one utterance per unit, so long
 * modules are not cut off by engines that stop long utterances. `onEnd` runs after the last
 * unit or on stop.
 */
export function speak(units: readonly string[], lang: string, onEnd: () => void): void {
  const synth = globalThis.speechSynthesis;
  synth.cancel();
  const voice = synth.getVoices?.().find((v) => v.lang.toLowerCase().startsWith(lang.toLowerCase()));
  units.forEach((unit, i) => {
    const u = new SpeechSynthesisUtterance(unit);
    u.lang = lang;
    if (voice) u.voice = voice;
    if (i === units.length - 1) u.onend = onEnd;
    synth.speak(u);
  });
}

/** The host page's URL with `#module=<id>` (only the module's id; nothing about the reader). */
export function shareUrl(moduleId: string, href: string = location.href): string {
  const base = href.split('#')[0];
  return `${base}#module=${encodeURIComponent(moduleId)}`;
}
