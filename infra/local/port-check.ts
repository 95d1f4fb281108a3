import { createServer } from 'node:net';
import type { LocalConfig } from './config.ts';

export interface BusyPort {
  variable: string;
  port: number;
}

/** Whether something already listens on host:port (bind test; answers in milliseconds). */
function isBusy(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(true));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(false)));
  });
}

/** Every fixed port of the stack that is taken, checked before anything starts. */
export async function busyPorts(config: LocalConfig): Promise<BusyPort[]> {
  const wanted: BusyPort[] = [
    { variable: 'API_PORT', port: config.apiPort },
    { variable: 'DYNAMODB_PORT', port: config.dynamodbPort },
    { variable: 'SES_PORT', port: config.sesPort },
    { variable: 'STRIPE_PORT', port: config.stripePort },
    { variable: 'STORAGE_PORT', port: config.storagePort },
    { variable: 'CONSOLE_PORT', port: config.consolePort },
    ...(config.dnsServers ? [] : [{ variable: 'DNS_PORT', port: config.dnsPort }]),
  ].filter(({ port }) => port !== 0);
  const busy = await Promise.all(wanted.map(({ port }) => isBusy(config.host, port)));
  return wanted.filter((_, index) => busy[index]);
}

export const busyPortLine = ({ variable, port }: BusyPort) =>
  `Port ${port} is taken (${variable}): stop what uses it, or start with ${variable}=<another port> (0 = any free port).`;
