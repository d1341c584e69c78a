import type { Problem } from './validation.js';

interface Named {
  name: string;
  nameEn?: string | null;
}

/**
 * An update that renames a record with an English name and leaves that English name as it was:
 * English pages would go on showing the former name beside the new Chinese one, and nobody would
 * be told. The update must say the English name too (the new one's, null to clear it, or the same
 * again where it still fits). A name written again at another width (社工站(街道) for 社工站（街道）)
 * is the same name, whose English still fits.
 */
export function staleEnglishName(changes: Partial<Named>, before: Named): Problem[] {
  if (changes.name == null || changes.nameEn !== undefined || before.nameEn == null) return [];
  if (changes.name.normalize('NFKC') === before.name.normalize('NFKC')) return [];
  return [
    {
      path: 'nameEn',
      message: `is still "${before.nameEn}", the English of the former name "${before.name}": with a new name, give its English name too, or clear the English name`,
    },
  ];
}
