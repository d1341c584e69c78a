import { oneLine } from './one-line.js';

/**
 * Imported first by every command-line program: in production an error that ends the program is
 * one line, its message, rather than a stack trace an operator has to read through (the trace is
 * for developers, who see it outside production as before). Exit code 1, as Node's own.
 */
// NODE_ENV is read here directly, not through shared/config.ts: these handlers must be in place
// before the configuration is read, so that a wrong variable too is reported in one line.
if (process.env.NODE_ENV === 'production') {
  const fail = (error: unknown) => {
    console.error(`错误 Error: ${oneLine(error)}`);
    process.exit(1);
  };
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
}
