/** The languages the dashboard speaks: every word it shows exists in both. */
export type Language = 'zh' | 'en';

/**
 * An error's message in the page's language. The API says each in Chinese, then in English
 * (`无法连接天津市登记库子图。The tianjin subgraph is unreachable.`). A message not so split, or
 * whose Chinese only points to the English after it (one the gateway has no Chinese for), is shown
 * whole.
 */
export function messageIn(message: string, language: Language): string {
  const end = message.lastIndexOf('。');
  const [zh, en] = [message.slice(0, end + 1), message.slice(end + 1)];
  if (end < 0 || !en.trim() || /\p{Script=Han}/u.test(en) || zh.includes('详见后面的英文说明'))
    return message;
  return language === 'zh' ? zh : en;
}
