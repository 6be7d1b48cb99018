/** i18n: typed catalogues, plural-aware translation and `Intl` formatting for `en` and `es`. */
export type { Catalogue, Message, MessageKey, MessageParams, MessageShape, ParamsArg, PluralMessage, Placeholders, SpanishModule, SpanishOf } from './catalogue.js';
export { defineMessages, interpolate, loadCatalogue, placeholderMismatches, placeholdersOf, selectPlural, spanish, translate } from './catalogue.js';
export type { DateStyle, Formatters } from './format.js';
export {
  formatCurrency,
  formatDate,
  formatDateTime,
  formatList,
  formatNumber,
  formatPercent,
  formatTime,
  formattersFor,
  intlLocale,
  parseIsoDate,
  parseTime,
  phoneHref,
} from './format.js';
export { commonMessages, failureMessageKey, HELP_LINES } from './common.js';
export type { FailureMessageKey } from './common.js';
export { noticeMessages } from './notices.js';
export type { Locale } from '../locale.js';
