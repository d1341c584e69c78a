import type { Catalog } from '../../shared/bilingual.js';

/**
 * The Chinese of what Apollo Server says of a request whose shape it cannot take (its method, its
 * body, its search parameters, its headers), of persisted queries and batching, and of GraphQL
 * Armor's and the gateway's plugins' refusals of a whole request.
 */
export const requests: Catalog = [
  [
    /^GraphQL operations must contain a non-empty `query` or a `persistedQuery` extension\./,
    () => '请求须含非空的 query，或 persistedQuery 扩展',
  ],
  [/^provided sha does not match query$/, () => '所给的 sha256Hash 与查询全文不符'],
  [/^Unsupported persisted query version$/, () => '不支持此版本的持久化查询'],
  [/^GraphQL introspection is not allowed/, () => '生产环境不开放内省查询（__schema、__type）'],
  [
    /^POST body missing, invalid Content-Type, or JSON object has no keys\./,
    () => 'POST 请求体缺失、Content-Type 无效，或 JSON 对象为空',
  ],
  [/^Operation batching disabled\./, () => '不支持在一个请求中批量发送多个操作'],
  [
    /^This operation has been blocked as a potential Cross-Site Request Forgery/,
    () =>
      '此请求可能是跨站请求伪造（CSRF），已被拦截：请带上 Content-Type 请求头（不能是 application/x-www-form-urlencoded、multipart/form-data 或 text/plain），或带上非空的 X-Apollo-Operation-Name 或 Apollo-Require-Preflight 请求头',
  ],
  [
    /^GET requests only support query operations, not (\w+) operations/,
    (operation) => `GET 请求只能执行查询（query），不能执行 ${operation}`,
  ],
  [
    /^The (\w+) search parameter contains invalid JSON\./,
    (name) => `网址参数 ${name} 不是有效的 JSON`,
  ],
  [/^Apollo Server supports only GET\/POST requests\./, () => '只接受 GET 或 POST 请求'],
  [/^GraphQL queries must be strings\./, () => 'query 须为字符串'],
  [
    /^`operationName` in a POST body must be a string if provided\./,
    () => 'POST 请求体中的 operationName 须为字符串',
  ],
  [
    /^`(variables|extensions)` in a POST body must be an object if provided\./,
    (name) => `POST 请求体中的 ${name} 须为 JSON 对象`,
  ],
  [
    /^`(variables|extensions)` in a POST body should be provided as an object, not a recursively JSON-encoded string\./,
    (name) => `POST 请求体中的 ${name} 须为 JSON 对象，不能是再编码成字符串的 JSON`,
  ],
  [
    /^The '(\w+)' search parameter may only be specified once\./,
    (name) => `网址参数 ${name} 只能出现一次`,
  ],
  [
    /^The (\w+) search parameter should contain a JSON-encoded object\./,
    (name) => `网址参数 ${name} 须为 JSON 编码的对象`,
  ],
  [
    /^GET requests may not have a content-type header other than application\/json\./,
    () => 'GET 请求的 Content-Type 只能是 application/json',
  ],
  [
    /^An 'accept' header was provided for this request which does not accept /,
    () => '请求的 Accept 头既不接受 application/json，也不接受 application/graphql-response+json',
  ],
  [
    /^Apollo server received an operation that uses incremental delivery/,
    () => '操作用了增量交付（@defer 或 @stream），但请求的 Accept 头不接受 multipart/mixed',
  ],
  [/^No operations found in request\./, () => '请求中没有操作'],
  [
    /^Cannot execute GraphQL operations (?:while the server is stopping|after the server has stopped)/,
    () => '网关正在停止，不再执行操作：请稍后重试',
  ],
];
