import { translate } from '../../../../shared/bilingual.js';
import { chineseFieldNames, figureFieldNames } from '../field-labels.js';
import { writeMessages } from './messages-zh.js';

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
  // A figure's fields in a figure's words (its periodStart is 统计起点, a programme's 开始时间).
  const names = path?.some((step) => String(step).endsWith('Figure'))
    ? figureFieldNames
    : chineseFieldNames;
  // An item of a list by the list's name: input.policy.issuers[0] is one of the 印发机关.
  const label =
    ofField &&
    names[
      ofField[1]!
        .replace(/\[\d+\]$/, '')
        .split('.')
        .at(-1)!
    ];
  const field = ofField ? (label ? `${label}（${ofField[1]}）：` : `${ofField[1]}：`) : '';
  return `${field}${chinese}${more ? `（另有 ${more} 个问题）` : ''}`;
}
