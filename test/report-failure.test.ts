import { describe, expect, it } from 'vitest';
import { failureInWords } from '../scripts/report/gateway-failure.js';

describe('why a report could not be made', () => {
  it("says the gateway's words each in its own language's sentence", () => {
    const error = new Error('查询有误：未知字段。The query is wrong: unknown field.');
    expect(failureInWords(error, 'http://127.0.0.1:4000/graphql')).toBe(
      '无法从 http://127.0.0.1:4000/graphql 取得报告：查询有误：未知字段。The report could not be made from http://127.0.0.1:4000/graphql: The query is wrong: unknown field.',
    );
  });
});
