import { enumLabel, type Language } from './enum-labels.js';

/** What a target counts where its policy counts less than the indicator, as the API gives it. */
export interface TargetScope {
  kinds?: readonly string[] | null;
  program?: { name: string; nameEn?: string | null } | null;
}

/**
 * A target's scope in words, as the dashboard's cards and the report's 目标统计范围 say it:
 * 仅计：广西推进医疗机构社会工作实施方案; 机构类型：综合医院、专科医院. Null for the whole indicator.
 * Plain code: the dashboard's browser bundle imports it too.
 */
export function targetScopeText(
  scope: TargetScope | null | undefined,
  language: Language,
): string | null {
  if (!scope) return null;
  const zh = language === 'zh';
  const program =
    scope.program && (!zh && scope.program.nameEn ? scope.program.nameEn : scope.program.name);
  const kinds = (scope.kinds ?? []).map((kind) => enumLabel(kind, language)).join(zh ? '、' : ', ');
  const parts = [
    program && `${zh ? '仅计：' : 'Counts only: '}${program}`,
    kinds && `${zh ? '机构类型：' : 'Institution kinds: '}${kinds}`,
  ].filter(Boolean);
  return parts.length ? parts.join(zh ? '；' : '; ') : null;
}
