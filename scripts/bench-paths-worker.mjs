/**
 * Worker-thread entry of scripts/bench-paths.ts: worker threads do not inherit tsx's loader, so this registers it
 * and then loads the TypeScript module, which measures the model cases its parent sends.
 */
import { register } from 'tsx/esm/api';

register();
await import('./bench-paths.ts');
