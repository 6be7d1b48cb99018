/**
 * The React example's entry. The kit is imported first, so its elements are defined before
 * React creates them: React 19 decides property-or-attribute with `name in element`, and an
 * element that is not defined yet has none of its properties (objects would become
 * "[object Object]" attributes). In your app: `import 'iop-kit';`.
 */
import '../../../src/index.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><App /></StrictMode>);
