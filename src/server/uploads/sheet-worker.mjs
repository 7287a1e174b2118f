// Worker-thread entry: loader hooks are per thread, so tsx is registered here before the TypeScript worker loads.
import { register } from 'tsx/esm/api';

register();
await import('./sheet-worker.ts');
