import { afterAll } from 'vitest';

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
  for (const name of changed)
    if (before[name] === undefined) delete process.env[name];
    else process.env[name] = before[name];
  if (changed.length)
    throw new Error(
      `This file left the environment changed (${changed.join(', ')}): put back what it sets, or list it in ownEnvironment in vitest.config.ts to give it a process of its own.`,
    );
});
