import { readFileSync } from 'node:fs';

/** The national indicator catalog: national configuration that every subgraph refers to by code. */
export const indicatorCatalogFile = new URL('./national/data/indicators.json', import.meta.url);

export interface CatalogIndicator {
  code: string;
  kind: 'COUNT' | 'RATIO' | 'AMOUNT' | 'RATE';
  unit: string;
  computable: boolean;
  /** Counted on a day (a stock: 时点指标) or added up over a period (a flow: 时期指标). */
  stockOrFlow?: 'STOCK' | 'FLOW';
  /**
   * The share of a target, in percent, that reaches it "basically" (基本实现), where this indicator
   * differs from the default (see DEFAULT_BASICALLY_PERCENT).
   */
  basicallyPercent?: number;
}

export const indicatorCatalog: CatalogIndicator[] = JSON.parse(
  readFileSync(indicatorCatalogFile, 'utf8'),
);
