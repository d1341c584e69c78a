import type { Catalog } from '../../../../shared/bilingual.js';

/** The Chinese of the programme column's problems (program-references.ts), part of the import's messages. */
export const programMessages: Catalog = [
  [
    /^must not be written as a record id \(NX-12\): the social workers' programme column would read it as that record$/,
    () => '不能写成记录编号的样子（如 NX-12）：社工文件的“所属项目”列会把它读作该记录',
  ],
  [
    /^no programme of this registry has the key or id (.+)$/s,
    (cell) => `本登记库没有项目编号或记录编号为 ${cell} 的项目`,
  ],
  [
    /^the programme (.+) was withdrawn: a withdrawn programme places no worker$/s,
    (cell) => `项目 ${cell} 已撤回：已撤回的项目不能派驻社工`,
  ],
  [
    /^(.+) names two programmes, (\S+) by its key and (\S+) by its id: write \2 for the first, or #\3 for the second \(after #, a record id is never read as a key\)$/s,
    (cell, byKey, byId) =>
      `${cell} 同时指向两个项目：按项目编号为 ${byKey}，按记录编号为 ${byId}：指前者请写 ${byKey}，指后者请写 #${byId}（# 后的记录编号不会被读作项目编号）`,
  ],
];
