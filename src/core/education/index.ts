/** Family education content core (no UI): inline markup, readability, lenient parsing, authoring check, progress. */
export type { InlineInspection, InlineLink, InlineToken } from './inline.js';
export { inspectInline, MAX_DEPTH, parseInline, plainText, stripInline } from './inline.js';
export type { AllowedScheme, LinkAttributes } from './links.js';
export { ALLOWED_SCHEMES, isExternal, isSafeHref, linkAttributes, linkScheme, safeHref } from './links.js';
export type { Readability, ReadabilityLocale, SpanishBand, TextCounts } from './readability.js';
export { countText, fernandezHuerta, fleschKincaidGrade, readability, readingMinutes, SPANISH_BANDS, spanishBand, WORDS_PER_MINUTE } from './readability.js';
export { englishSyllables, sentences, spanishSyllables, words } from './syllables.js';
export { blockText, MARKUP_FIELDS, moduleText } from './text.js';
export type { InvalidBlock, LenientBlock, LenientModule, LenientResult } from './lenient.js';
export { isValidBlock, parseModuleLenient } from './lenient.js';
export type { CheckBlock, CheckResult, EducationProgressDetail, ModuleProgressView, ModuleStatus, OptionFeedback, ProgressLike, ProgressVerb } from './progress.js';
export { checkResult, decodeAnswer, encodeAnswer, moduleProgress, progressEvent, XAPI_VERBS } from './progress.js';
export type { CheckOptions, ContentIssue, ContentReport, ContentSource, IssueCode, ModuleReport, Severity } from './content-check.js';
export { checkContent, checkContentSources, estimateModuleMinutes, isPlaceholderAlt, MINUTES_PER_BLOCK } from './content-check.js';
export type { CliIo } from './check-cli.js';
export { formatReport, main, USAGE } from './check-cli.js';
