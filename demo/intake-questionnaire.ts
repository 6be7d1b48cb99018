/** Demo page wiring for <iop-intake-questionnaire>: the element itself and an event log (events carry no answers). */
import '../src/define/intake-questionnaire.js';

const log = document.querySelector('#event-log');
const show = (e: Event) => {
  if (log) log.textContent = `${e.type} ${JSON.stringify((e as CustomEvent).detail)}`;
};
for (const name of ['iop-intake-page-change', 'iop-intake-saved', 'iop-intake-submitted', 'iop-intake-crisis']) document.addEventListener(name, show);
