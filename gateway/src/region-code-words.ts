import { regionNamed, regions } from '../../subgraphs/regions.js';

/**
 * What a caller who wrote a region as people name it (`registry(code: "广西")`, `GUANGXI`) is told
 * in Chinese: the code that region has, or, where the text names none, every code with its region.
 * graphql-js's English, which follows, says only that the value is not one of the enum's.
 */
export function regionCodeWords(given: string): string {
  // `registry(code: "GX")`: the code, written as a string, where an enum value takes no quotes.
  if (regions.some((r) => r.code === given))
    return `地区代码是枚举值，不加引号：应写作 ${given}，不能写作 "${given}"`;
  const meant = regionNamed(given);
  if (meant) return `地区代码应写作 ${meant.code}（${meant.nameZh}），不能写作“${given}”`;
  const codes = regions.map((r) => `${r.code}（${r.nameZh}）`).join('、');
  return `“${given}”不是地区代码；地区代码为 ${codes}`;
}
