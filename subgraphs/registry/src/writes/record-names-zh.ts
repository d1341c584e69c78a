/** A kind of record as a write's message names it (`social worker`), in Chinese (`社工`). */
const record = (what: string) =>
  (
    ({
      institution: '机构',
      'social worker': '社工',
      programme: '项目',
      target: '目标',
      figure: '公开数据',
    }) as Record<string, string>
  )[what.toLowerCase()] ?? what;

/** A record as the API names it (`Institution NX-108`), in Chinese (`机构 NX-108`). */
export const named = String.raw`((?:[Ii]nstitution|[Ss]ocial worker|[Pp]rogramme|[Tt]arget|[Ff]igure) \S+)`;
export const recordOf = (text: string) =>
  text.replace(/^(\S+(?: worker)?) /, (_, what: string) => `${record(what)} `);
