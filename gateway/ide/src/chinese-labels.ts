/**
 * GraphiQL's own words (its buttons, tabs, tooltips and dialogs), said in Chinese first, then in
 * English. GraphiQL has no localisation: its words are rewritten in the page where it renders them,
 * as text and in the attributes a reader or a screen reader reads. The editors (Monaco), the tabs'
 * operation names and the schema's names are left alone: they are the caller's and the schema's.
 */
const chinese: Record<string, string> = {
  // The editor tools and the toolbar.
  Variables: '变量',
  Headers: '请求头',
  'Prettify query (Shift-Ctrl-P)': '格式化查询（Shift-Ctrl-P）',
  'Merge fragments into query (Shift-Ctrl-M)': '将片段合并到查询中（Shift-Ctrl-M）',
  'Copy query (Shift-Ctrl-C)': '复制查询（Shift-Ctrl-C）',
  'Re-fetch GraphQL schema (Shift-Ctrl-R)': '重新获取 GraphQL 架构（Shift-Ctrl-R）',
  'Show editor tools': '显示编辑器工具',
  'Hide editor tools': '隐藏编辑器工具',
  'New tab': '新建标签页',
  'Close Tab': '关闭标签页',
  'Select active operation': '选择要执行的操作',
  'Operation Editor': '操作编辑器',
  'Result Window': '结果窗口',
  'Editor Commands': '编辑器命令',
  // The sidebar and its plugins.
  'Show Documentation Explorer': '显示文档浏览器',
  'Hide Documentation Explorer': '隐藏文档浏览器',
  'Documentation Explorer': '文档浏览器',
  Docs: '文档',
  'Show History': '显示历史记录',
  'Hide History': '隐藏历史记录',
  History: '历史记录',
  Clear: '清除',
  'Add favorite': '收藏',
  'Remove favorite': '取消收藏',
  'Edit label': '编辑名称',
  'Type a label': '输入名称',
  'Delete from history': '从历史记录中删除',
  'Search Docs...': '搜索文档…',
  'Root Types': '根类型',
  'All Schema Types': '全部类型',
  'A GraphQL schema provides a root type for each kind of operation.':
    'GraphQL 架构为每种操作提供一个根类型。',
  Fields: '字段',
  Arguments: '参数',
  Type: '类型',
  Implements: '实现',
  'Enum Values': '枚举值',
  Directives: '指令',
  Deprecated: '已弃用',
  'Deprecated Fields': '已弃用的字段',
  'Deprecated Arguments': '已弃用的参数',
  'Deprecated Enum Values': '已弃用的枚举值',
  'Show Deprecated Fields': '显示已弃用的字段',
  'Show Deprecated Arguments': '显示已弃用的参数',
  'Show Deprecated Values': '显示已弃用的值',
  'No results found': '未找到结果',
  'Other results': '其他结果',
  'No GraphQL schema available': '没有可用的 GraphQL 架构',
  'Error fetching schema': '获取架构出错',
  // The settings dialog.
  'Open settings dialog': '打开设置',
  Settings: '设置',
  'This modal lets you adjust header persistence, interface theme, and clear local storage.':
    '在此可设置是否保留请求头、界面主题，并清除本地存储。',
  'Persist headers': '保留请求头',
  'Save headers upon reloading.': '重新加载页面时保留请求头。',
  'Only enable if you trust this device.': '仅在信任此设备时开启。',
  On: '开',
  Off: '关',
  Theme: '主题',
  'Adjust how the interface appears.': '调整界面外观。',
  System: '跟随系统',
  Light: '浅色',
  Dark: '深色',
  'Clear storage': '清除存储',
  'Remove all locally stored data and start fresh.': '删除本地存储的全部数据，从头开始。',
  'Clear data': '清除数据',
  'Cleared data': '已清除',
  'Close dialog': '关闭对话框',
  // The short keys dialog. Its paragraph on Monaco comes in pieces: the first says it all.
  'Open short keys dialog': '打开快捷键列表',
  'This Graph':
    '此 GraphiQL 编辑器使用 Monaco 编辑器的快捷键，按键与 VS Code 相近，完整列表见本段中 macOS 和 Windows 的链接。',
  'Short Keys': '快捷键',
  'Short Key': '快捷键',
  Function: '功能',
  'This modal provides a list of available keyboard shortcuts and their functions.':
    '此处列出可用的键盘快捷键及其功能。',
  'Search in editor': '在编辑器中搜索',
  'Search in documentation': '在文档中搜索',
  'Execute query': '执行查询',
  'Prettify editors': '格式化编辑器内容',
  'Merge fragments definitions into operation definition': '将片段定义合并到操作定义中',
  'Copy query': '复制查询',
  'Re-fetch schema using introspection': '通过内省重新获取架构',
  'Open the Command Palette (you must have focus in the editor)':
    '打开命令面板（须先将焦点置于编辑器中）',
};

/** GraphiQL's words that hold a name of the schema, or a key of the system. */
const patterns: [RegExp, (...groups: string[]) => string][] = [
  [/^Search (.+)\.\.\.$/, (name) => `搜索 ${name}…`],
  [/^Go back to (.+)$/, (name) => `返回 ${name}`],
  // The run button: Ctrl or Cmd by the system, Stop while a query runs.
  [
    /^(Execute|Stop) query \((.+)\)$/,
    (verb, keys) => `${verb === 'Stop' ? '停止' : '执行'}查询（${keys}）`,
  ],
];

const attributes = ['title', 'aria-label', 'placeholder'];

/** Chinese, then the English: a sentence's 。 is followed at once, a label's words after a space. */
export function inChinese(english: string): string | null {
  const trimmed = english.trim();
  let zh: string | undefined = chinese[trimmed];
  for (const [pattern, say] of patterns) {
    const match = zh ? null : pattern.exec(trimmed);
    if (match) zh = say(...match.slice(1));
  }
  if (!zh) return null;
  // The spaces around the words stay where GraphiQL put them.
  return english.replace(trimmed, /[。）…]$/.test(zh) ? `${zh}${trimmed}` : `${zh} ${trimmed}`);
}

/** The caller's and the schema's own words: queries, answers, operation names, types and fields. */
const namesAndEditors = [
  '.monaco-editor',
  '.graphiql-tab-button',
  '.graphiql-doc-explorer-type-name',
  '.graphiql-doc-explorer-field-name',
  '.graphiql-doc-explorer-argument-name',
].join(', ');

const inEditor = (node: Node) =>
  (node instanceof Element ? node : node.parentElement)?.closest(namesAndEditors) != null;

function sayText(node: Text): void {
  if (inEditor(node)) return;
  const said = inChinese(node.data);
  if (said) node.data = said;
}

function sayAttributes(element: Element): void {
  for (const name of attributes) {
    const value = element.getAttribute(name);
    const said = value && inChinese(value);
    if (said) element.setAttribute(name, said);
  }
}

function sayAll(root: Node): void {
  if (inEditor(root)) return;
  if (root instanceof Text) return sayText(root);
  if (!(root instanceof Element)) return;
  sayAttributes(root);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node instanceof Element && node.matches(namesAndEditors)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text) sayText(node);
    else sayAttributes(node as Element);
  }
}

/**
 * Says GraphiQL's words in Chinese now and whenever it renders them again (a dialog opened, a
 * tooltip shown, a plugin switched). A word already said in Chinese is no key, so a rewrite is
 * seen once more and left as it is.
 */
export function sayGraphiqlInChinese(root: HTMLElement = document.body): MutationObserver {
  sayAll(root);
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'childList') mutation.addedNodes.forEach(sayAll);
      else if (mutation.type === 'characterData') sayAll(mutation.target);
      else if (mutation.target instanceof Element && !inEditor(mutation.target))
        sayAttributes(mutation.target);
    }
  });
  observer.observe(root, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: attributes,
  });
  return observer;
}
