import { endOnErrors } from './fatal-errors.js';

/**
 * Imported first by the tools a regional team runs (backup, import, export, demo, seed, report…),
 * in place of cli-errors.ts: an error that ends one is said in one line, its message, which the
 * tools word in Chinese and English, in development too, since the person reading it runs the tool
 * rather than develops it. `LOG_LEVEL=debug` adds the stack trace, for whoever does.
 */
endOnErrors({ trace: process.env.LOG_LEVEL === 'debug' });
