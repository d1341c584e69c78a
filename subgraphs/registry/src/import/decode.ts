/**
 * A CSV file's bytes as text, in the encodings regional teams' files come in: UTF-8 (with or
 * without a byte-order mark), UTF-16 with its mark (Excel's "Unicode text"), and GB18030, which
 * includes GBK and GB2312 (Excel on Chinese Windows). Anything else is refused with the encoding
 * named, never guessed into replacement characters (U+FFFD) that would be stored as names.
 *
 * The text is given a slice at a time, never whole: a file of 100,000 rows would otherwise be held
 * as its bytes, its text and a copy of the text with its line ends made one.
 */
import { byteSlices, firstBytes, type ByteSource } from './file-source.js';

export type Decoded =
  { encoding: string; slices: () => Generator<string> } | { problem: string; line: number };

/** What GB18030 text of these files holds beyond ASCII: Chinese characters and their punctuation. */
const chineseText =
  /^[\p{ASCII}\u00B7\u2000-\u206F\u3000-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uFEFF\uFF00-\uFFEF]*$/u;

/** The bytes' text in `encoding`, a slice at a time, without the byte-order mark. */
function* decodedSlices(encoding: string, source: ByteSource): Generator<string> {
  const decoder = new TextDecoder(encoding, { fatal: true });
  let atStart = true;
  const withoutMark = (text: string) => {
    // GB18030's mark (84 31 95 33) decodes to U+FEFF, which the decoder leaves in the text.
    if (atStart && text) [text, atStart] = [text.replace(/^\uFEFF/, ''), false];
    return text;
  };
  for (const slice of byteSlices(source)) {
    const text = withoutMark(decoder.decode(slice, { stream: true }));
    if (text) yield text;
  }
  const rest = withoutMark(decoder.decode());
  if (rest) yield rest;
}

/** Whether the bytes are text in `encoding`, every slice of which `fits`, decoding one at a time. */
function isText(encoding: string, source: ByteSource, fits = (_: string) => true): boolean {
  try {
    for (const text of decodedSlices(encoding, source)) if (!fits(text)) return false;
    return true;
  } catch {
    return false;
  }
}

/** Where the first byte that is not UTF-8 is, for a message a person can act on. */
function firstBadByte(source: ByteSource): { line: number; byte: string } {
  // Read whole: the file is refused.
  const bytes = Buffer.concat([...byteSlices(source)]);
  const decoded = new TextDecoder('utf-8').decode(bytes);
  const before = decoded.slice(0, decoded.indexOf('\uFFFD'));
  const offset = new TextEncoder().encode(before).length;
  return {
    line: before.split('\n').length,
    byte: `0x${bytes[offset]!.toString(16).toUpperCase().padStart(2, '0')}`,
  };
}

export function decodeCsv(source: ByteSource): Decoded {
  const decoded = (encoding: string, name: string): Decoded => ({
    encoding: name,
    slices: () => decodedSlices(encoding, source),
  });
  const marked = (encoding: string, name: string): Decoded =>
    isText(encoding, source)
      ? decoded(encoding, name)
      : {
          line: 1,
          problem: `the file starts with a ${name} byte-order mark but is not ${name} text`,
        };
  const [first, second] = firstBytes(source, 2);
  if (first === 0xff && second === 0xfe) return marked('utf-16le', 'UTF-16LE');
  if (first === 0xfe && second === 0xff) return marked('utf-16be', 'UTF-16BE');
  if (isText('utf-8', source)) return decoded('utf-8', 'UTF-8');
  if (isText('gb18030', source, (text) => chineseText.test(text)))
    return decoded('gb18030', 'GB18030');
  const bad = firstBadByte(source);
  return {
    line: bad.line,
    problem: `the file is neither UTF-8 nor GB18030/GBK text (first at byte ${bad.byte}); save it as "CSV UTF-8" and import it again`,
  };
}

/** Text given a slice at a time with every line end (CRLF, CR, LF, mixed) made LF. */
export function* withLineFeeds(slices: Iterable<string>): Generator<string> {
  let carried = '';
  for (const slice of slices) {
    let text = carried + slice;
    // A CR at the end of a slice may be the first half of a CRLF split between two.
    carried = text.endsWith('\r') ? '\r' : '';
    if (carried) text = text.slice(0, -1);
    yield text.replace(/\r\n?/g, '\n');
  }
  if (carried) yield '\n';
}
