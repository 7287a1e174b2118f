import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

const root = fileURLToPath(new URL('.', import.meta.url));

// The app lives in web/; it imports the engine from ../src (bundled with its JSON policy data).
// HUJIFEN_WEB_OUT lets tests and the benchmark build into a temporary folder instead of dist/web.
export default defineConfig({
  root,
  base: '/',
  plugins: [
    react(),
    // A brotli (.br) and a gzip (.gz) copy of every text file, at the highest levels, made once at build time:
    // the server sends the one the browser accepts (src/server/routes/web.ts) and compresses nothing per request.
    // Tiny chunks too (a re-export of a catalogue file shared by the engine and the lazy English bundle is 50
    // bytes): a copy a few bytes larger costs nothing, a missing one would be served uncompressed.
    compression({ algorithms: ['brotliCompress', 'gzip'], logLevel: 'silent', skipIfLargerOrEqual: false }),
  ],
  resolve: {
    // Preact's React-compatible layer instead of React DOM in the browser: the same components, about 55 KB
    // gzipped less on the calculator's first load (bench/web.bench.ts). Types, tests in Node and the server keep React.
    alias: [
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react$/, replacement: 'preact/compat' },
    ],
  },
  build: {
    outDir: process.env['HUJIFEN_WEB_OUT'] ?? fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    // The engine chunk (engine + policy data + zod) is large by design; ECharts is lazy. bench/web.bench.ts tracks the real budget.
    chunkSizeWarningLimit: 700,
  },
  server: { fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] } },
});
