import type { Language } from '../../../../shared/enum-labels.js';
import { headerOf } from './labels.js';

/**
 * The sheet of notes of an exported workbook, after its sheet of records (an import reads the first
 * sheet alone): what the columns the registry sets say, of social workers what their programme's
 * cell does cleared or left out, and, of programmes, that a scheme's funding already includes its
 * projects', so that a team adding up the file counts demo rows knowingly and no money twice. A CSV file has no place for them; its columns are the workbook's.
 */
export function exportNotes(kindName: string, language: Language): string[][] {
  const header = (column: string) => headerOf(kindName, column, language);
  const zh = language === 'zh';
  const notes = [
    [
      header('provenance'),
      zh
        ? '只读，由登记库设定：已公布＝来自公开报道；登记＝本地区登记；演示＝为演示生成的数据，不是真实记录，合计时应剔除。修改此列的行不会被导入。'
        : 'Read-only, set by the registry: PUBLISHED is from a published document, REGISTERED registered by the region, DEMO generated for demonstration, no real record: leave it out of any total. A row whose cell is changed is not imported.',
    ],
  ];
  if (kindName === 'social-workers')
    notes.push([
      header('programKey'),
      zh
        ? '派驻该社工的项目的项目编号，项目没有项目编号的为其记录编号（另有项目以该记录编号为项目编号的，写作 #NX-12，# 后只按记录编号查找）。清空此格后导入，即将该社工移出该项目；删去此列后导入，则各社工的项目不变。'
        : "The key of the programme that placed the worker, or its record id where it has no key (#NX-12 where another programme's key is that record id: after #, only record ids are looked up). Imported with the cell cleared, the worker comes off the programme; imported without the column, every worker's programme stays as it is.",
    ]);
  if (kindName === 'programs')
    notes.push(
      [
        header('parent'),
        zh
          ? '只读，由登记库设定：该项目所属计划的记录编号（见第一列）。修改此列的行不会被导入。'
          : 'Read-only, set by the registry: the record id (first column) of the scheme the programme belongs to. A row whose cell is changed is not imported.',
      ],
      [
        header('fundingYuan'),
        zh
          ? `计划的资金已包含${header('parent')}为该计划的各项目的资金：合计时只计其一，不可相加。`
          : `A scheme's funding already includes that of the programmes whose ${header('parent')} it is: add up one or the other, never both.`,
      ],
    );
  return [zh ? ['列', '说明'] : ['column', 'note'], ...notes];
}
