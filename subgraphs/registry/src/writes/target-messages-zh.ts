import type { Catalog } from '../../../../shared/bilingual.js';

/**
 * The Chinese of the messages of a target's write (`setTarget`): its version, its source's sentence,
 * and its policy's title, issuers and count of them. Part of writeMessages (messages-zh.ts).
 */
export const targetMessages: Catalog = [
  [
    /^a new target has no version: give input\.id to revise one$/,
    () => '新目标没有版本号：修订已有目标请给出 input.id',
  ],
  [/^revising a target needs the version you read$/, () => '修订目标须给出读取时的版本号'],
  [
    /^a revision that gives a source gives the sentence of it that sets the target, too$/,
    () => '修订时给出来源的，须同时给出该来源中设定目标的原文语句',
  ],
  [
    /^must give one English name for each issuer \((\d+)\), in the same order$/,
    (count) => `须与印发机关逐一对应、顺序相同，即给出 ${count} 个英文名称`,
  ],
  [
    /^must not be fewer than the issuers named \((\d+)\)$/,
    (count) => `不能少于所列印发机关的个数（${count}）`,
  ],
  [
    /^a title is made from the text \(titleConstructed\) or cited by another page \(titleCitedIn\), not both$/,
    () => '标题或据正文拟定（titleConstructed），或为另一文件所引（titleCitedIn），不能两者兼是',
  ],
  [
    /^source (\S+) is not known: titleCitedIn is a source of this registry, the page that prints the title$/,
    (id) => `来源 ${id} 不存在：titleCitedIn 须为本登记库中印有该标题的来源`,
  ],
];
