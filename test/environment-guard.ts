import { afterAll } from 'vitest';
import { pick, restore } from './environment.js';

/**
 * Run before every file of the e2e project, whose files share one process one after another
 * (vitest.config.ts): a file that leaves the environment changed (a secret, production mode) would
 * change what the files after it test, depending on their order. Whatever it changed is put back,
 * and the file fails, saying what to do.
 */
const before = { ...process.env };
afterAll(() => {
  const changed = Object.keys({ ...before, ...process.env }).filter(
    (name) => before[name] !== process.env[name],
  );
  restore(pick(before, changed));
  if (changed.length)
    throw new Error(
      `This file left the environment changed (${changed.join(', ')}): put back what it sets, or list it in ownEnvironment in vitest.config.ts to give it a process of its own.`,
    );
});
