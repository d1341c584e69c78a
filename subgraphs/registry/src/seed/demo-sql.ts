import type { DemoGroup, DemoPlan } from './demo-plan.js';

/**
 * SQL fragments that generate demo rows in the database: a deterministic mix in place of a random
 * generator, and the timelines that give each generated row the day it starts counting.
 */

/** Knuth's multiplicative hash: a fixed, evenly spread pseudo-random number per row. */
export const mix = (column: string, salt: number) =>
  `((${column}::bigint * 2654435761 + ${salt}) % 4294967296)`;

/** A group's timeline, or rows spread evenly over the plan's dated years. */
export const timelineOf = (
  plan: Pick<DemoPlan, 'datesUntil'>,
  count: number,
  timeline?: DemoGroup['timeline'],
) => JSON.stringify(timeline ?? [{ on: plan.datesUntil, count }]);

/** A timeline's counts times `factor`: workers who start as their institutions do. */
export const scaledTimeline = (timeline: DemoGroup['timeline'], factor: number) =>
  timeline?.map((point) => ({ on: point.on, count: Math.round(point.count * factor) }));

/**
 * The segments of a timeline as rows `(prev_on, on_, prev_count, count_)`: rows `g` in
 * prev_count < g <= count_ start counting over the days of the segment, evenly spread. A statement
 * reads them once, as a materialized CTE, and joins each generated row to its segment, so that the
 * timeline's JSON is parsed once per statement, not once per row.
 */
export const segments = (
  name: string,
  timeline: string,
  startsOn: string,
) => `${name} AS MATERIALIZED (
  SELECT coalesce(lag((e->>'on')::date) OVER (ORDER BY n), ${startsOn}::date) AS prev_on, (e->>'on')::date AS on_,
    coalesce(lag((e->>'count')::int) OVER (ORDER BY n), 0) AS prev_count, (e->>'count')::int AS count_
  FROM jsonb_array_elements(${timeline}::jsonb) WITH ORDINALITY AS x(e, n))`;

/** The segment of row `g`, joined as `alias`. */
export const segmentOf = (segmentsName: string, alias: string, g: string) =>
  `LEFT JOIN ${segmentsName} ${alias} ON ${g} > ${alias}.prev_count AND ${g} <= ${alias}.count_`;

/** The day a row starts counting, within its segment `s` (see segmentOf). */
export const dayIn = (s: string, g: string) =>
  `${s}.prev_on + ceil((${g} - ${s}.prev_count) * (${s}.on_ - ${s}.prev_on)::numeric / (${s}.count_ - ${s}.prev_count))::int`;

/** How many rows of a timeline count by `day`: the inverse of dayIn. */
export const rowsBy = (segmentsName: string, day: string) => `(
  SELECT coalesce(max(CASE WHEN ${day} >= s.on_ THEN s.count_
    WHEN ${day} > s.prev_on THEN s.prev_count + floor((${day} - s.prev_on) * (s.count_ - s.prev_count)::numeric / (s.on_ - s.prev_on))::int END), 0)
  FROM ${segmentsName} s)`;
