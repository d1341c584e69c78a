import { endOnErrors } from './fatal-errors.js';

/**
 * Imported first by the programs that serve (npm start, a subgraph, the gateway). A variable the
 * program cannot use, found while a service is built (a gateway limit, the cache, authentication),
 * ends it as `configOrExit` does. In production any other error that ends the program is one line
 * too, its message, rather than a stack trace an operator has to read through (the trace is for
 * developers, who see it outside production as before), exit code 1.
 */
// NODE_ENV is read here directly, not through shared/config.ts: these handlers must be in place
// before the configuration is read, so that a wrong variable too is reported in one line.
endOnErrors({ trace: process.env.NODE_ENV !== 'production' });
