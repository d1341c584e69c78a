import {
  buildSchema,
  getNamedType,
  Kind,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { nationalQuery, regionQuery } from '../gateway/dashboard/src/queries.js';
import { comparisonQuery, rateYearsQuery } from '../scripts/report/comparison-queries.js';
import { apiSchemaSdl } from '../scripts/schema/api-changes.js';
import { committedSupergraphSdl } from '../scripts/schema/composition.js';

const api = buildSchema(apiSchemaSdl(committedSupergraphSdl()));

/** What a selection asks, as dotted paths (`titleCitedIn.title`), through its fragments. */
function paths(
  selectionSet: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  prefix = '',
): string[] {
  return (selectionSet?.selections ?? []).flatMap((selection) => {
    if (selection.kind === Kind.FRAGMENT_SPREAD)
      return paths(fragments.get(selection.name.value)?.selectionSet, fragments, prefix);
    if (selection.kind === Kind.INLINE_FRAGMENT)
      return paths(selection.selectionSet, fragments, prefix);
    const path = `${prefix}${selection.name.value}`;
    return [path, ...paths(selection.selectionSet, fragments, `${path}.`)];
  });
}

/** Each place a query asks for a source (a figure's, a target's, a programme's), with what it asks. */
function sourcesAsked(query: string) {
  const document = parse(query);
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const typeInfo = new TypeInfo(api);
  const asked: { at: string; paths: string[] }[] = [];
  const parents: string[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field: {
        enter(field) {
          parents.push(field.alias?.value ?? field.name.value);
          // The page a title is read on prints it: what it is asked of is its title alone.
          if (
            getNamedType(typeInfo.getType())?.name === 'Source' &&
            field.name.value !== 'titleCitedIn'
          )
            asked.push({ at: parents.join('.'), paths: paths(field.selectionSet, fragments) });
        },
        leave() {
          parents.pop();
        },
      },
    }),
  );
  return asked;
}

/**
 * A document whose title is not printed on it but read on a page that cites it (`titleCitedIn`,
 * Beijing's opinion) is cited as such wherever it is shown: the report asks it of every source, and
 * the dashboard must too, or its source dialog gives such a title as the document's own.
 */
describe('where a source’s title is read', () => {
  const citedIn = ['titleCitedIn', 'titleCitedIn.title', 'titleCitedIn.titleEn'];

  it('is asked of every source the report asks for', () => {
    const sources = [comparisonQuery, rateYearsQuery].flatMap((q) => sourcesAsked(q.toString()));
    expect(sources.length).toBeGreaterThan(0);
    for (const { at, paths } of sources) expect(paths, at).toEqual(expect.arrayContaining(citedIn));
  });

  it('is asked of every source the dashboard asks for, on the national page and a region’s', () => {
    for (const query of [nationalQuery, regionQuery]) {
      const sources = sourcesAsked(query.toString());
      // A figure's (its fragment, however many figures ask it), a target's, and a rate's
      // population's on the national page or a programme's on a region's.
      expect(sources.length).toBe(3);
      for (const { at, paths } of sources)
        expect(paths, at).toEqual(expect.arrayContaining(citedIn));
    }
  });
});
