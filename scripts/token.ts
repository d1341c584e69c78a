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
if (!['analyst', 'editor', 'admin'].includes(role)) usageError(usage);
if (role === 'editor' && !regionByCode(values.region ?? ''))
  usageError(
    usage,
    `编辑令牌需要 --region An editor token needs --region, one of ${regions.map((r) => r.code).join(', ')}.`,
  );
const token = await issueToken({
  subject: values.subject ?? `${role}${values.region ? `-${values.region}` : ''}`,
  role,
  region: values.region,
  expiresIn: values.expires,
});
console.log(token);
