import { ConfigError } from './config.js';
import { oneLine } from './one-line.js';
import { stoppingOnSignal } from './shutdown.js';

/**
 * An error's message, in Chinese first where it is one a person can act on without the code
 * (a server that does not answer, a database that is not there).
 */
export function inWords(error: unknown): string {
  // Node tries each address of a host that has two (localhost: ::1 and 127.0.0.1) and gives up with
  // an AggregateError of no message: its first attempt says what failed.
  if (error instanceof AggregateError && error.errors.length) return inWords(error.errors[0]);
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
  // The database is there but takes no connection now: closed to them (a restore, an operator),
  // full, starting or stopping, or the connection broke. 55000 is more besides (a sequence's
  // currval not yet defined), so by its words.
  const closed =
    code === '55000' && /not currently accepting connections/.test((error as Error).message ?? '');
  if (closed || code === '57P03' || code === '53300' || code?.startsWith('08'))
    return `数据库暂时不接受连接（可能正在恢复、维护、启动或连接数已满）：请稍后重试，或询问其管理员。${oneLine(error)}`;
  return oneLine(error);
}

/**
 * An error of a database connection that a stop ended: PostgreSQL shutting down (57P01, 57P02,
 * 57P03) or the connection gone under the query.
 */
function endedByStop(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  return (
    ['57P01', '57P02', '57P03', 'ECONNRESET', 'EPIPE'].includes(code ?? '') ||
    /Connection terminated/i.test(message ?? '')
  );
}

let registered = false;

/**
 * Ends the program on an error nothing caught: a variable it cannot use, found while a service is
 * built, as `configOrExit` does (its one line, exit code 2, a configuration mistake); any other in
 * one line, its message, then where `trace` the error with its stack trace (exit code 1). The
 * first call stands: a tool that imports a module of the servers (shared/cli.ts imports
 * cli-errors.ts) keeps its own choice, and no second handler speaks before it.
 */
export function endOnErrors({ trace }: { trace: boolean }): void {
  if (registered) return;
  registered = true;
  const fail = (error: unknown) => {
    // A signal is stopping the program, and its exit code stands: a connection the stop ended under
    // a query is expected and said by none; anything else is said, in one line.
    if (stoppingOnSignal()) {
      if (!endedByStop(error)) console.error(`停止时出错 Error while stopping: ${inWords(error)}`);
      return;
    }
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    console.error(`错误 Error: ${inWords(error)}`);
    if (trace) console.error(error);
    process.exit(1);
  };
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
}
