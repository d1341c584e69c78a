import { Kind, visit, type StringValueNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { subgraphDefinitions } from '../scripts/schema/composition.js';

/**
 * Analysts read the API's documentation in the IDE: every description of every subgraph's schema
 * (its SDL file and what the factory adds for each region) says its Chinese first, then its
 * English, as every message of the API does.
 */
const cjk = /[\u3400-\u9fff]/;
/** What may come before the first Chinese character: code names, numbers and punctuation. */
const lead = /^(?:`[^`]*`|[\s\d.,:;()（）、，；：“”"'%+\-–—/])*/;

/** What a reader of the documentation looks up, each of which has a description. */
const described = new Set<string>([
  Kind.OBJECT_TYPE_DEFINITION,
  Kind.INTERFACE_TYPE_DEFINITION,
  Kind.INPUT_OBJECT_TYPE_DEFINITION,
  Kind.ENUM_TYPE_DEFINITION,
  Kind.SCALAR_TYPE_DEFINITION,
  Kind.UNION_TYPE_DEFINITION,
  Kind.FIELD_DEFINITION,
  Kind.INPUT_VALUE_DEFINITION,
  Kind.ENUM_VALUE_DEFINITION,
]);

function descriptions(): { owner: string; text: string }[] {
  const found: { owner: string; text: string }[] = [];
  for (const { name, typeDefs } of subgraphDefinitions())
    visit(typeDefs, {
      enter(node) {
        const description = (node as { description?: StringValueNode }).description;
        const named = (node as { name?: { value: string } }).name?.value ?? node.kind;
        if (description) found.push({ owner: `${name}: ${named}`, text: description.value });
      },
    });
  return found;
}

describe('the descriptions of the schema', () => {
  it('are read from every subgraph', () => {
    const perSubgraph = new Map<string, number>();
    for (const { owner } of descriptions()) {
      const subgraph = owner.split(':')[0]!;
      perSubgraph.set(subgraph, (perSubgraph.get(subgraph) ?? 0) + 1);
    }
    for (const { name } of subgraphDefinitions())
      expect(perSubgraph.get(name) ?? 0, name).toBeGreaterThan(20);
  });

  it('leave no type, field, argument, input field or enum value without one', () => {
    // The root operation types are the API's entry, made up of one field per subgraph.
    const roots = new Set(['Query', 'Mutation']);
    const undescribed: string[] = [];
    for (const { name, typeDefs } of subgraphDefinitions()) {
      const path: string[] = [];
      visit(typeDefs, {
        enter(node) {
          if (!('name' in node) || !node.name || !described.has(node.kind)) return;
          path.push(node.name.value);
          const root = path.length === 1 && roots.has(node.name.value);
          if (!('description' in node && node.description) && !root)
            undescribed.push(`${name}: ${path.join('.')}`);
        },
        leave(node) {
          if ('name' in node && node.name && described.has(node.kind)) path.pop();
        },
      });
    }
    expect(undescribed).toEqual([]);
  });

  it('each say their Chinese first, then their English', () => {
    const notChineseFirst = descriptions()
      .filter(({ text }) => !cjk.test(text.replace(lead, '').charAt(0)))
      .map(({ owner, text }) => `${owner}: ${text.slice(0, 60)}`);
    expect(notChineseFirst).toEqual([]);
    const noEnglish = descriptions()
      .filter(({ text }) => !/[a-z]{3}/.test(text.replace(/`[^`]*`/g, '')))
      .map(({ owner, text }) => `${owner}: ${text.slice(0, 60)}`);
    expect(noEnglish).toEqual([]);
  });
});
