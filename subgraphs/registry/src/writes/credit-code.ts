/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from 31 (digits
 * and capitals without I, O, Z, S, V), the last a check character over the first 17.
 */
const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function creditCodeCheckCharacter(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = alphabet.indexOf(first17[i] ?? '');
    if (value < 0) return null;
    sum += value * weights[i]!;
  }
  return alphabet[(31 - (sum % 31)) % 31]!;
}

/** Null when the code is valid, otherwise what is wrong with it, in words a person can act on. */
export function creditCodeProblem(code: string): string | null {
  if (code.length !== 18) return `must be 18 characters, not ${code.length}`;
  const bad = [...code].find((ch) => !alphabet.includes(ch));
  if (bad) return `contains "${bad}": only digits and the capitals ${alphabet.slice(10)} are used`;
  const expected = creditCodeCheckCharacter(code.slice(0, 17));
  return expected === code[17]
    ? null
    : `check character is "${code[17]}" but the first 17 characters give "${expected}": a character was mistyped`;
}
