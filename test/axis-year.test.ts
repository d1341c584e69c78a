import { expect, it } from 'vitest';
import { axisYearOf } from '../gateway/dashboard/src/axis-year.js';

it("places a day on a chart's axis of year-ends: a year at its own end, a month or day within the year before's", () => {
  expect(axisYearOf('2025')).toBe(2025);
  // The end of 2025-12 and of 2025-12-31 are the end of 2025.
  expect(axisYearOf('2025-12')).toBe(2025);
  expect(axisYearOf('2025-12-31')).toBe(2025);
  // The end of September: 273 of 365 days into 2025, which the point of 2024 ends.
  expect(axisYearOf('2025-09')).toBeCloseTo(2024 + 273 / 365, 10);
  expect(axisYearOf('2025-09-30')).toBeCloseTo(2024 + 273 / 365, 10);
  // A leap year's 29 February: 60 of 366 days.
  expect(axisYearOf('2024-02-29')).toBeCloseTo(2023 + 60 / 366, 10);
  expect(axisYearOf('2025-01-01')).toBeCloseTo(2024 + 1 / 365, 10);
});
