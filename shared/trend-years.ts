import type { Bilingual } from './bilingual.js';

/**
 * The years a trend was fitted on, as its status's words name them, so that a projection says how
 * old its evidence is: a range where they follow each other (按 2016–2025 年的趋势, "The 2016–2025
 * trend"), one by one where years between them were left out (a flow's years with nothing
 * registered): 按 2019、2020、2024、2025 年的趋势, "The trend of 2019, 2020, 2024 and 2025". The
 * API's English reason and the dashboard's and the report's words say it alike.
 */
export function trendNamed(years: readonly number[]): Bilingual {
  const unbroken = years.every((year, i) => i === 0 || year === years[i - 1]! + 1);
  if (unbroken) {
    const range = `${years[0]}–${years.at(-1)}`;
    return { zh: `按 ${range} 年的趋势`, en: `The ${range} trend` };
  }
  return {
    zh: `按 ${years.join('、')} 年的趋势`,
    en: `The trend of ${years.slice(0, -1).join(', ')} and ${years.at(-1)}`,
  };
}
