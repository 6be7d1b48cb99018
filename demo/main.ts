/** Every demo page: the kit (all elements) and the demo's own status element. */
import '../src/index.js';
import './backend-status.js';
