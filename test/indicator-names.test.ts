import { describe, expect, it } from 'vitest';
import { reasonIn } from '../shared/bilingual.js';
import { indicatorCatalog, indicatorInChinese } from '../subgraphs/indicator-catalog.js';

/**
 * The API's Chinese names an indicator by its name with its code after it, for a reader who then
 * queries it; the dashboard and the report, whose readers never type a code, say the name alone.
 */
describe('an indicator in a message', () => {
  it('is named in Chinese with its code after the name, as the catalog names it', () => {
    expect(indicatorInChinese('FUNDING_YUAN')).toBe('“投入资金”（FUNDING_YUAN）');
    expect(indicatorInChinese('NOPE')).toBe('NOPE');
  });

  const message =
    '“投入资金”（FUNDING_YUAN）是一段时期内的累计量，NOPE 不在目录中。FUNDING_YUAN adds up over a period.';

  it('reads on the dashboard and in the report by its name alone, in either language', () => {
    expect(reasonIn(message, indicatorCatalog, 'zh')).toBe(
      '“投入资金”是一段时期内的累计量，NOPE 不在目录中。',
    );
    expect(reasonIn(message, indicatorCatalog, 'en')).toBe('“Funding” adds up over a period.');
  });

  it('is named once in English where the API gave its name and its code', () => {
    const english =
      '登记库中没有“投入资金”（FUNDING_YUAN）所统计的记录。The registry holds no record that "Funding" (FUNDING_YUAN) counts.';
    expect(reasonIn(english, indicatorCatalog, 'en')).toBe(
      'The registry holds no record that “Funding” counts.',
    );
  });
});
