/** Demo page wiring for <iop-family-education>: the element itself and an event log. */
import '../src/define/family-education.js';

const log = document.querySelector('#event-log');
document.addEventListener('iop-education-progress', (e) => {
  if (log) log.textContent = `${e.type} ${JSON.stringify(e.detail)}`;
});
