import { expect, it } from 'vitest';
import { inWords } from '../shared/fatal-errors.js';

it("says in Chinese first that a database takes no connection now, whichever PostgreSQL's reason", () => {
  for (const [code, message] of [
    ['55000', 'database "registry_guangxi" is not currently accepting connections'],
    ['53300', 'sorry, too many clients already'],
    ['57P03', 'the database system is starting up'],
    ['08006', 'connection failure'],
  ]) {
    const said = inWords(Object.assign(new Error(message), { code }));
    expect(said, code).toBe(
      `数据库暂时不接受连接（可能正在恢复、维护、启动或连接数已满）：请稍后重试，或询问其管理员。${message}`,
    );
  }
  // 55000 is more than a closed database: said by its words.
  expect(
    inWords(
      Object.assign(new Error('currval of sequence "s" is not yet defined'), { code: '55000' }),
    ),
  ).toBe('currval of sequence "s" is not yet defined');
  // One it knows no words for is its message alone.
  expect(inWords(Object.assign(new Error('deadlock detected'), { code: '40P01' }))).toBe(
    'deadlock detected',
  );
});
