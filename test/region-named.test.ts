import { describe, expect, it } from 'vitest';
import { regionNamed } from '../subgraphs/regions.js';

/** A region as a team names it on a command line: the tools took only the slug, tokens the code. */
describe('a region by any of its names', () => {
  it.each(['ningxia', 'NINGXIA', 'NX', 'nx', 'Ningxia', '宁夏回族自治区', '宁夏', ' 宁夏 '])(
    '%s is Ningxia',
    (given) => expect(regionNamed(given)?.slug).toBe('ningxia'),
  );

  it('knows Xiong’an by its code and its short Chinese name, and nothing by a name of no region', () => {
    expect(regionNamed('XA')?.slug).toBe('xiongan');
    expect(regionNamed('雄安')?.slug).toBe('xiongan');
    expect(regionNamed("Xiong'an")?.slug).toBe('xiongan');
    for (const unknown of [undefined, '', '宁', '广东', 'GD'])
      expect(regionNamed(unknown)).toBeUndefined();
  });
});
