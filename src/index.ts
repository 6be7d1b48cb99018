/**
 * iop-kit: importing this module defines every element (`iop-kit/<element>` defines one).
 * Also exported: the public types and classes, for TypeScript users and custom adapters.
 */
import './define/provider.js';
import './define/program-finder.js';
import './define/schedule-viewer.js';
import './define/insurance-check.js';
import './define/intake-questionnaire.js';
import './define/family-education.js';

// The data contract, as types only (the schemas themselves are imported where they validate).
export type * from './core/schemas/index.js';

// Backend contract and the shipped adapters' factory.
export type { BackendAdapter, BackendErrorKind, BackendKind, RequestOptions } from './core/backend/types.js';
export type { IopBackend } from './core/data/validated-backend.js';
export { BackendError, isBackendError } from './core/backend/types.js';
export { createBackend } from './core/backend/index.js';
// `validatedBackend` (every answer checked against the contract, for scripts and tests) is in `iop-kit/backend`.
export type { CreateBackendOptions } from './core/backend/index.js';

// Context, locale, i18n.
export { iopContext, IOP_CONTEXT_KEY } from './core/context.js';
export type { CenterSettings, IopSettings } from './core/context.js';
export { LOCALES, normalizeLocale, resolveLocale } from './core/locale.js';
export type { Locale } from './core/locale.js';
export { defineMessages, loadCatalogue, spanish, translate } from './core/i18n/catalogue.js';
export type { Catalogue, Message, PluralMessage } from './core/i18n/catalogue.js';

// Elements and registration.
export { IopElement } from './components/base/iop-element.js';
export type { IopEventDetail, IopEventMap } from './components/base/iop-element.js';
export { defineElement } from './components/base/define.js';
export { IopProvider } from './components/provider/provider.js';
export { IopScheduleViewer } from './define/schedule-viewer.js';
export type { ScheduleExportDetail, ScheduleTrackChangeDetail, ScheduleView } from './define/schedule-viewer.js';
export { ProgramFinder } from './define/program-finder.js';
export { IopInsuranceCheck } from './define/insurance-check.js';
export type { InsuranceAlternative, InsuranceSubmittedDetail } from './define/insurance-check.js';
export { IopIntakeQuestionnaire } from './define/intake-questionnaire.js';
export { IopFamilyEducation } from './define/family-education.js';
export type { EducationProgressDetail } from './define/family-education.js';

// Program finder state for host pages (`finder.filters = { ...emptyFilters(), format: ['virtual'] }`).
export { emptyFilters } from './core/finder/filters.js';
export type { FinderFilters, Facet } from './core/finder/filters.js';
export type { BusyBlock, TimeOfDay } from './core/finder/schedule.js';
