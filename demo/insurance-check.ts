/** Demo page wiring for <iop-insurance-check>: the element itself and an event log (events carry no personal data). */
import '../src/define/insurance-check.js';

const log = document.querySelector('#event-log');
const show = (e: Event) => {
  if (log) log.textContent = `${e.type} ${JSON.stringify((e as CustomEvent).detail, null, 1).slice(0, 600)}`;
};
document.addEventListener('iop-insurance-submitted', show);
document.addEventListener('iop-insurance-result', show);
