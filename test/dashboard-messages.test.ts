import { describe, expect, it } from 'vitest';
import { messageIn } from '../gateway/dashboard/src/language.js';

/** The dashboard shows an error in its page's language, of the two the API says it in. */
describe("an error's message on the dashboard", () => {
  const unreachable = '无法连接天津市登记库子图。The Tianjin subgraph is unreachable.';

  it('is the Chinese on a Chinese page and the English on an English one', () => {
    expect(messageIn(unreachable, 'zh')).toBe('无法连接天津市登记库子图。');
    expect(messageIn(unreachable, 'en')).toBe('The Tianjin subgraph is unreachable.');
  });

  it('is shown whole when its Chinese only points to the English, or it is not split', () => {
    const unknown = '内部错误（详见后面的英文说明）。connect ECONNREFUSED';
    expect(messageIn(unknown, 'zh')).toBe(unknown);
    expect(messageIn('Failed to fetch', 'zh')).toBe('Failed to fetch');
  });

  it('is split where its Chinese ends, not at a 。 the English quotes', () => {
    const quoting = '类型“Query”没有字段“名称。”。Cannot query field "名称。" on type "Query".';
    expect(messageIn(quoting, 'en')).toBe('Cannot query field "名称。" on type "Query".');
    expect(messageIn(quoting, 'zh')).toBe('类型“Query”没有字段“名称。”。');
  });
});
