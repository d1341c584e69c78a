import { ConfigError } from './config.js';
import { oneLine } from './one-line.js';

/**
 * Imported first by every command-line program. A variable the program cannot use, found while a
 * service is built (a gateway limit, the cache, authentication), ends it as `configOrExit` does:
 * its one line and exit code 2, a configuration mistake. In production any other error that ends
 * the program is one line too, its message, rather than a stack trace an operator has to read
 * through (the trace is for developers, who see it outside production as before), exit code 1.
 */
// NODE_ENV is read here directly, not through shared/config.ts: these handlers must be in place
// before the configuration is read, so that a wrong variable too is reported in one line.
const production = process.env.NODE_ENV === 'production';
const fail = (error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(production ? `错误 Error: ${oneLine(error)}` : error);
  process.exit(1);
};
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);
