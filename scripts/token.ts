import '../shared/cli-errors.js';
import { parseArgs } from 'node:util';
import { issueToken, type Role } from '../shared/auth.js';
import { regionByCode, regions } from '../subgraphs/regions.js';

/**
 * `npm run token -- --region GX --role editor [--subject name] [--expires 12h]`: a Bearer token for
 * local use, signed with JWT_SECRET (or the development secret outside production).
 */
const usage = `Usage: npm run token -- --role analyst|editor|admin [--region ${regions.map((r) => r.code).join('|')}] [--subject name] [--expires 12h]`;
let values;
try {
  values = parseArgs({
    options: {
      role: { type: 'string' },
      region: { type: 'string' },
      subject: { type: 'string' },
      expires: { type: 'string', default: '12h' },
    },
  }).values;
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
const role = values.role as Role;
if (!['analyst', 'editor', 'admin'].includes(role)) {
  console.error(usage);
  process.exit(2);
}
if (role === 'editor' && !regionByCode(values.region ?? '')) {
  console.error(
    `An editor token needs --region, one of ${regions.map((r) => r.code).join(', ')}.\n${usage}`,
  );
  process.exit(2);
}
const token = await issueToken({
  subject: values.subject ?? `${role}${values.region ? `-${values.region}` : ''}`,
  role,
  region: values.region,
  expiresIn: values.expires,
});
console.log(token);
