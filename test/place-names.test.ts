import { describe, expect, it } from 'vitest';
import { englishPlaceName } from '../subgraphs/registry/src/place-names.js';

describe('English names of places', () => {
  it('writes a prefecture city in pinyin as one word, without 市', () => {
    expect(englishPlaceName('南宁市')).toBe('Nanning');
    expect(englishPlaceName('石嘴山市')).toBe('Shizuishan');
    // pinyin-pro reads a polyphone from its neighbours: 长 of 长沙 is chang, not zhang.
    expect(englishPlaceName('长沙市')).toBe('Changsha');
  });

  it('says what kind of division a district, county or new area is', () => {
    expect(englishPlaceName('西城区')).toBe('Xicheng District');
    expect(englishPlaceName('西吉县')).toBe('Xiji County');
    expect(englishPlaceName('雄安新区')).toBe("Xiong'an New Area");
  });

  it('names the peoples of an autonomous division in English, as its own English name does', () => {
    expect(englishPlaceName('凉山彝族自治州')).toBe('Liangshan Yi Autonomous Prefecture');
    expect(englishPlaceName('甘孜藏族自治州')).toBe('Ganzi Tibetan Autonomous Prefecture');
    expect(englishPlaceName('阿坝藏族羌族自治州')).toBe(
      'Aba Tibetan and Qiang Autonomous Prefecture',
    );
    expect(englishPlaceName('湘西土家族苗族自治州')).toBe(
      'Xiangxi Tujia and Miao Autonomous Prefecture',
    );
    expect(englishPlaceName('三江侗族自治县')).toBe('Sanjiang Dong Autonomous County');
    expect(englishPlaceName('广西壮族自治区')).toBe('Guangxi Zhuang Autonomous Region');
    expect(englishPlaceName('伊犁哈萨克自治州')).toBe('Yili Kazak Autonomous Prefecture');
    expect(englishPlaceName('新疆维吾尔自治区')).toBe('Xinjiang Uygur Autonomous Region');
  });

  it('names the peoples of an ethnic township, and only where its name gives them with 族', () => {
    expect(englishPlaceName('兴隆回族乡')).toBe('Xinglong Hui Ethnic Township');
    expect(englishPlaceName('红沙窝回族乡')).toBe('Hongshawo Hui Ethnic Township');
    expect(englishPlaceName('喇叭沟门满族乡')).toBe('Labagoumen Manchu Ethnic Township');
    expect(englishPlaceName('城关镇')).toBe('Chengguan Town');
    expect(englishPlaceName('大河乡')).toBe('Dahe Township');
  });

  it('reads a place name as the place says it, where that is not the common reading', () => {
    expect(englishPlaceName('红寺堡区')).toBe('Hongsibu District');
  });

  it('separates a syllable that would run into a vowel with an apostrophe', () => {
    expect(englishPlaceName('西安市')).toBe("Xi'an");
  });

  it('leaves null as null and a name without Chinese as it is', () => {
    expect(englishPlaceName(null)).toBeNull();
    expect(englishPlaceName('Beijing')).toBe('Beijing');
  });
});
