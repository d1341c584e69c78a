import { comparisonBody } from './load.js';

/** What the bench's scenarios ask: the national comparison and its parts. */
export const indicator = 'MSW_INSTITUTIONS';
const selection = (
  asOf?: string,
) => `targets { id targetValue targetYear progress { value status projectedValue } }
  measure(indicator: "${indicator}", by: [INSTITUTION_KIND]${asOf ? `, asOf: "${asOf}"` : ''}) { value breakdown { keys { value } value } }`;

export const national = JSON.stringify({
  query: `query National { registries { code name ${selection()} } }`,
});
/** The national comparison as of each of 50 months: questions that differ, each computed once per write where aggregates are cached. */
export const nationalByMonth = Array.from({ length: 50 }, (_, i) =>
  JSON.stringify({
    query: `query National { registries { code name ${selection(`${2021 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`)} } }`,
  }),
);
/** One region's part of the national comparison, asked of its subgraph directly. */
export const direct = (slug: string) =>
  JSON.stringify({ query: `query Direct { ${slug} { ${selection()} } }` });
/** Each a page of another size: nothing for two requests to share. */
export const varied = Array.from({ length: 50 }, (_, i) => comparisonBody(i + 1));
export const paged = JSON.stringify({
  query: `query Page { sichuan { institutions(first: 50) { edges { node { name socialWorkers(first: 20) { certificateLevel employment } } } } } }`,
});
