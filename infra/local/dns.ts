import { Resolver } from 'node:dns/promises';
import { changeDnsRecords, type DnsChange } from './dns-client.ts';

const usage = `usage: npm run -s dns -- set <name> <value> [<value>...]   replace the TXT records of <name>
       npm run -s dns -- add <name> <value>                 add one TXT record
       npm run -s dns -- rm <name>                          remove every TXT record of <name>
       npm run -s dns -- get <name>                         print the TXT records of <name>, one a line (what the service sees)

Talks to the local stack's DNS server on 127.0.0.1:DNS_PORT (default 8053), which must be running (npm start).
Example: npm run -s dns -- set _orgs-challenge.acme.test orgs-verification=…`;

function exitWithUsage(problem?: string): never {
  if (problem) console.error(`${problem}\n`);
  console.error(usage);
  process.exit(problem ? 2 : 0);
}

const [op, name, ...values] = process.argv.slice(2);
if (op === undefined || op === '--help' || op === '-h') exitWithUsage();
if (!name) exitWithUsage('a name is required');
const raw = process.env.DNS_PORT;
const port = raw ? Number(raw) : 8053;
if (!Number.isInteger(port) || port <= 0 || port > 65535) exitWithUsage('DNS_PORT must be a port number');
const host = process.env.HOST ?? '127.0.0.1';

if (op === 'get') {
  const resolver = new Resolver({ timeout: 2000, tries: 1 });
  resolver.setServers([`${host}:${port}`]);
  try {
    for (const chunks of await resolver.resolveTxt(name)) console.log(chunks.join(''));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOTFOUND' && code !== 'ENODATA') {
      console.error(
        `no answer from the DNS server at ${host}:${port} (${code}). Is the local stack running (npm start)?`,
      );
      process.exit(1);
    }
  }
  process.exit(0);
}

let change: DnsChange;
if (op === 'set') {
  if (values.length === 0) exitWithUsage('set needs at least one value');
  change = { op, name, values };
} else if (op === 'add') {
  if (values.length !== 1) exitWithUsage('add needs exactly one value');
  change = { op, name, value: values[0] as string };
} else if (op === 'rm') {
  if (values.length > 0) exitWithUsage('rm takes no value');
  change = { op, name };
} else {
  exitWithUsage(`unknown command "${op}"`);
}

try {
  await changeDnsRecords({ host, port }, change);
  console.log(`${op} ${name}: done`);
} catch (error) {
  console.error(`${(error as Error).message}. Is the local stack running (npm start)?`);
  process.exit(1);
}
