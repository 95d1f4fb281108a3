import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../infra/local/handler-loader.ts';
import { alive } from '../support/local-cli.ts';
import { until } from '../support/wait.ts';

/**
 * DynamoDB Local's JVM ends with the node process that started it, even when that process
 * is killed with SIGKILL (no exit handler runs): a test worker stopped by its runner, or a
 * stack killed by a process manager, leaves no Java process listening behind.
 */

const running = (pid: number) => alive([pid]).length > 0;

const STARTER = `
  const { startDynamoDbLocal } = await import('./infra/local/dynamodb-local.ts');
  const { freePort } = await import('./infra/local/free-port.ts');
  const local = await startDynamoDbLocal({ port: await freePort() });
  console.log(JSON.stringify({ pid: local.pid, endpoint: local.endpoint }));
  setInterval(() => {}, 1000);
`;

describe('DynamoDB Local outlives nothing', () => {
  it('its JVM exits once the process that started it is SIGKILLed', async () => {
    const starter = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', STARTER], {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const [line] = await Promise.race([
      createInterface({ input: starter.stdout })
        [Symbol.asyncIterator]()
        .next()
        .then(({ value }) => [value]),
      new Promise<never>((_, reject) =>
        starter.once('exit', (code) => reject(new Error(`starter exited ${code}`))),
      ),
    ]);
    const { pid, endpoint } = JSON.parse(line as string) as { pid: number; endpoint: string };
    expect(running(pid)).toBe(true);
    expect((await fetch(endpoint)).status).toBeLessThan(500);

    starter.kill('SIGKILL');
    try {
      await until(
        async () => running(pid),
        (up) => !up,
        'the JVM to exit after its parent',
        20_000,
      );
      await expect(fetch(endpoint)).rejects.toThrow();
    } finally {
      if (running(pid)) process.kill(pid, 'SIGKILL');
    }
  }, 120_000);
});
