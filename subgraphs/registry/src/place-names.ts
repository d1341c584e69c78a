import { pinyin } from 'pinyin-pro';
import { hasChinese } from '../../../shared/bilingual.js';

/**
 * The English name of a Chinese place, as English maps write it: the name in pinyin as one word
 * (an apostrophe where a syllable would run into a vowel: Xi'an), then what kind of division it is.
 * A prefecture city drops its 市 (南宁市: Nanning); a district or county says so (西城区: Xicheng
 * District). Ethnic names inside an autonomous prefecture's name stay in pinyin, not translated.
 */
const divisionWords: [suffix: string, english: string][] = [
  ['自治州', ' Autonomous Prefecture'],
  ['自治县', ' Autonomous County'],
  ['自治旗', ' Autonomous Banner'],
  ['新区', ' New Area'],
  ['地区', ' Prefecture'],
  ['市', ''],
  ['区', ' District'],
  ['县', ' County'],
  ['旗', ' Banner'],
  ['盟', ' League'],
  ['镇', ' Town'],
  ['乡', ' Township'],
  ['街道', ' Subdistrict'],
];

function pinyinWord(chinese: string): string {
  const syllables = pinyin(chinese, { toneType: 'none', type: 'array', v: true });
  const word = syllables
    .map((syllable, i) => (i > 0 && /^[aoe]/.test(syllable) ? `'${syllable}` : syllable))
    .join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A place's name in English; null stays null, a name with no Chinese in it stays as it is. */
export function englishPlaceName(name: string | null | undefined): string | null {
  if (name == null) return null;
  if (!hasChinese(name)) return name;
  const [suffix, english] = divisionWords.find(
    ([suffix]) => name.endsWith(suffix) && name.length > suffix.length,
  ) ?? ['', ''];
  return pinyinWord(name.slice(0, name.length - suffix.length)) + english;
}
