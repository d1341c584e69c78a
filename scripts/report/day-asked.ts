/**
 * The day a person asks a report as of, as the API takes it (2023, 2023-06, 2023-06-30), from the
 * ways Chinese users write one: 2023-6-30, 2023/6/30, 2023.6.30, 2023年6月30日, 2023年6月. Null
 * for anything else; whether the day is one of the calendar is the API's to say.
 */
export function dayAsked(typed: string): string | null {
  const parts = /^(\d{4})(?:年?|(?:年|[-/.])(\d{1,2})(?:月?|(?:月|[-/.])(\d{1,2})日?))$/.exec(
    // Digits and marks typed full-width by a Chinese input method (２０２３／６／３０) read as ASCII.
    typed.normalize('NFKC').trim(),
  );
  if (!parts) return null;
  return parts
    .slice(1)
    .filter((part) => part !== undefined)
    .map((part) => part.padStart(2, '0'))
    .join('-');
}
