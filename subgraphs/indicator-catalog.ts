import { readFileSync } from 'node:fs';
import type { Bilingual } from '../shared/bilingual.js';

/** The national indicator catalog: national configuration that every subgraph refers to by code. */
export const indicatorCatalogFile = new URL('./national/data/indicators.json', import.meta.url);

export interface CatalogIndicator {
  code: string;
  /** Its name in English, and the one a Chinese reader knows it by (持证社会工作者). */
  name: string;
  nameZh: string;
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

const namesZh = new Map(indicatorCatalog.map((i) => [i.code, i.nameZh]));
const names = new Map(indicatorCatalog.map((i) => [i.code, i.name]));

/**
 * The same in an English message: `"Certified social workers" (CERTIFIED_SOCIAL_WORKERS)`, a name a
 * reader reads and the code a query takes, rather than the code alone.
 */
export function indicatorInEnglish(code: string): string {
  const name = names.get(code);
  return name ? `"${name}" (${code})` : code;
}

/**
 * An indicator as a Chinese message names it: by its name, with the code a query takes after it
 * (`“持证社会工作者”（CERTIFIED_SOCIAL_WORKERS）`); a code the catalog does not hold, as it was given.
 */
export function indicatorInChinese(code: string): string {
  const name = namesZh.get(code);
  return name ? `“${name}”（${code}）` : code;
}

/**
 * The catalog's code a text means where it writes one in another case (msw_institutions), for a
 * message to name it; null where the text is a code as it is, or none.
 */
export function codeInOtherCase(text: string): string | null {
  const upper = text.toUpperCase();
  return upper !== text && namesZh.has(upper) ? upper : null;
}

/** What a caller is told of a code written in another case: the code it means, by its name too. */
export const writeInUpperCase = (given: string, upper: string): Bilingual => ({
  zh: `指标代码须大写：应写作${indicatorInChinese(upper)}，不能写作 ${given}。`,
  en: `indicator codes are upper case: write ${upper}, not ${given}.`,
});

/** Whether an indicator is added up over a period (cases, funding), not counted on a day. */
export const isFlowIndicator = (code: string): boolean => flowCodes.has(code);
