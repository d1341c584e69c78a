import '../shared/tool-errors.js';
import { commandLine, usageError } from '../shared/cli.js';
import { issueToken, tokenMaxAgeSeconds, type Role } from '../shared/auth.js';
import { regionNamed, regions } from '../subgraphs/regions.js';

/**
 * `npm run token -- --region GX --role editor [--subject name] [--expires 12h]`: a Bearer token for
 * local use, signed with the private key of JWT_PRIVATE_KEY_FILE, else JWT_SECRET (or the development
 * secret outside production).
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
// A region by its code, as tokens carry it, or by any name the other tools take (nx, 宁夏).
const region = values.region === undefined ? undefined : regionNamed(values.region);
if (values.region !== undefined && !region)
  usageError(
    usage,
    `未知地区 ${values.region}：须为 ${codes} 之一，或地区名称。Unknown region ${values.region}: one of ${codes}, or a region's name.`,
  );
if (role === 'editor' && !values.region)
  usageError(
    usage,
    `编辑令牌需要 --region（${codes}）。An editor token needs --region, one of ${codes}.`,
  );
// jose's forms: a number and a unit (90s, 30m, 12h, 7d, 2w, 1y), as `expiresIn` takes them.
const duration =
  /^(\d+)\s*(s|sec|secs|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|y|yrs?|years?)$/i.exec(
    values.expires,
  );
if (!duration)
  usageError(
    usage,
    `--expires ${values.expires} 不是时长：请给出数字和单位，如 30m、12h、7d。--expires ${values.expires} is not a duration: give a number and a unit, such as 30m, 12h or 7d.`,
  );
// A token valid for longer than production accepts (JWT_MAX_AGE) would be refused by every service.
const maxAgeSeconds = tokenMaxAgeSeconds(process.env);
const seconds = Number(duration[1]) * secondsPer(duration[2]!);
if (maxAgeSeconds != null && seconds > maxAgeSeconds)
  usageError(
    usage,
    `--expires ${values.expires} 超过生产环境令牌的最长有效期 ${maxAgeSeconds} 秒（JWT_MAX_AGE），网关和子图会拒绝它。--expires ${values.expires} is longer than production accepts, ${maxAgeSeconds} seconds (JWT_MAX_AGE): the gateway and the subgraphs would refuse it.`,
  );
const token = await issueToken({
  subject: values.subject ?? `${role}${region ? `-${region.code}` : ''}`,
  role,
  region: region?.code,
  expiresIn: values.expires,
});
console.log(token);

/** Seconds in a unit of jose's durations (a year is 365.25 days, as jose counts it). */
function secondsPer(unit: string): number {
  const first = unit.toLowerCase()[0]!;
  return { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800, y: 31_557_600 }[first]!;
}
