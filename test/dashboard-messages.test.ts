import { describe, expect, it } from 'vitest';
import { reasonText } from '../gateway/dashboard/src/reason-words.js';
import { messageIn, saidOnce } from '../gateway/dashboard/src/language.js';
import { reasonInEnglish } from '../subgraphs/registry/src/measures/reason-in-english.js';
import type { StatusReason } from '../subgraphs/registry/src/measures/status.js';

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

  it('is said once, however many fields failed with it, beside the other messages', () => {
    const away =
      '广西壮族自治区登记库子图的数据库暂不可用，请稍后重试。The Guangxi database is unavailable.';
    const errors = [away, unreachable, away, away].map((message) => ({ message }));
    expect(saidOnce(errors, 'zh')).toBe(
      '广西壮族自治区登记库子图的数据库暂不可用，请稍后重试。; 无法连接天津市登记库子图。',
    );
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
    trendYearsBeforeCensus: [],
  };

  it('says a published value with its qualifier, so that 近40 of 40 reads as short of it', () => {
    expect(reasonText(missed, 'persons', 'zh', 'NEARLY')).toBe(
      '目标年份 2021 已过，当前 近40\u00a0人，目标 40\u00a0人。',
    );
    expect(reasonText(missed, 'persons', 'en', 'NEARLY')).toBe(
      'The target year 2021 has passed with nearly 40\u00a0persons of 40\u00a0persons.',
    );
  });

  it('says the least a rounded figure allows where that is what falls short of the target', () => {
    expect(reasonText(missed, 'persons', 'zh', 'NEARLY', 35)).toBe(
      '目标年份 2021 已过，当前 近40\u00a0人（按其可能取值的下限 35\u00a0人计），目标 40\u00a0人。',
    );
    expect(reasonText(missed, 'persons', 'en', 'ABOUT', 36)).toBe(
      'The target year 2021 has passed with about 40\u00a0persons (judged on the least it allows, 36\u00a0persons) of 40\u00a0persons.',
    );
    // A least at or above the threshold decides nothing against it: the figure is said as printed.
    expect(reasonText({ ...missed, threshold: 30 }, 'persons', 'zh', 'NEARLY', 35)).not.toMatch(
      /下限/,
    );
  });

  const projected = {
    ...missed,
    code: 'PROJECTED_SHORT',
    value: 31.12,
    targetValue: 100,
    targetYear: 2027,
    threshold: 90,
    projectedValue: 32.76,
    trendYears: [2021, 2022, 2023, 2024, 2025, 2026],
    basicallyPercent: 90,
  };

  it("says that the threshold of 基本实现 is the catalog's convention wherever it names it", () => {
    expect(reasonText(projected, 'percent', 'zh')).toBe(
      '按 2021–2026 年的趋势，2027 年底仅达 32.76%，比门槛 90% 低 57.24\u00a0个百分点，差距超过门槛的 10%（9\u00a0个百分点）。“基本实现”按指标目录的约定以目标的 90% 为门槛。',
    );
    expect(reasonText(projected, 'percent', 'en')).toMatch(
      /, 57\.24\u00a0percentage points short of 90%: more than 10% of it \(9\u00a0percentage points\)\. "Basically" \(基本实现\) is taken as 90% of the target, the catalog's convention\.$/,
    );
    // A target to be met in full has no such share; a rule that names no threshold says none.
    expect(reasonText({ ...projected, basicallyPercent: null }, 'percent', 'zh')).not.toMatch(
      /基本实现/,
    );
    // A flow's years with nothing registered are no evidence: the years fitted are named one by one.
    const gapped = { ...projected, trendYears: [2019, 2020, 2024, 2025] };
    expect(reasonText(gapped, 'percent', 'zh')).toMatch(/^按 2019、2020、2024、2025 年的趋势，/);
    expect(reasonText(gapped, 'percent', 'en')).toMatch(
      /^The trend of 2019, 2020, 2024 and 2025 projects /,
    );
    expect(reasonText({ ...projected, code: 'NO_TREND' }, 'percent', 'zh')).toBe(
      '尚未达成，且只有一年有变化的数据，无法推算趋势。',
    );
  });

  it("says a rate's years before the census are left out of its trend, where a status rests on it", () => {
    const rate = { ...projected, basicallyPercent: null, trendYearsBeforeCensus: [2019] };
    expect(
      reasonText({ ...rate, code: 'NO_TREND', trendYears: [] }, 'per 10,000 residents', 'zh'),
    ).toBe(
      '尚未达成，且只有一年有变化的数据，无法推算趋势。2019 年的比率以第七次全国人口普查前公布的常住人口为分母，与之后各年口径不同，未用于拟合趋势。',
    );
    const fitted = { ...rate, trendYears: [2021, 2022], trendYearsBeforeCensus: [2018, 2019] };
    expect(reasonText(fitted, 'per 10,000 residents', 'en')).toMatch(
      /^The 2021–2022 trend projects .* The rates of 2018 and 2019 are over populations published before the Seventh National Population Census, on another basis than the later years', so they are left out of the trend\.$/,
    );
    // A status that rests on no trend does not say it.
    expect(
      reasonText({ ...rate, code: 'TARGET_REACHED' }, 'per 10,000 residents', 'zh'),
    ).not.toMatch(/普查/);
  });

  it('says a target judged before it was set was none to judge', () => {
    const early = {
      ...missed,
      code: 'TARGET_NOT_YET_SET',
      value: 5.61,
      targetSetOn: '2025',
      targetSetOnInferred: true,
    };
    expect(reasonText(early, 'percent', 'zh')).toBe(
      '设定该目标的政策印发于 2025 年（推定），晚于判定日期：当时没有这一目标，不作判定。',
    );
    expect(
      reasonText(
        { ...early, targetSetOn: '2025-07-15', targetSetOnInferred: false },
        'percent',
        'en',
      ),
    ).toBe(
      'The policy setting the target was issued on 2025-07-15, after the day judged: there was no target to judge then.',
    );
  });

  it('says a target judged before the programme it counts began had nothing to count yet', () => {
    const early = { ...missed, code: 'SCOPE_NOT_BEGUN', value: null, scopeStart: '2025' };
    expect(reasonText(early, 'prefectures', 'zh')).toBe(
      '目标所计的项目始于 2025 年，晚于判定日期：当时还没有可计的记录。',
    );
  });

  it('says a rate judged on no value lacks the population, not the count', () => {
    const rate = { ...missed, code: 'NO_POPULATION', value: null };
    expect(reasonText(rate, 'per 10,000 residents', 'zh')).toBe(
      '登记库未收录该比率所需年末的常住人口数（所判定之日为年末时即该年年末，否则为该日之前的各年末）：登记库的计数没有分母，也无公布该比率的公开数据，因此没有每万常住人口比率可供判定。',
    );
  });

  // Ningxia published its plan to dispatch 30 and the counties it would cover: a plan, not a count.
  it('never says nothing was published where a plan may have been: no published figure counts it', () => {
    for (const code of ['NO_VALUE', 'NOTHING_REGISTERED'] as const) {
      const unjudged: StatusReason = {
        ...missed,
        code,
        value: null,
        basicallyPercent: null,
        deadlineValue: null,
        deadlineGap: null,
        scopeStart: null,
        flowYear: null,
        targetSetOn: null,
        targetSetOnInferred: null,
      };
      expect(reasonText(unjudged, 'persons', 'zh')).toContain(
        '也无统计其数量的公开数据（计划和启动消息不是统计数）',
      );
      const english = 'no published figure counts it (a plan or a launch is not a count)';
      expect(reasonText(unjudged, 'persons', 'en')).toContain(english);
      expect(reasonInEnglish(unjudged, 'persons')).toContain(english);
    }
  });
});
