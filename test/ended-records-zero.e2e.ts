import { describe, expect, it } from 'vitest';
import { measureMany } from '../subgraphs/registry/src/measures/measure.js';
import { useRegistryDatabase } from './harness.js';

/**
 * A count of 0 where every record it counted has ended is a finding of those records: of demo ones
 * a demo finding, said as its demo share, never a bare 0 a total adds up as real. Where no record
 * ever counted, it is nothing registered, which rests on nothing.
 */
const registry = useRegistryDatabase('ended_records_zero');

const stations = async () =>
  (await measureMany(registry.dataSource, [{ indicator: 'SOCIAL_WORK_STATIONS' }]))[0]!;

const closedStation = (name: string, provenance: 'DEMO' | 'REGISTERED') =>
  registry.dataSource.query(
    `INSERT INTO institution (name, kind, city, founded_on, status, closed_on, provenance)
     VALUES ($1, 'SOCIAL_WORK_STATION', '银川市', '2019', 'CLOSED', '2024-06-30', $2)`,
    [name, provenance],
  );

describe('a count of 0 after every record ended', () => {
  it('is nothing registered, with no demo share, where no record ever counted', async () => {
    expect(await stations()).toMatchObject({ value: 0, nothingRegistered: true, demoShare: null });
  });

  it('rests on the demo records that ended, as far as they were demo', async () => {
    await closedStation('演示关闭站一', 'DEMO');
    await closedStation('演示关闭站二', 'DEMO');
    expect(await stations()).toMatchObject({ value: 0, nothingRegistered: false, demoShare: 1 });
    await closedStation('登记关闭站', 'REGISTERED');
    expect((await stations()).demoShare).toBe(0.6667);
    // Before the first opened, nothing had counted: nothing registered, as before.
    const [before] = await measureMany(registry.dataSource, [
      { indicator: 'SOCIAL_WORK_STATIONS', asOf: '2018-12-31' },
    ]);
    expect(before).toMatchObject({ value: 0, nothingRegistered: true, demoShare: null });
  });

  it('says so of each year-end in a series: before any opened nothing, after all closed theirs', async () => {
    const [series] = await measureMany(registry.dataSource, [
      { indicator: 'SOCIAL_WORK_STATIONS', by: ['YEAR'], from: 2018 },
    ]);
    const years = series!.breakdown.map((cell) => [
      cell.keys[0]!.value,
      cell.value,
      cell.demoShare,
    ]);
    expect(years.slice(0, 8)).toEqual([
      ['2018', 0, null],
      ['2019', 3, 0.6667],
      ['2020', 3, 0.6667],
      ['2021', 3, 0.6667],
      ['2022', 3, 0.6667],
      ['2023', 3, 0.6667],
      ['2024', 0, 0.6667],
      ['2025', 0, 0.6667],
    ]);
  });

  it('is nothing registered in the year of the day where the only record starts after the day', async () => {
    await registry.dataSource.query(
      `INSERT INTO institution (name, kind, city, founded_on, provenance)
       VALUES ('演示年中新站', 'SOCIAL_WORK_STATION', '银川市', '2017-06-01', 'DEMO')`,
    );
    const [series] = await measureMany(registry.dataSource, [
      { indicator: 'SOCIAL_WORK_STATIONS', by: ['YEAR'], from: 2016, asOf: '2017-03-01' },
    ]);
    expect(series).toMatchObject({ value: 0, nothingRegistered: true, demoShare: null });
    expect(
      series!.breakdown.map((cell) => [cell.keys[0]!.value, cell.value, cell.demoShare]),
    ).toEqual([
      ['2016', 0, null],
      ['2017', 0, null],
    ]);
  });
});
