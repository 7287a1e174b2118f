import { z } from 'zod';

/**
 * Imported first, before any schema is built: zod 4 otherwise probes `new Function` to compile fast parsers,
 * which the server's CSP (script-src 'self', no 'unsafe-eval') rightly refuses — and reports as a violation.
 * Jitless parsing is the same validation without eval.
 */
z.config({ jitless: true });
