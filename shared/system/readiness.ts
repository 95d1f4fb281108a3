import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { dependencyFault } from '../platform/dependency-faults.ts';
import { db, tableName } from '../platform/dynamo/client.ts';
import { keys } from '../platform/dynamo/keys.ts';

export interface DependencyCheck {
  status: 'up' | 'down';
  latencyMs: number;
  /** why it is down: 'timeout', 'unreachable', 'busy' or 'error' */
  reason?: string;
}

/**
 * One GetItem of a key that never exists, abandoned after `timeoutMs` (no retries):
 * proves the table exists, answers and lets this function read it.
 */
export async function checkTable(timeoutMs: number): Promise<DependencyCheck> {
  const started = performance.now();
  const latencyMs = () => Math.round(performance.now() - started);
  try {
    await db().send(new GetCommand({ TableName: tableName(), Key: keys.readinessProbe() }), {
      abortSignal: AbortSignal.timeout(timeoutMs),
    });
    return { status: 'up', latencyMs: latencyMs() };
  } catch (error) {
    return { status: 'down', latencyMs: latencyMs(), reason: dependencyFault(error) ?? 'error' };
  }
}
