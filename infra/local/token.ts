import { parseArgs } from 'node:util';
import { signDevToken } from './dev-issuer.ts';

const usage =
  'usage: npm run token -- --email a@example.com [--name A] [--sub id] [--unverified] [--expires-in 12h]';

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    sub: { type: 'string' },
    unverified: { type: 'boolean', default: false },
    'expires-in': { type: 'string' },
  },
});

if (!values.email) {
  console.error(usage);
  process.exit(2);
}

console.log(
  await signDevToken({
    email: values.email,
    name: values.name,
    sub: values.sub,
    emailVerified: !values.unverified,
    expiresIn: values['expires-in'],
  }),
);
