/**
 * A CSV file's bytes as text, in the encodings regional teams' files come in: UTF-8 (with or
 * without a byte-order mark), UTF-16 with its mark (Excel's "Unicode text"), and GB18030, which
 * includes GBK and GB2312 (Excel on Chinese Windows). Anything else is refused with the encoding
 * named, never guessed into replacement characters (U+FFFD) that would be stored as names.
 */
export type Decoded = { text: string; encoding: string } | { problem: string; line: number };

/** What GB18030 text of these files holds beyond ASCII: Chinese characters and their punctuation. */
const chinese = /^[\u00B7\u2000-\u206F\u3000-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uFF00-\uFFEF]$/u;

function decode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** Where the first byte that is not UTF-8 is, for a message a person can act on. */
function firstBadByte(bytes: Uint8Array): { line: number; byte: string } {
  const decoded = new TextDecoder('utf-8').decode(bytes);
  const before = decoded.slice(0, decoded.indexOf('\uFFFD'));
  const offset = new TextEncoder().encode(before).length;
  return {
    line: before.split('\n').length,
    byte: `0x${bytes[offset]!.toString(16).toUpperCase().padStart(2, '0')}`,
  };
}

export function decodeCsv(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return withText(decode('utf-16le', bytes), 'UTF-16LE');
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return withText(decode('utf-16be', bytes), 'UTF-16BE');
  const utf8 = decode('utf-8', bytes);
  if (utf8 !== null) return withText(utf8, 'UTF-8');
  const gb18030 = decode('gb18030', bytes);
  // GB18030 has a byte-order mark of its own (84 31 95 33), which decodes to U+FEFF.
  if (
    gb18030 !== null &&
    [...gb18030.replace(/^\uFEFF/, '')].every(
      (character) => character < '\u0080' || chinese.test(character),
    )
  )
    return withText(gb18030, 'GB18030');
  const bad = firstBadByte(bytes);
  return {
    line: bad.line,
    problem: `the file is neither UTF-8 nor GB18030/GBK text (first at byte ${bad.byte}); save it as "CSV UTF-8" and import it again`,
  };
}

function withText(text: string | null, encoding: string): Decoded {
  if (text === null)
    return {
      line: 1,
      problem: `the file starts with a ${encoding} byte-order mark but is not ${encoding} text`,
    };
  return { text: text.replace(/^\uFEFF/, ''), encoding };
}
