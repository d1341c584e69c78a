import { describe, expect, it } from 'vitest';
import { issuedWords, issuerWords } from '../gateway/dashboard/src/policy-words.js';

/** Who issued a policy, as the target card and the report say it, in Chinese and in English. */
describe("a policy's issuers in words", () => {
  const guangxi = {
    issuers: ['广西壮族自治区卫生健康委', '自治区党委社会工作部'],
    issuersEn: [
      'Health Commission of the Guangxi Zhuang Autonomous Region',
      'Social Work Department of the CPC Guangxi Zhuang Autonomous Regional Committee',
    ],
  };

  it('names the bodies a page names, jointly where there are several, each in English with its printed name', () => {
    expect(issuerWords(guangxi, 'zh')).toBe(
      '广西壮族自治区卫生健康委、自治区党委社会工作部联合印发',
    );
    expect(issuerWords(guangxi, 'en')).toBe(
      'jointly by Health Commission of the Guangxi Zhuang Autonomous Region (广西壮族自治区卫生健康委) and Social Work Department of the CPC Guangxi Zhuang Autonomous Regional Committee (自治区党委社会工作部)',
    );
    const one = {
      issuers: ['信阳市民政局'],
      issuersEn: ['Xinyang Municipal Civil Affairs Bureau'],
    };
    expect(issuerWords(one, 'zh')).toBe('信阳市民政局印发');
    expect(issuerWords(one, 'en')).toBe('by Xinyang Municipal Civil Affairs Bureau (信阳市民政局)');
    // Without an English name given, an English page prints the name as printed.
    expect(issuerWords({ issuers: ['天津市民政局'] }, 'en')).toBe('by 天津市民政局');
  });

  it('counts bodies a page does not name, marked inferred where the count is read on the page that cites the title', () => {
    const beijing = { issuers: [], issuerCount: 5, titleCitedIn: { title: '…' } };
    expect(issuerWords(beijing, 'zh')).toBe('5 部门联合印发（未具名）（推定）');
    expect(issuerWords(beijing, 'en')).toBe('jointly by 5 bodies (not named) (inferred)');
    expect(issuedWords({ ...beijing, issuedOn: '2020', issuedOnInferred: true }, 'zh')).toBe(
      '5 部门联合印发（未具名）（推定），印发于 2020 年（推定）',
    );
    // Some named of more counted: those named, and how many in all.
    const some = { ...guangxi, issuerCount: 3 };
    expect(issuerWords(some, 'zh')).toBe(
      '广西壮族自治区卫生健康委、自治区党委社会工作部等 3 部门联合印发',
    );
    expect(issuerWords(some, 'en')).toMatch(/^jointly by 3 bodies, among them Health Commission/);
    // A count no more than those named says nothing more; nothing known, nothing said.
    expect(issuerWords({ ...guangxi, issuerCount: 2 }, 'zh')).toBe(issuerWords(guangxi, 'zh'));
    expect(issuerWords({ issuers: [] }, 'zh')).toBeNull();
    expect(issuedWords({ issuers: [], issuedOn: '2025-07' }, 'en')).toBe('issued in 2025-07');
  });
});
