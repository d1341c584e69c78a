import type { PublishedSource, PublishedTarget } from './published-schemas.js';

/**
 * Where a target's policy is the very document it cites (the same title), what its title rests on is
 * said in two files: the source's (sources.json) and the policy's (a region's targets.json). The
 * dashboard reads one and the report the other, so they must agree: a title made from the text, or
 * read on another page (`titleCitedIn`). Each target that disagrees, named with both values.
 */
export function policyCitationMismatches(
  targets: readonly PublishedTarget[],
  sources: ReadonlyMap<string, PublishedSource>,
): string[] {
  return targets.flatMap((target) => {
    const source = sources.get(target.source);
    if (!source || source.title !== target.policy.title) return [];
    return (['titleConstructed', 'titleCitedIn'] as const)
      .filter((field) => source[field] !== target.policy[field])
      .map(
        (field) =>
          `${target.id} (policy.${field} ${JSON.stringify(target.policy[field])}; its source ${source.id} says ${JSON.stringify(source[field])})`,
      );
  });
}
