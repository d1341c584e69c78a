import { readFileSync } from 'node:fs';

/** The national indicator catalog: national configuration that every subgraph refers to by code. */
export const indicatorCatalogFile = new URL('./national/data/indicators.json', import.meta.url);

export interface CatalogIndicator {
  code: string;
  kind: 'COUNT' | 'RATIO' | 'AMOUNT' | 'RATE';
  /** Counted on a day, or added up over a period. */
  stockOrFlow: 'STOCK' | 'FLOW';
  unit: string;
  computable: boolean;
  /**
   * The share of a target, in percent, that reaches it "basically" (基本实现), where this indicator
   * differs from the default (see DEFAULT_BASICALLY_PERCENT).
   */
  basicallyPercent?: number;
}

export const indicatorCatalog: CatalogIndicator[] = JSON.parse(
  readFileSync(indicatorCatalogFile, 'utf8'),
);

const flowCodes = new Set(
  indicatorCatalog.filter((i) => i.stockOrFlow === 'FLOW').map((i) => i.code),
);

/** Whether an indicator is added up over a period (cases, funding), not counted on a day. */
export const isFlowIndicator = (code: string): boolean => flowCodes.has(code);
