import { ConfigError } from './config.js';
import { oneLine } from './one-line.js';

/**
 * An error's message, in Chinese first where it is one a person can act on without the code
 * (a server that does not answer, a database that is not there).
 */
function inWords(error: unknown): string {
  const { code, address, port } = (error ?? {}) as {
    code?: string;
    address?: string;
    port?: number;
  };
  const where = address ? `${address}${port ? `:${port}` : ''}` : '';
  if (code === 'ECONNREFUSED')
    return `无法连接 ${where}：那里没有服务器在运行，或地址有误（DATABASE_URL，或 npm start 是否在运行）。${oneLine(error)}`;
  if (code === 'ENOTFOUND') return `找不到主机：请检查地址（DATABASE_URL）。${oneLine(error)}`;
  if (code === '28P01' || code === '28000')
    return `数据库拒绝了登录：请检查 DATABASE_URL 中的用户名和密码。${oneLine(error)}`;
  if (code === '3D000')
    return `数据库不存在：请检查 DATABASE_URL，或先运行 npm start 以创建各地区的数据库。${oneLine(error)}`;
  return oneLine(error);
}

/**
 * Ends the program on an error nothing caught: a variable it cannot use, found while a service is
 * built, as `configOrExit` does (its one line, exit code 2, a configuration mistake); any other in
 * one line, its message, with its stack trace after it where `trace` (exit code 1).
 */
export function endOnErrors({ trace }: { trace: boolean }): void {
  const fail = (error: unknown) => {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    console.error(trace ? error : `错误 Error: ${inWords(error)}`);
    process.exit(1);
  };
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
}
