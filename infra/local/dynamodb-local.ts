import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ListTablesCommand,
  ResourceInUseException,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { createTableInput, table } from '../table.ts';
import { assertJava } from './java.ts';

export interface DynamoDbLocal {
  endpoint: string;
  port: number;
  /** the Java process */
  pid: number | undefined;
  /** settles when the Java process exits without `stop()` (it crashed or was killed) */
  died: Promise<string>;
  stop(): Promise<void>;
}

export const localCredentials = { accessKeyId: 'local', secretAccessKey: 'local' };
export const localRegion = 'us-east-1';

function emulatorDir(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('amplify-dynamodb-simulator/package.json')), 'emulator');
}

/**
 * The jar has no option to choose the interface, so it is started through a small launcher
 * (BindToHost.java beside this file, committed compiled so that a JRE without javac runs it).
 */
const launcherDir = fileURLToPath(new URL('./dynamodb-local/', import.meta.url));
/** A JVM starts in about a second alone, but much slower on a loaded machine (parallel test runs). */
const STARTUP_BUDGET_MS = 120_000;

/**
 * Runs the real DynamoDB Local jar with the machine's Java, listening on `host`
 * only (default 127.0.0.1); `dataDir` unset = in memory.
 */
export async function startDynamoDbLocal(options: {
  port: number;
  host?: string;
  dataDir?: string;
  log?: (line: string) => void;
}): Promise<DynamoDbLocal> {
  const host = options.host ?? '127.0.0.1';
  assertJava();
  const dir = emulatorDir();
  const storage = options.dataDir ? ['-dbPath', options.dataDir] : ['-inMemory'];
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const child = spawn(
    process.env.JAVA ?? 'java',
    [
      `-Djava.library.path=${path.join(dir, 'DynamoDBLocal_lib')}`,
      '-cp',
      [path.join(dir, 'DynamoDBLocal.jar'), path.join(dir, 'DynamoDBLocal_lib', '*'), launcherDir].join(
        path.delimiter,
      ),
      'BindToHost',
      host,
      ...storage,
      '-sharedDb',
      // offline by design: no telemetry calls to AWS
      '-disableTelemetry',
      '-port',
      String(options.port),
    ],
    // its working directory receives a metadata file: keep it out of the project; its stdin
    // stays open while this process lives (BindToHost exits when it ends, even after a SIGKILL)
    { stdio: ['pipe', 'pipe', 'pipe'], cwd: options.dataDir ?? tmpdir() },
  );
  const output: string[] = [];
  const collect = (chunk: Buffer) => output.push(chunk.toString());
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const endpoint = `http://${host.includes(':') ? `[${host}]` : host}:${options.port}`;
  try {
    await waitUntilAnswering(endpoint, child, output);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  let stopping = false;
  const died = new Promise<string>((resolve) => {
    child.once('exit', (code, signal) => {
      if (!stopping) resolve(`DynamoDB Local (pid ${child.pid}) exited (${signal ?? `code ${code}`})`);
    });
  });
  return {
    endpoint,
    port: options.port,
    pid: child.pid,
    died,
    stop: async () => {
      stopping = true;
      process.removeListener('exit', killOnExit);
      await stopChild(child);
    },
  };
}

export const localDynamoClient = (endpoint: string) =>
  new DynamoDBClient({ endpoint, region: localRegion, credentials: localCredentials });

async function waitUntilAnswering(endpoint: string, child: ChildProcess, output: string[]) {
  const client = localDynamoClient(endpoint);
  const deadline = Date.now() + STARTUP_BUDGET_MS;
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  try {
    while (Date.now() < deadline) {
      if (exited) throw new Error(`DynamoDB Local exited during start:\n${output.join('')}`);
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    throw new Error(
      `DynamoDB Local did not answer within ${STARTUP_BUDGET_MS / 1000} s:\n${output.join('')}`,
    );
  } finally {
    client.destroy();
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 3000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Creates the table from the CDK's definition (if absent) and turns TTL on. */
export async function ensureTable(endpoint: string, tableName: string): Promise<string> {
  const client = localDynamoClient(endpoint);
  try {
    try {
      await client.send(new CreateTableCommand(createTableInput(tableName)));
    } catch (error) {
      if (!(error instanceof ResourceInUseException)) throw error;
    }
    let description = await client.send(new DescribeTableCommand({ TableName: tableName }));
    while (description.Table?.TableStatus !== 'ACTIVE') {
      await new Promise((resolve) => setTimeout(resolve, 50));
      description = await client.send(new DescribeTableCommand({ TableName: tableName }));
    }
    try {
      await client.send(
        new UpdateTimeToLiveCommand({
          TableName: tableName,
          TimeToLiveSpecification: { AttributeName: table.ttlAttribute, Enabled: true },
        }),
      );
    } catch (error) {
      if (!String(error).includes('already enabled')) throw error;
    }
    const streamArn = description.Table?.LatestStreamArn;
    if (!streamArn) throw new Error(`Table ${tableName} has no stream`);
    return streamArn;
  } finally {
    client.destroy();
  }
}
