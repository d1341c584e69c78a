import { pinyin } from 'pinyin-pro';
import { hasChinese } from '../../../shared/bilingual.js';

/**
 * The English name of a Chinese place, as English maps write it: the name in pinyin as one word
 * (an apostrophe where a syllable would run into a vowel: Xi'an), then what kind of division it is.
 * A prefecture city drops its 市 (南宁市: Nanning); a district or county says so (西城区: Xicheng
 * District). An autonomous division names its peoples in English, as its own English name does
 * (凉山彝族自治州: Liangshan Yi Autonomous Prefecture; 阿坝藏族羌族自治州: Aba Tibetan and Qiang
 * Autonomous Prefecture), and so does an ethnic township (兴隆回族乡: Xinglong Hui Ethnic Township).
 */
const divisionWords: [suffix: string, english: string][] = [
  ['自治区', ' Autonomous Region'],
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

/** The peoples autonomous divisions are named after, by the English names their divisions use. */
const peopleNames: Record<string, string> = {
  藏族: 'Tibetan',
  彝族: 'Yi',
  羌族: 'Qiang',
  回族: 'Hui',
  壮族: 'Zhuang',
  苗族: 'Miao',
  土家族: 'Tujia',
  侗族: 'Dong',
  瑶族: 'Yao',
  蒙古族: 'Mongol',
  哈萨克族: 'Kazak',
  朝鲜族: 'Korean',
  布依族: 'Bouyei',
  傣族: 'Dai',
  白族: 'Bai',
  哈尼族: 'Hani',
  傈僳族: 'Lisu',
  景颇族: 'Jingpo',
  土族: 'Tu',
  撒拉族: 'Salar',
  东乡族: 'Dongxiang',
  满族: 'Manchu',
  畲族: 'She',
  黎族: 'Li',
  仫佬族: 'Mulam',
  毛南族: 'Maonan',
  仡佬族: 'Gelao',
  水族: 'Sui',
  纳西族: 'Naxi',
  拉祜族: 'Lahu',
  佤族: 'Va',
  怒族: 'Nu',
  独龙族: 'Derung',
  柯尔克孜族: 'Kirgiz',
  维吾尔族: 'Uygur',
  锡伯族: 'Xibe',
  鄂温克族: 'Ewenki',
  达斡尔族: 'Daur',
  保安族: 'Bonan',
  裕固族: 'Yugur',
  各族: 'Multi-ethnic',
};

/**
 * Each people as a division's name may give it: with 族, or, where two characters or more remain,
 * without (伊犁哈萨克自治州, 新疆维吾尔自治区); longest first, so that 土家族 is not read as 土族.
 */
const peoples = Object.entries(peopleNames)
  .flatMap(([chinese, english]) => {
    const stem = chinese.slice(0, -1);
    return stem.length >= 2
      ? [[chinese, english] as const, [stem, english] as const]
      : [[chinese, english] as const];
  })
  .sort(([a], [b]) => b.length - a.length);

/** The peoples as an ethnic township's name gives them: only with 族 (a place may end in 蒙古). */
const ethnicPeoples = Object.keys(peopleNames).filter((chinese) => chinese !== '各族');

/**
 * Names whose reading in place names is not the common one pinyin-pro gives: 堡 of a northern
 * place is bu (红寺堡区: Hongsibu District), not bao.
 */
const placeReadings: Record<string, string> = { 红寺堡: 'Hongsibu' };

/** An autonomous division's name, without its 自治州: the place, then its peoples in English. */
function placeAndPeoples(name: string): string {
  const named: string[] = [];
  let place = name;
  const peopleAtEnd = () =>
    peoples.find(([chinese]) => place.endsWith(chinese) && place.length > chinese.length);
  for (let people = peopleAtEnd(); people; people = peopleAtEnd()) {
    named.unshift(people[1]);
    place = place.slice(0, -people[0].length);
  }
  const together =
    named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named.at(-1)}` : named.join('');
  return [pinyinWord(place), together].filter(Boolean).join(' ');
}

function pinyinWord(chinese: string): string {
  if (placeReadings[chinese]) return placeReadings[chinese];
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
  const place = name.slice(0, name.length - suffix.length);
  if (suffix.startsWith('自治')) return placeAndPeoples(place) + english;
  // An ethnic township (民族乡) names its peoples with 族: 红沙窝回族乡, Hongshawo Hui Ethnic Township.
  if (
    (suffix === '乡' || suffix === '镇') &&
    ethnicPeoples.some((people) => place.endsWith(people))
  )
    return `${placeAndPeoples(place)} Ethnic${english}`;
  return pinyinWord(place) + english;
}
