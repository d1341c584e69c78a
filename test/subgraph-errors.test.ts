import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { subgraphErrorFormatter } from '../subgraphs/common/postgres-errors.js';

/** An error as a resolver throws it: a pg error wrapped by graphql-js as a located GraphQLError. */
const thrown = (original: { code: string; message: string }) =>
  new GraphQLError(original.message, {
    path: ['beijing', 'institutions'],
    originalError: Object.assign(new Error(original.message), original),
  });
const format = subgraphErrorFormatter('beijing');

describe('what a subgraph says of the errors of its database', () => {
  it.each([
    ['22P02', 'invalid input syntax for type bigint: "x"'],
    ['22003', 'value "9999999999999999999" is out of range for type bigint'],
    ['22021', 'invalid byte sequence for encoding "UTF8": 0x00'],
    ['22007', 'invalid input syntax for type timestamp with time zone: "1"'],
  ])("calls a value PostgreSQL refuses (%s) the caller's BAD_USER_INPUT", (code, message) => {
    const error = thrown({ code, message });
    expect(format({ message, path: error.path }, error)).toEqual({
      message: `北京市登记库子图无法读取此请求中的一个值（${message}）：请检查此字段的参数。A value of this request cannot be read by the Beijing subgraph (${message}); check the arguments of this field.`,
      path: ['beijing', 'institutions'],
      extensions: { code: 'BAD_USER_INPUT', serviceName: 'beijing' },
    });
  });

  it.each([
    ['42P01', 'relation "institutions" does not exist'],
    // A statement sent wrong is the registry's bug, not an outage a retry waits out.
    ['08P01', 'bind message supplies 3 parameters, but prepared statement "" requires 2'],
  ])(
    'keeps any other database error (%s) as it is, for production masking to hide',
    (code, message) => {
      const error = thrown({ code, message });
      const formatted = {
        message: error.message,
        path: error.path,
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      };
      expect(format(formatted, error)).toBe(formatted);
    },
  );

  it('says the database is unavailable when it cannot be reached', () => {
    const error = thrown({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' });
    expect(format({ message: error.message }, error).extensions).toEqual({
      code: 'DATABASE_UNAVAILABLE',
      serviceName: 'beijing',
    });
  });

  it.each([
    ['55000', 'database "registry_beijing" is not currently accepting connections'],
    ['53300', 'sorry, too many clients already'],
    ['3D000', 'database "registry_beijing" does not exist'],
    ['57P01', 'terminating connection due to administrator command'],
    ['57P03', 'the database system is starting up'],
    ['08006', 'connection failure'],
  ])('calls an outage of the database (%s) DATABASE_UNAVAILABLE', (code, message) => {
    const error = thrown({ code, message });
    expect(format({ message, path: error.path }, error)).toEqual({
      message:
        "北京市登记库子图的数据库暂不可用，请稍后重试。The Beijing subgraph's database is unavailable; retry in a moment.",
      path: ['beijing', 'institutions'],
      extensions: { code: 'DATABASE_UNAVAILABLE', serviceName: 'beijing' },
    });
  });
});
