// zod must be told it is jitless (our CSP forbids `new Function`) before the engine's schemas are built. A static
// import first in this file cannot promise that: the bundler may put the schemas in a chunk evaluated before this
// file's own code. So the rest of the app loads only after the configuration has run.
import './zod-config.ts';

const { boot } = await import('./boot.tsx');
await boot();
