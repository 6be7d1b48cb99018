/**
 * The one place the kit imports zod. `zod/mini` only (the classic entry adds ~90 KB
 * gzip to a browser bundle). `jitless` is set before any schema is built: zod's
 * fast path compiles parsers with `new Function`, and even its probe for that is
 * reported as a violation under a strict Content-Security-Policy. The kit never
 * evaluates strings as code.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
