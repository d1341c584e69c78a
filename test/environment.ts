/** Variables of `process.env` as they were, to be put back: `undefined` for one that was unset. */
export type SavedEnvironment = Record<string, string | undefined>;

/** The variables `names` of `env` as they are now, to be put back with `restore`. */
export function pick(env: NodeJS.ProcessEnv, names: string[]): SavedEnvironment {
  return Object.fromEntries(names.map((name) => [name, env[name]]));
}

/** Puts `saved` back into `process.env`, unsetting what was unset. */
export function restore(saved: SavedEnvironment): void {
  for (const [name, value] of Object.entries(saved))
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
}
