/**
 * What node:util's parseArgs says of a command line it refuses, in Chinese and then English, on one
 * line: its own words are English only, and some span three lines (`--scale -5`).
 */
export function argumentsInWords(error: Error & { code?: string }): string {
  const option = /Option '(-[^' ]+)/.exec(error.message)?.[1];
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const unknown = /Unknown option '([^']+)'/.exec(error.message)?.[1] ?? '';
      return `没有选项 ${unknown}。There is no option ${unknown}.`;
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/does not take an argument/.test(error.message))
        return `选项 ${option} 不带取值。The option ${option} takes no value.`;
      return `选项 ${option} 缺少取值；以 - 开头的取值写作 ${option}=-5。The option ${option} needs a value; write one that starts with - as ${option}=-5.`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL': {
      const given = /Unexpected argument '([^']+)'/.exec(error.message)?.[1] ?? '';
      return `多余的参数 ${given}：每一项都以其选项给出，如 --region ${given}。Unexpected argument ${given}: give each with its option, as --region ${given}.`;
    }
    default:
      return error.message.replace(/\s*\n\s*/g, ' ');
  }
}
