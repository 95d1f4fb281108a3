import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { newIdentities } from './identities.ts';
import { startBenchStack } from './stack.ts';

const log: string[] = [];
const stack = await startBenchStack(log);
const [me] = await newIdentities(1, 'me');
if (!me) throw new Error('x');
const url = `${stack.apiUrl}/me`;
const headers = { authorization: `Bearer ${me.token}` };
await fetch(url, { headers }).then((r) => r.text());
for (let i = 0; i < 200; i++) await fetch(url, { headers }).then((r) => r.text());
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.start');
const end = Date.now() + 15000;
let n = 0;
const lat: number[] = [];
await Promise.all(
  Array.from({ length: 10 }, async () => {
    while (Date.now() < end) {
      const t = performance.now();
      const r = await fetch(url, { headers });
      await r.text();
      lat.push(performance.now() - t);
      n++;
    }
  }),
);
const { profile } = await session.post('Profiler.stop');
writeFileSync('/tmp/prof/load.cpuprofile', JSON.stringify(profile));
lat.sort((a, b) => a - b);
console.log('requests', n, 'p50', lat[Math.floor(lat.length / 2)]);
await stack.stop();
process.exit(0);
