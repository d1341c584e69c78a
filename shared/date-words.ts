/**
 * A partial date (2025, 2025-07, 2025-07-15) as a sentence says it: 2025 年 and 2025-07 in Chinese;
 * in 2025, on 2025-07-15 in English. Plain code: the dashboard's browser bundle imports it too.
 */
export const dateWords = (date: string | null | undefined, language: 'zh' | 'en') =>
  language === 'zh'
    ? date?.length === 4
      ? `${date} 年`
      : `${date}`
    : `${date?.length === 10 ? 'on' : 'in'} ${date}`;
