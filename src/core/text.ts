/** Reading the contract's `Text` (a string, or one string per locale) for a person. */
import type { Locale, Text } from './schemas/index.js';

/** The text in `locale`, else English, else whichever locale has it. */
export function localize(text: Text | undefined, locale: Locale): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const pick = text[locale]?.trim() ? text[locale] : text.en?.trim() ? text.en : Object.values(text).find((v) => v?.trim());
  return pick ?? '';
}

/** Whether `text` exists in `locale` itself (not through a fallback). */
export function hasLocale(text: Text | undefined, locale: Locale): boolean {
  return typeof text === 'string' || Boolean(text?.[locale]?.trim());
}

/** Every locale's version, for searching. */
export function allVersions(text: Text | undefined): string[] {
  if (text === undefined) return [];
  return typeof text === 'string' ? [text] : Object.values(text).filter((v): v is string => typeof v === 'string');
}

/** Lower case, accents removed: "Atención" and "atencion" compare equal. */
export function foldForSearch(value: string): string {
  return value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
