import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The pid of the DynamoDB Local that holds `dataDir`'s data, while it runs. */
const pidFile = (dataDir: string) => path.join(dataDir, 'dynamodb-local.pid');

export function recordDynamoDbPid(dataDir: string, pid: number | undefined) {
  if (pid === undefined) return;
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(pidFile(dataDir), `${pid}\n`);
}

export const forgetDynamoDbPid = (dataDir: string) => rmSync(pidFile(dataDir), { force: true });

function commandOf(pid: number): string {
  try {
    return execFileSync('ps', ['-p', String(pid), '-o', 'args='], { encoding: 'utf8' });
  } catch {
    return ''; // not running
  }
}

const alive = (pid: number) => commandOf(pid).includes('DynamoDBLocal');

/**
 * A DynamoDB Local left running by a crashed run (its pid file remains, the process
 * still runs) would be reused silently and never stopped: stop it, and say so.
 */
export async function stopLeftoverDynamoDb(dataDir: string, log: (line: string) => void): Promise<void> {
  let pid: number;
  try {
    pid = Number(readFileSync(pidFile(dataDir), 'utf8').trim());
  } catch {
    return;
  }
  if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
    log(`A DynamoDB Local left over from an earlier run (pid ${pid}) holds ${dataDir}: stopping it.`);
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + 5000;
    while (alive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    if (alive(pid)) process.kill(pid, 'SIGKILL');
  }
  forgetDynamoDbPid(dataDir);
}
