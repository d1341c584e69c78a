import { afterEach, describe, expect, it, vi } from 'vitest';
import { chinaDay, chinaTime } from '../shared/china-day.js';
import { pastPartialDate, today } from '../subgraphs/registry/src/dates.js';

/** 01:30 on 5 December in Beijing, when UTC's day is still the 4th. */
const beijingEarlyMorning = new Date('2026-12-04T17:30:00Z');

describe("the registries' today", () => {
  afterEach(() => vi.useRealTimers());

  it("is China's calendar day, not UTC's", () => {
    expect(chinaDay(beijingEarlyMorning)).toBe('2026-12-05');
    expect(chinaDay(new Date('2026-12-04T15:59:59Z'))).toBe('2026-12-04');
    vi.useFakeTimers({ toFake: ['Date'], now: beijingEarlyMorning });
    expect(today()).toBe('2026-12-05');
    // A moment, as a report's About sheet says when it was made: China's time, with its offset.
    expect(chinaTime(beijingEarlyMorning)).toBe('2026-12-05T01:30:00+08:00');
    expect(Date.parse(chinaTime(beijingEarlyMorning))).toBe(beijingEarlyMorning.getTime());
  });

  it("takes that morning's own date as a date that has begun", () => {
    vi.useFakeTimers({ toFake: ['Date'], now: beijingEarlyMorning });
    expect(pastPartialDate.safeParse('2026-12-05').success).toBe(true);
    expect(pastPartialDate.safeParse('2026-12-06').success).toBe(false);
  });
});
