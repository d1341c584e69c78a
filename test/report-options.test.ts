import { expect, it } from 'vitest';
import { AnswerError } from '../scripts/report/format.js';

const optionOf = { asOf: '--as-of', from: '--from', to: '--to' };

it("says the arguments a gateway's refusal names as the report's options, once each, however many regions named them", () => {
  // Each of the six regions refuses `from` alike: the messages are said once, the fields come six times.
  const refused = new AnswerError(
    'from：2025 晚于 2019：序列从较早的年份排到较晚的年份。from: 2025 is after 2019: a series runs from the earlier year to the later.',
    true,
    Array.from({ length: 6 }, () => 'from'),
  );
  expect(refused.inOptions(optionOf)).toBe(
    '--from：2025 晚于 2019：序列从较早的年份排到较晚的年份。--from: 2025 is after 2019: a series runs from the earlier year to the later.',
  );
  // A word of the message that is no argument's is left as it is.
  const asOf = new AnswerError(
    'asOf：2099 晚于今天。asOf: 2099 is after today; to: nothing.',
    true,
    ['asOf', 'asOf'],
  );
  expect(asOf.inOptions(optionOf)).toBe(
    '--as-of：2099 晚于今天。--as-of: 2099 is after today; to: nothing.',
  );
});
