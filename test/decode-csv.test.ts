import { describe, expect, it } from 'vitest';
import { decodeCsv, withLineFeeds } from '../subgraphs/registry/src/import/decode.js';

const textOf = (bytes: Uint8Array) => {
  const decoded = decodeCsv(bytes);
  if ('problem' in decoded) throw new Error(decoded.problem);
  return { encoding: decoded.encoding, text: [...withLineFeeds(decoded.slices())].join('') };
};

/** A's up to `length` bytes, then `rest`: puts what follows where a slice of 65,536 bytes ends. */
const after = (length: number, rest: Buffer) => Buffer.concat([Buffer.alloc(length, 'a'), rest]);

describe('a CSV file decoded a slice at a time', () => {
  it('keeps a character whose bytes two slices share, in UTF-8, GB18030 and UTF-16', () => {
    const utf8 = after(65_535, Buffer.from('宁夏\n'));
    expect(textOf(utf8)).toEqual({ encoding: 'UTF-8', text: `${'a'.repeat(65_535)}宁夏\n` });
    // 宁夏 in GB18030: c4fe cfc4; the first character's two bytes fall on each side.
    const gb = after(65_535, Buffer.from('c4fecfc40a', 'hex'));
    expect(textOf(gb)).toEqual({ encoding: 'GB18030', text: `${'a'.repeat(65_535)}宁夏\n` });
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(`${'a'.repeat(32_766)}宁\n`, 'utf16le'),
    ]);
    expect(textOf(utf16).text).toBe(`${'a'.repeat(32_766)}宁\n`);
  });

  it('makes a CRLF that two slices share one line end, and CR alone one too', () => {
    const text = [...withLineFeeds(['a\r', '\nb\r', 'c\r'])].join('');
    expect(text).toBe('a\nb\nc\n');
    expect(textOf(after(65_535, Buffer.from('\r\nb\rc'))).text).toBe(`${'a'.repeat(65_535)}\nb\nc`);
  });

  it('drops the byte-order mark of each encoding, and only at the start', () => {
    expect(textOf(Buffer.from('\uFEFFname\n')).text).toBe('name\n');
    expect(textOf(Buffer.from('84319533c4fecfc4', 'hex'))).toEqual({
      encoding: 'GB18030',
      text: '宁夏',
    });
  });

  it('refuses bytes that are neither UTF-8 nor Chinese GB18030, at the first bad byte', () => {
    const latin1 = Buffer.concat([
      Buffer.from('name\nCaf'),
      Buffer.from([0xe9]),
      Buffer.from('\n'),
    ]);
    expect(decodeCsv(latin1)).toEqual({
      line: 2,
      problem: expect.stringContaining('first at byte 0xE9'),
    });
    expect(decodeCsv(Buffer.from([0xff, 0xfe, 0x00, 0xd8]))).toMatchObject({
      problem: 'the file starts with a UTF-16LE byte-order mark but is not UTF-16LE text',
    });
  });
});
