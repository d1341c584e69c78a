import './cli-errors.js';
import { accessSync, constants, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { argumentsInWords } from './argument-words.js';
import { userInfo } from 'node:os';
import { refusedInActor } from './text-hygiene.js';

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** What every command's exit code means: done (or nothing to do), problems found, a usage mistake. */
export const exitCode = { done: 0, problems: 1, usage: 2 } as const;

type Values<Options extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<{ options: Options; strict: true; allowPositionals: false }>
>['values'];

/**
 * A usage mistake: what is wrong (in Chinese and English), then the usage; exit code 2. A function
 * declaration, so that TypeScript knows nothing runs after a call to it.
 */
export function usageError(usage: string, message?: string): never {
  console.error(message ? `${message}\n${usage}` : usage);
  process.exit(exitCode.usage);
}

/**
 * A command line program's options, parsed: an unknown option or a missing value is a usage mistake,
 * `--help` prints the usage. Usages say every line in Chinese and English.
 */
export function commandLine<const Options extends ParseArgsOptionsConfig>(
  usage: string,
  options: Options,
): Values<Options> {
  return commandArguments(usage, options).values;
}

/**
 * As `commandLine`, for a program that also takes up to `positionals` arguments without an option
 * (`npm run subgraph -- guangxi`); one more is a usage mistake.
 */
export function commandArguments<const Options extends ParseArgsOptionsConfig>(
  usage: string,
  options: Options,
  { positionals: most = 0 }: { positionals?: number } = {},
): { values: Values<Options>; positionals: string[] } {
  let parsed;
  try {
    parsed = parseArgs({
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: most > 0,
    });
  } catch (error) {
    return usageError(usage, argumentsInWords(error as Error));
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(exitCode.done);
  }
  if (parsed.positionals.length > most) {
    const extra = parsed.positionals.slice(most).join(' ');
    usageError(usage, `多余的参数 ${extra}。Unexpected argument ${extra}.`);
  }
  return { values: parsed.values as Values<Options>, positionals: parsed.positionals };
}

/**
 * A count given on the command line (`--scale 100000`, a bench's rows): a whole number above 0, or
 * a usage mistake that names it; `fallback` when not given.
 */
export function countArgument(
  usage: string,
  name: string,
  given: string | undefined,
  fallback: number,
): number {
  if (given === undefined || given === '') return fallback;
  if (!/^\d+$/.test(given) || Number(given) < 1)
    usageError(
      usage,
      `${name} 须为大于 0 的整数，不能是“${given}”。${name} must be a whole number above 0, not "${given}".`,
    );
  return Number(given);
}

/**
 * Who a tool acts for in the audit (`import:张三`): `--by`, or the system user. A `--by` holding a
 * character the audit must not hold raw (an invisible, control or private one, a line break) is a
 * usage mistake, said before any database is opened.
 */
export function actorOf(usage: string, tool: string, by: string | undefined): string {
  const found = by === undefined ? null : refusedInActor(by);
  if (found)
    usageError(
      usage,
      `--by 含 ${found}（不可见字符、控制字符、私用字符或换行）：它会记入审计，请去掉。--by holds ${found}, an invisible, control or private character or a line break: it is written to the audit; remove it.`,
    );
  return `${tool}:${by?.trim() || userInfo().username}`;
}

/**
 * A file's path as a person typed it, from the folder they ran the command in: `npm run` runs a
 * script from the project's root and says where the person was in INIT_CWD, so `--out g.dump`
 * typed in a sub-folder is written there, not beside package.json. Absolute, as logs record it.
 */
export const typedPath = (path: string): string =>
  resolve(process.env.INIT_CWD ?? process.cwd(), path);

/**
 * A file a command will write, checked before any work: its folder must exist and be writable, so
 * that a long export or report does not end in a system error after the work is done.
 */
export function outputFile(usage: string, typed: string): string {
  const path = typedPath(typed);
  const folder = dirname(path);
  let problem: { zh: string; en: string } | null = null;
  try {
    if (!statSync(folder).isDirectory())
      problem = { zh: `${folder} 不是文件夹`, en: `${folder} is not a folder` };
    else accessSync(folder, constants.W_OK);
  } catch (error) {
    problem =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? { zh: `文件夹 ${folder} 不存在`, en: `the folder ${folder} does not exist` }
        : { zh: `没有写入文件夹 ${folder} 的权限`, en: `no permission to write in ${folder}` };
  }
  if (problem)
    usageError(usage, `无法写入 ${typed}：${problem.zh}。Cannot write ${typed}: ${problem.en}.`);
  return path;
}

/** The format a file's name says by its extension, of those the command writes (`.xlsx`: xlsx). */
export function extensionFormat(file: string | undefined, formats: readonly string[]) {
  const extension = file?.match(/\.([^./\\]+)$/)?.[1]?.toLowerCase();
  return extension && formats.includes(extension) ? extension : undefined;
}

/**
 * Refuses a `--format` that the file's name contradicts: CSV text in a file named .xlsx is one a
 * spreadsheet cannot open, and the import refuses.
 */
export function refuseContradictedFormat(
  usage: string,
  format: string,
  file: string,
  extension: string | undefined,
): void {
  if (!extension || format === extension) return;
  const suffix = format === 'table' ? 'txt' : format;
  usageError(
    usage,
    `--format ${format} 与文件名 ${file} 的扩展名 .${extension} 不符：请改用以 .${suffix} 结尾的文件名，或去掉 --format（格式默认取扩展名）。--format ${format} contradicts the file name ${file}, which ends in .${extension}: end the name in .${suffix}, or leave --format out (the extension says the format).`,
  );
}
