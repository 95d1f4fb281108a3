import { parseArgs } from 'node:util';
import { signDevToken } from './dev-issuer.ts';

const usage = `usage: npm run -s token -- --email a@example.com [--name A] [--sub id] [--unverified] [--expires-in 12h] [--amr mfa]

Prints a token of the local stack's development issuer (the same email always gets the same user id).
  --email        the email claim (required)
  --name         the name claim
  --sub          the user id (default: derived from the email)
  --unverified   email_verified=false (such a user cannot be invited)
  --expires-in   a number and a unit: s, m, h or d (default 12h)
  --amr          an RFC 8176 authentication method (repeatable), e.g. --amr pwd --amr mfa:
                 an org whose security policy requires MFA wants one of mfa, otp, hwk, swk, sms, fpt
  --help         this text`;

/** Exits with the usage on stderr: status 0 when asked for, 2 on a mistake. */
function exitWithUsage(problem?: string): never {
  if (problem) console.error(`${problem}\n`);
  console.error(usage);
  process.exit(problem ? 2 : 0);
}

let values: {
  email?: string;
  name?: string;
  sub?: string;
  unverified?: boolean;
  'expires-in'?: string;
  amr?: string[];
  help?: boolean;
};
try {
  ({ values } = parseArgs({
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      sub: { type: 'string' },
      unverified: { type: 'boolean', default: false },
      'expires-in': { type: 'string' },
      amr: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (error) {
  exitWithUsage((error as Error).message);
}

if (values.help) exitWithUsage();
if (!values.email) exitWithUsage('--email is required.');
const expiresIn = values['expires-in'];
if (expiresIn !== undefined && !/^[1-9]\d*[smhd]$/.test(expiresIn)) {
  exitWithUsage(`--expires-in ${expiresIn}: use a number and a unit, e.g. 30m, 12h or 7d.`);
}

console.log(
  await signDevToken({
    email: values.email,
    name: values.name,
    sub: values.sub,
    emailVerified: !values.unverified,
    expiresIn,
    amr: values.amr,
  }),
);
