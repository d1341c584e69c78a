import { commandLine, usageError } from '../shared/cli.js';
import { issueToken, type Role } from '../shared/auth.js';
import { regionByCode, regions } from '../subgraphs/regions.js';

/**
 * `npm run token -- --region GX --role editor [--subject name] [--expires 12h]`: a Bearer token for
 * local use, signed with JWT_SECRET (or the development secret outside production).
 */
const usage = `用法 Usage: npm run token -- --role analyst|editor|admin [--region ${regions.map((r) => r.code).join('|')}] [--subject name] [--expires 12h]  签发本地使用的令牌 (a token for local use)`;
const values = commandLine(usage, {
  role: { type: 'string' },
  region: { type: 'string' },
  subject: { type: 'string' },
  expires: { type: 'string', default: '12h' },
});
const role = values.role as Role;
const codes = regions.map((r) => r.code).join(', ');
if (!['analyst', 'editor', 'admin'].includes(role))
  usageError(
    usage,
    values.role
      ? `未知角色 ${values.role}：须为 analyst、editor 或 admin。Unknown role ${values.role}: analyst, editor or admin.`
      : '缺少 --role。No --role given.',
  );
if (values.region !== undefined && !regionByCode(values.region))
  usageError(
    usage,
    `未知地区代码 ${values.region}：须为 ${codes} 之一（大写）。Unknown region code ${values.region}: one of ${codes} (capitals).`,
  );
if (role === 'editor' && !values.region)
  usageError(
    usage,
    `编辑令牌需要 --region（${codes}）。An editor token needs --region, one of ${codes}.`,
  );
// jose's forms: a number and a unit (90s, 30m, 12h, 7d, 2w, 1y), as `expiresIn` takes them.
if (
  !/^\d+\s*(s|sec|secs|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|y|yrs?|years?)$/i.test(
    values.expires,
  )
)
  usageError(
    usage,
    `--expires ${values.expires} 不是时长：请给出数字和单位，如 30m、12h、7d。--expires ${values.expires} is not a duration: give a number and a unit, such as 30m, 12h or 7d.`,
  );
const token = await issueToken({
  subject: values.subject ?? `${role}${values.region ? `-${values.region}` : ''}`,
  role,
  region: values.region,
  expiresIn: values.expires,
});
console.log(token);
