import type { Catalog } from '../../shared/bilingual.js';

/**
 * The Chinese of what graphql-js says of a document that does not fit the schema: every message
 * its validation rules (`specifiedRules`) make, and those of choosing the operation to run and of
 * its variables. The names and values a message quotes are said again in the Chinese.
 */

/** What graphql-js names that there can be only one of. */
const definitions: Record<string, string> = {
  operation: '操作',
  fragment: '片段',
  argument: '参数',
  variable: '变量',
  directive: '指令',
  'input field': '输入字段',
};

/** Where a directive may stand (graphql-js's `DirectiveLocation`), in Chinese. */
const locations: Record<string, string> = {
  QUERY: '查询操作',
  MUTATION: '变更操作',
  SUBSCRIPTION: '订阅操作',
  FIELD: '字段',
  FRAGMENT_DEFINITION: '片段定义',
  FRAGMENT_SPREAD: '片段展开',
  INLINE_FRAGMENT: '内联片段',
  VARIABLE_DEFINITION: '变量定义',
};

/** What a subscription is told, by its name or as an anonymous one. */
const subscription = (name: string) => (name ? `订阅操作“${name}”` : '匿名订阅操作');

export const validation: Catalog = [
  [
    /^Cannot query field "(.+?)" on type "(.+?)"\./,
    (field, type) => `类型“${type}”没有字段“${field}”`,
  ],
  [
    /^Unknown argument "(.+?)" on field "(.+?)"\./,
    (argument, field) => `字段“${field}”没有参数“${argument}”`,
  ],
  [
    /^Unknown argument "(.+?)" on directive "(.+?)"\./,
    (argument, directive) => `指令“${directive}”没有参数“${argument}”`,
  ],
  [/^Unknown type "(.+?)"\./, (type) => `本接口没有类型“${type}”`],
  [/^Unknown fragment "(.+?)"\./, (name) => `没有名为“${name}”的片段`],
  [/^Unknown directive "(.+?)"\./, (name) => `本接口没有指令“${name}”`],
  [/^Unknown operation named "(.+?)"\./, (name) => `查询中没有名为“${name}”的操作`],
  [
    /^Field "(.+?)" of type "(.+?)" must have a selection of subfields\./,
    (field, type) => `字段“${field}”的类型为“${type}”，须列出要取的子字段`,
  ],
  [
    /^Field "(.+?)" must not have a selection since type "(.+?)" has no subfields\./,
    (field, type) => `字段“${field}”的类型“${type}”没有子字段，不能列出子字段`,
  ],
  [
    /^Field "(.+?)" argument "(.+?)" of type "(.+?)" is required, but it was not provided\./,
    (field, argument, type) => `字段“${field}”的参数“${argument}”（${type}）必填，但没有给出`,
  ],
  [
    /^Variable "(.+?)" of required type "(.+?)" was not provided\./,
    (variable, type) => `变量“${variable}”（${type}）必填，但没有给出`,
  ],
  [
    /^Variable "(.+?)" of non-null type "(.+?)" must not be null\./,
    (variable, type) => `变量“${variable}”（${type}）不能为 null`,
  ],
  [
    /^Variable "(.+?)" of type "(.+?)" used in position expecting type "(.+?)"\./,
    (variable, type, expected) =>
      `变量“${variable}”的类型“${type}”与此处要求的类型“${expected}”不符`,
  ],
  [
    /^Variable "(.+?)" is never used in operation "(.+?)"\./,
    (variable, operation) => `变量“${variable}”在操作“${operation}”中声明了但没有使用`,
  ],
  [/^Variable "(.+?)" is never used/, (variable) => `变量“${variable}”声明了但没有使用`],
  [
    /^Variable "(.+?)" is not defined by operation "(.+?)"\./,
    (variable, operation) => `变量“${variable}”没有在操作“${operation}”中声明`,
  ],
  [/^Variable "(.+?)" is not defined/, (variable) => `变量“${variable}”没有声明`],
  [/^Fragment "(.+?)" is never used\./, (name) => `片段“${name}”定义了但没有使用`],
  [
    /^There can be only one (operation|fragment|argument|variable|directive|input field) named "(.+?)"\./,
    (what, name) => `名为“${name}”的${definitions[what] ?? what}只能有一个`,
  ],
  [
    /^Directive "(.+?)" argument "(.+?)" of type "(.+?)" is required, but it was not provided\./,
    (directive, argument, type) =>
      `指令“${directive}”的参数“${argument}”（${type}）必填，但没有给出`,
  ],
  [
    /^This anonymous operation must be the only defined operation\./,
    () => '匿名操作须是查询中唯一的操作',
  ],
  [/^Fields "(.+?)" conflict because/, (field) => `字段“${field}”的几处请求互相冲突`],
  [
    /^The (?:"(.+?)"|(\w+)) definition is not executable\./,
    (name, kind) =>
      `${name ? `“${name}”` : `${kind} `}定义不可执行：查询中只能写操作（query、mutation）和片段（fragment）`,
  ],
  [
    /^Fragment (?:"(.+?)" )?cannot condition on non composite type "(.+?)"\./,
    (name, type) =>
      `${name ? `片段“${name}”` : '内联片段'}的类型条件“${type}”不是对象、接口或联合类型`,
  ],
  [
    /^Variable "(.+?)" cannot be non-input type "(.+?)"\./,
    (variable, type) =>
      `变量“${variable}”的类型“${type}”不是输入类型：变量只能是标量、枚举或输入对象类型`,
  ],
  [
    /^Field "(.+?)" of type "(.+?)" must have at least one field selected\./,
    (field, type) => `字段“${field}”的类型为“${type}”，须至少列出一个子字段`,
  ],
  [
    /^Directive "(.+?)" may not be used on (\w+)\./,
    (directive, location) =>
      `指令“${directive}”不能用在${locations[location] ?? location}（${location}）上`,
  ],
  [
    /^The directive "(.+?)" can only be used once at this location\./,
    (directive) => `指令“${directive}”在同一位置只能用一次`,
  ],
  [
    /^Cannot spread fragment "(.+?)" within itself(?: via (.+))?\./,
    (name, via) =>
      `片段“${name}”${via ? `经由${via.replace(/"([^"]*)"/g, '“$1”').replace(/, /g, '、')}` : ''}展开了它自己：片段不能循环展开`,
  ],
  [
    /^Fragment (?:"(.+?)" )?cannot be spread here as objects of type "(.+?)" can never be of type "(.+?)"\./,
    (name, parent, type) =>
      `${name ? `片段“${name}”` : '内联片段'}不能在此展开：类型“${parent}”的对象永远不会是类型“${type}”`,
  ],
  [
    /^(?:Subscription "(.+?)"|Anonymous Subscription) must select only one top level field\./,
    (name) => `${subscription(name)}只能选取一个顶层字段`,
  ],
  [
    /^(?:Subscription "(.+?)"|Anonymous Subscription) must not select an introspection top level field\./,
    (name) => `${subscription(name)}不能以内省字段为顶层字段`,
  ],
  [
    /^OneOf Input Object "(.+?)" must specify exactly one key\./,
    (type) => `输入对象“${type}”（@oneOf）须恰好给出一个字段`,
  ],
  [/^Field "(.+?)" must be non-null\./, (field) => `@oneOf 输入对象的字段“${field}”不能为 null`],
  [
    /^Variable "(.+?)" is of type "(.+?)" but must be non-nullable to be used for OneOf Input Object "(.+?)"\./,
    (variable, type, object) =>
      `变量“${variable}”的类型“${type}”可为 null：用于 @oneOf 输入对象“${object}”的变量须为非空类型`,
  ],
  [/^Maximum introspection depth exceeded/, () => '内省查询嵌套过深'],
  [
    /^Must provide operation name if query contains multiple operations\./,
    () => '查询中有多个操作：请以 operationName 指明执行哪一个',
  ],
  [/^Must provide an operation\./, () => '查询中没有操作'],
  [
    /^Schema is not configured (?:to execute (\w+) operation|for (mutations|subscriptions))\./,
    (operation, plural) => `本接口不支持 ${operation || plural} 操作`,
  ],
];
