import type { GraphQLFormattedError } from 'graphql';
import { translate, withChinese, type Catalog } from '../../shared/bilingual.js';
import { regionCodeWords } from './region-code-words.js';
import { requests } from './request-messages-zh.js';
import { validation } from './validation-messages-zh.js';

/**
 * The Chinese of what the gateway's libraries say in English: graphql-js's parser, validation and
 * coercion, Apollo Server, and GraphQL Armor. The gateway's own messages and the subgraphs' say
 * both where they are made; these cannot, so the gateway puts the Chinese before them on the way
 * out. A message not known here gets the Chinese of its code, which says that the English that
 * follows has the details, so that no caller reads an answer in English alone.
 */

/** What a scalar or an enum cannot represent. */
const scalars: Catalog = [
  // A region named as people name it (广西, Guangxi): the code it means, before graphql-js's words.
  // The value up to its closing quote: graphql-js may add `Did you mean the enum value "GX"?`.
  [/^Enum "RegionCode" cannot represent non-enum value: "([^"]*)"/, regionCodeWords],
  [/^Int cannot represent non-integer value/, () => 'Int 只能表示整数'],
  [/^Int cannot represent non 32-bit signed integer value/, () => 'Int 只能表示 32 位有符号整数'],
  [/^Float cannot represent non numeric value/, () => 'Float 只能表示数值'],
  [/^String cannot represent a non string value/, () => 'String 只能表示字符串'],
  [/^Boolean cannot represent a non boolean value/, () => 'Boolean 只能表示 true 或 false'],
  [/^ID cannot represent/, () => 'ID 只能表示字符串或整数'],
  [
    /^Enum "(.+?)" cannot represent non-(?:enum|string) value/,
    (type) => `枚举“${type}”只能取它的值之一`,
  ],
];

/** Why a value cannot be coerced: a scalar's, an enum's or an input object's words. */
const values: Catalog = [
  [/^Value "([^"]*)" does not exist in "RegionCode" enum\./, regionCodeWords],
  [
    /^Expected type "(.+?)"\. (.*)$/s,
    (type, why) => `应为类型“${type}”：${translate(scalars, why) ?? '详见后面的英文说明'}`,
  ],
  [/^Expected value of type "(.+?)", found /, (type) => `应为类型“${type}”的值`],
  [
    /^Value "(.+?)" does not exist in "(.+?)" enum\./,
    (value, type) => `枚举“${type}”中没有值“${value}”`,
  ],
  [
    /^Field "(.+?)" of required type "(.+?)" was not provided\./,
    (field, type) => `输入字段“${field}”（${type}）必填，但没有给出`,
  ],
  [
    /^Field "(.+?)" is not defined by type "(.+?)"\./,
    (field, type) => `类型“${type}”没有输入字段“${field}”`,
  ],
  ...scalars,
];

/** What follows "Syntax Error: ": the parser's words. */
const syntax: Catalog = [
  // The parser's own words only: what it found may be a caller's string, quoted in the English.
  [
    /^Expected (Name|"[^"]*"|<EOF>|[\w ]+?), found <EOF>/,
    (expected) => `查询意外结束，应为 ${expected}`,
  ],
  [/^Expected (Name|"[^"]*"|<EOF>|[\w ]+?), found /, (expected) => `应为 ${expected}`],
  [/^Unexpected <EOF>/, () => '查询意外结束'],
  [/^Unexpected character: /, () => '含有不应出现的字符'],
  [/^Unexpected /, () => '出现了不应出现的内容'],
  [/^Unterminated string/, () => '字符串没有结束引号'],
  [/^Invalid character escape sequence/, () => '字符串中的转义序列无效'],
  [/^Invalid (?:character|number)/, () => '含有无效的字符或数字'],
];

/** Limits that the parser and GraphQL Armor also report as a "Syntax Error: ". */
const limits: Catalog = [
  // graphql-js writes "more that".
  [
    /^Document contains more tha[nt] (\d+) tokens/,
    (max) => `查询超过 ${max} 个词法单元，已停止解析`,
  ],
  [/^Token limit of (\d+) exceeded/, (max) => `查询超过 ${max} 个词法单元`],
  [
    /^Query depth limit of (\d+) exceeded, found (\d+)/,
    (max, found) => `查询嵌套 ${found} 层，超过上限 ${max} 层`,
  ],
  [
    /^Aliases limit of (\d+) exceeded, found (\d+)/,
    (max, found) => `查询有 ${found} 个别名，超过上限 ${max} 个`,
  ],
  [
    /^Directives limit of (\d+) exceeded, found (\d+)/,
    (max, found) => `查询有 ${found} 个指令，超过上限 ${max} 个`,
  ],
];

const libraries: Catalog = [
  [
    /^Syntax Error: (.*)$/s,
    (detail) => {
      const limit = translate(limits, detail);
      if (limit) return limit;
      const known = translate(syntax, detail);
      return `查询有语法错误${known ? `：${known}` : ''}`;
    },
  ],
  // The value, as graphql-js writes it, may hold anything: the reason is found at the end.
  [
    /^Variable "(\$\w+)" got invalid value .*?(?: at "(\$[\w.[\]]+)")?; ((?:Expected|Value|Field|Int|Float|String|Boolean|ID|Enum) .*)$/s,
    (variable, at, why) =>
      `变量“${at || variable}”的值无效：${translate(values, why) ?? '详见后面的英文说明'}`,
  ],
  ...validation,
  ...requests,
  ...values,
];

/** The Chinese of a code, for a message this catalog does not know. */
const ofCode: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: '查询无法解析',
  GRAPHQL_VALIDATION_FAILED: '查询不符合本接口的架构',
  BAD_USER_INPUT: '参数有误',
  BAD_REQUEST: '请求有误',
  OPERATION_RESOLUTION_FAILURE: '无法确定要执行的操作',
  QUERY_TOO_COMPLEX: '查询超出限制',
  UNAUTHENTICATED: '身份验证未通过',
  FORBIDDEN: '无权执行此操作',
  NOT_FOUND: '找不到所请求的内容',
  CONFLICT: '与现有数据冲突',
  DATABASE_UNAVAILABLE: '数据库暂不可用，请稍后重试',
  AUTH_UNAVAILABLE: '暂时无法验证令牌，请稍后重试',
  SUBGRAPH_UNAVAILABLE: '无法连接子图',
  SUBGRAPH_TIMEOUT: '子图未及时应答',
  INTERNAL_SERVER_ERROR: '内部错误',
};

/**
 * Errors whose message is a signal of the protocol, which clients compare word for word: Apollo
 * Kotlin, Apollo iOS and older Apollo Clients send the query again, after `PersistedQueryNotFound`,
 * only when the message is exactly that. Nobody reads them; they keep their English alone.
 */
const protocolSignals = new Set(['PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED']);

/** The error as the gateway answers it: its message in Chinese, then in English. */
export function inChineseToo(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  if (protocolSignals.has(code)) return formatted;
  return withChinese(
    formatted,
    (message) =>
      translate(libraries, message) ?? `${ofCode[code] ?? '请求未能完成'}（详见后面的英文说明）`,
  );
}
