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

  it('separates a syllable that would run into a vowel with an apostrophe', () => {
    expect(englishPlaceName('西安市')).toBe("Xi'an");
  });

  it('leaves null as null and a name without Chinese as it is', () => {
    expect(englishPlaceName(null)).toBeNull();
    expect(englishPlaceName('Beijing')).toBe('Beijing');
  });
});
