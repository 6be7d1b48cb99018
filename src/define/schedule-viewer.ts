/** Defines `<iop-schedule-viewer>` (side effect). `import 'iop-kit/schedule-viewer'`. */
import { defineElement } from '../components/base/define.js';
import { IopScheduleViewer } from '../components/schedule-viewer/schedule-viewer.js';

defineElement('iop-schedule-viewer', IopScheduleViewer);

export { IopScheduleViewer };
export type { ScheduleExportDetail, ScheduleTrackChangeDetail, ScheduleView } from '../components/schedule-viewer/schedule-viewer.js';

declare global {
  interface HTMLElementTagNameMap {
    'iop-schedule-viewer': IopScheduleViewer;
  }
}
