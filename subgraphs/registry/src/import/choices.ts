/**
 * The words a spreadsheet command is given: the kinds of record (columns.ts describes each) and the
 * import's modes. Apart from the import itself, so that `npm run import` and `npm run export` check
 * their arguments before loading it: a usage mistake answers in a fraction of a second, not two.
 */
export const importKindNames = ['institutions', 'social-workers', 'programs'] as const;
export type ImportKindName = (typeof importKindNames)[number];

/** The kinds as a person names them, in the messages an import prints. */
export const importKindWords: Record<ImportKindName, { zh: string; en: string }> = {
  institutions: { zh: '机构', en: 'institutions' },
  'social-workers': { zh: '社工', en: 'social workers' },
  programs: { zh: '项目', en: 'programmes' },
};

export const isImportKindName = (name: string | undefined): name is ImportKindName =>
  (importKindNames as readonly (string | undefined)[]).includes(name);

/**
 * The kind a person gives `--kind` as: its name (`social-workers`), its name as the messages say it
 * (`social workers`) or in Chinese (`社工`, `社会工作者`); the given text where it is none.
 */
export function importKindNamed(given: string | undefined): string | undefined {
  const typed = given?.trim().toLowerCase();
  if (!typed) return given;
  const found = importKindNames.find(
    (kind) =>
      kind === typed ||
      importKindWords[kind].en === typed ||
      importKindWords[kind].zh === typed ||
      (kind === 'social-workers' && typed === '社会工作者'),
  );
  return found ?? given;
}

/**
 * What an import does with a row that matches a record (by its `id`, else by its natural key):
 * `create` changes no record (a row that would change one is refused, with the mode that writes
 * it); `update` changes records named by id only; `upsert` changes the record it matches and
 * creates one when none matches.
 */
export const importModes = ['create', 'update', 'upsert'] as const;
export type ImportMode = (typeof importModes)[number];

/**
 * The kind a file's name says, in English or in Chinese, anywhere in it (`机构.xlsx`,
 * `social-workers-2026.csv`, `nx-institutions.xlsx`, `宁夏机构导出.csv`); none when it names two.
 */
export function kindOfFileName(path: string): ImportKindName | undefined {
  const name = path.replace(/^.*[\\/]/, '').toLowerCase();
  const names: [string, ImportKindName][] = [
    ['institutions', 'institutions'],
    ['social-workers', 'social-workers'],
    ['programs', 'programs'],
    ['机构', 'institutions'],
    ['社工站', 'institutions'],
    ['社工', 'social-workers'],
    ['项目', 'programs'],
  ];
  const found = names.filter(([word]) => name.includes(word));
  // A word inside a longer one found is not said: 社工站 names stations, not social workers.
  const said = new Set(
    found
      .filter(([word]) => !found.some(([longer]) => longer !== word && longer.includes(word)))
      .map(([, kind]) => kind),
  );
  return said.size === 1 ? [...said][0] : undefined;
}
