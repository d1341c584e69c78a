import { translate } from '../../../../shared/bilingual.js';
import { chineseFieldNames, chineseHeadersOfKind, figureFieldNames } from '../field-labels.js';
import { writeMessages } from './messages-zh.js';

/**
 * The kind of record a mutation writes, as the import names it, read off the mutation's name as a
 * figure's is (createInstitution, transferSocialWorker, updateProgram): a new mutation of a record
 * is named without a list to keep.
 */
const kindOfRecord: Record<string, string> = {
  Institution: 'institutions',
  SocialWorker: 'social-workers',
  Program: 'programs',
};
const kindOfMutation = (step: string | number) =>
  kindOfRecord[/(Institution|SocialWorker|Program)$/.exec(String(step))?.[1] ?? ''];

/**
 * The Chinese of a mutation's message, as the subgraph answers it: `input.name: must not be empty
 * (and 2 more problems)`, a field's path before the validation's message, and how many problems
 * follow the first. The field is named as the import's headers name it, its path after it
 * (`统一社会信用代码（input.creditCode）：…`), where it has such a name.
 */
export function apiMessageInChinese(
  message: string,
  path?: readonly (string | number)[],
): string | null {
  const [, body, more] = /^(.*?)(?: \(and (\d+) more problems\))?$/s.exec(message)!;
  const ofField = /^([A-Za-z][\w.[\]]*): (.*)$/s.exec(body!);
  const chinese = translate(writeMessages, ofField ? ofField[2]! : body!);
  if (!chinese) return null;
  // An item of a list by the list's name: input.policy.issuers[0] is one of the 印发机关.
  const field = ofField?.[1]!
    .replace(/\[\d+\]$/, '')
    .split('.')
    .at(-1);
  // An institution's, a worker's and a programme's fields as their kind's headers say them (a
  // worker's name is 姓名, an institution's 机构名称); a figure's in a figure's words (its
  // periodStart is 统计起点, a programme's 开始时间).
  const kind = path?.map(kindOfMutation).find(Boolean);
  const names = path?.some((step) => String(step).endsWith('Figure'))
    ? figureFieldNames
    : chineseFieldNames;
  const label = field && ((kind && chineseHeadersOfKind[kind]?.[field]) ?? names[field]);
  const named = ofField ? (label ? `${label}（${ofField[1]}）：` : `${ofField[1]}：`) : '';
  return `${named}${chinese}${more ? `（另有 ${more} 个问题）` : ''}`;
}
