import { describe, expect, it } from 'vitest';
import { reasonText } from '../gateway/dashboard/src/i18n.js';
import { messageIn } from '../gateway/dashboard/src/language.js';

/** The dashboard shows an error in its page's language, of the two the API says it in. */
describe("an error's message on the dashboard", () => {
  const unreachable = '无法连接天津市登记库子图。The Tianjin subgraph is unreachable.';

  it('is the Chinese on a Chinese page and the English on an English one', () => {
    expect(messageIn(unreachable, 'zh')).toBe('无法连接天津市登记库子图。');
    expect(messageIn(unreachable, 'en')).toBe('The Tianjin subgraph is unreachable.');
  });

  it('is shown whole when its Chinese only points to the English, or it is not split', () => {
    const unknown = '内部错误（详见后面的英文说明）。connect ECONNREFUSED';
    expect(messageIn(unknown, 'zh')).toBe(unknown);
    expect(messageIn('Failed to fetch', 'zh')).toBe('Failed to fetch');
  });

  it('is split where its Chinese ends, not at a 。 the English quotes', () => {
    const quoting = '类型“Query”没有字段“名称。”。Cannot query field "名称。" on type "Query".';
    expect(messageIn(quoting, 'en')).toBe('Cannot query field "名称。" on type "Query".');
    expect(messageIn(quoting, 'zh')).toBe('类型“Query”没有字段“名称。”。');
  });
});

/** A target card's reason, in the page's language, with the numbers it was applied to. */
describe("a target's reason on the dashboard", () => {
  const missed = {
    code: 'TARGET_YEAR_PASSED',
    value: 40,
    targetValue: 40,
    targetYear: 2021,
    threshold: 40,
    projectedValue: null,
    tolerancePercent: 10,
    reachedYear: null,
    trendYears: [],
  };

  it('says a published value with its qualifier, so that 近40 of 40 reads as short of it', () => {
    expect(reasonText(missed, 'persons', 'zh', 'NEARLY')).toBe(
      '目标年份 2021 已过，当前 近40\u00a0人，目标 40\u00a0人。',
    );
    expect(reasonText(missed, 'persons', 'en', 'NEARLY')).toBe(
      'The target year 2021 has passed with nearly 40\u00a0persons of 40\u00a0persons.',
    );
  });
});
