import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indicatorCatalog } from '../subgraphs/indicator-catalog.js';

/**
 * A figure that says it adds up (累计: "selected in two batches, 38") counts a flow, or a stock
 * since a day it states. Without either, the API, the histories and the report read it as a count
 * on its date: a stock (a rule in history.ts), which two batches of selections are not.
 */
const subgraphs = new URL('../subgraphs/', import.meta.url);

interface PublishedFigure {
  id: string;
  indicator: string;
  periodStart: string | null;
  scope: string | null;
}

const figures: PublishedFigure[] = readdirSync(subgraphs).flatMap((folder) => {
  const file = new URL(`${folder}/data/figures.json`, subgraphs);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PublishedFigure[]) : [];
});
const flows = new Set(indicatorCatalog.filter((i) => i.stockOrFlow === 'FLOW').map((i) => i.code));

describe('figures that add up', () => {
  it('are of a flow indicator, or state when they began', () => {
    const cumulative = figures.filter((f) => f.scope?.includes('累计'));
    // The check reads something: Ningxia's "since 2013" figures say 累计.
    expect(cumulative.length).toBeGreaterThan(3);
    const readAsStocks = cumulative
      .filter((f) => !flows.has(f.indicator) && !f.periodStart)
      .map((f) => `${f.id} (${f.indicator})`);
    expect(readAsStocks).toEqual([]);
  });
});
