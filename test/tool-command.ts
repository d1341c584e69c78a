import { inject } from 'vitest';
import { startProgram, throughTsx } from '../scripts/programs.js';
import { compiledTool } from './compiled-tools.js';

/**
 * The arguments of `node` that run `script` (a path from the project's root) as `npm run` does:
 * compiled for the run (test/compiled-tools.ts), or through tsx.
 */
export function toolArguments(script: string): string[] {
  const compiled = compiledTool(script, inject('compiledTools'));
  return compiled ? [compiled] : throughTsx(script);
}

/** One of the project's programs started as startProgram starts it, run as toolArguments says. */
export const startTool: typeof startProgram = (script, args = [], options = {}) =>
  startProgram(script, args, { ...options, nodeArguments: toolArguments(script) });
