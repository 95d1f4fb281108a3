import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { describe, expect, it, vi } from 'vitest';
import { testRoute } from '../support/test-route.ts';

// INFO: these tests read the log lines
vi.hoisted(() => {
  process.env.POWERTOOLS_LOG_LEVEL = 'INFO';
});

import { sourceBackoff } from '../../infra/local/source-backoff.ts';
import { route } from '../../shared/platform/http/route.ts';
import { componentLogger, logger } from '../../shared/platform/logger.ts';

function event(requestId: string): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: 'GET /things',
    rawPath: '/things',
    rawQueryString: '',
    headers: { host: 'api.example.com' },
    requestContext: {
      accountId: '123456789012',
      apiId: 'api',
      domainName: 'api.example.com',
      domainPrefix: 'api',
      http: {
        method: 'GET',
        path: '/things',
        protocol: 'HTTP/1.1',
        sourceIp: '203.0.113.1',
        userAgent: 'unit',
      },
      requestId,
      routeKey: 'GET /things',
      stage: '$default',
      time: '22/Nov/2026:10:00:00 +0000',
      timeEpoch: 1795341600000,
    },
    isBase64Encoded: false,
  };
}

function context(functionName: string, awsRequestId: string, remainingMs = 10_000): Context {
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:us-east-1:123456789012:function:${functionName}`,
    memoryLimitInMB: '128',
    awsRequestId,
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'unit',
    getRemainingTimeInMillis: () => remainingMs,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

/** Runs `body` and returns the JSON log lines written meanwhile. */
async function logLines(body: () => Promise<unknown>): Promise<Record<string, unknown>[]> {
  const chunks: string[] = [];
  const capture = (chunk: unknown) => {
    chunks.push(String(chunk));
    return true;
  };
  // Powertools writes WARN and above to stderr
  const spies = [
    vi.spyOn(process.stdout, 'write').mockImplementation(capture),
    vi.spyOn(process.stderr, 'write').mockImplementation(capture),
  ];
  try {
    await body();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return chunks
    .join('')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line));
}

describe('logs stay with their invocation', () => {
  it('20 concurrent invocations: every line carries its own request id, route, function and cold start', async () => {
    const handler = route(testRoute(), async ({ requestId }) => {
      for (let step = 0; step < 3; step++) {
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 20));
        logger.info('step', { step, expectedRequestId: requestId });
      }
      return { body: {} };
    });
    // each request's own summary line is a DEBUG line (API Gateway's access log has them deployed)
    const level = logger.getLevelName();
    logger.setLogLevel('DEBUG');
    const lines = await logLines(() =>
      Promise.all(
        Array.from({ length: 20 }, (_, i) => handler(event(`req-${i}`), context(`fn-${i}`, `aws-${i}`))),
      ),
    ).finally(() => logger.setLogLevel(level));
    const steps = lines.filter((line) => line.message === 'step');
    expect(steps).toHaveLength(60);
    for (const line of steps) {
      const i = String(line.expectedRequestId).slice('req-'.length);
      expect(line).toMatchObject({
        requestId: `req-${i}`,
        route: 'GET /things',
        function_name: `fn-${i}`,
        function_request_id: `aws-${i}`,
      });
    }
    const requests = lines.filter((line) => line.message === 'request');
    expect(requests.map((line) => line.requestId).sort()).toEqual(
      Array.from({ length: 20 }, (_, i) => `req-${i}`).sort(),
    );
    for (const line of requests) {
      expect(line.function_request_id).toBe(`aws-${String(line.requestId).slice('req-'.length)}`);
      expect(line.status).toBe(200);
    }
    // the function's first invocation is its cold start, and only that one
    expect(requests.filter((line) => line.cold_start === true).map((line) => line.requestId)).toEqual([
      'req-0',
    ]);
  });

  it('a request that ends in a 5xx is summed up at WARN, other requests only at DEBUG', async () => {
    const failing = route(testRoute(), async () => {
      throw new Error('boom');
    });
    const ok = route(testRoute(), async () => ({ body: {} }));
    const lines = await logLines(async () => {
      await failing(event('req-fail'), context('fn', 'aws-fail'));
      await ok(event('req-ok'), context('fn', 'aws-ok'));
    });
    const summaries = lines.filter((line) => line.message === 'request');
    expect(summaries).toHaveLength(1);
    expect(summaries[0]).toMatchObject({ level: 'WARN', status: 500, requestId: 'req-fail' });
  });

  it('outside an invocation the root logger has none of their keys', async () => {
    const lines = await logLines(async () => logger.info('between invocations'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toHaveProperty('requestId');
    expect(lines[0]).not.toHaveProperty('function_request_id');
  });

  it('a component’s logger carries its component, never the keys of an HTTP invocation in the same process', async () => {
    const notify = componentLogger('notify');
    const handler = route(testRoute(), async () => {
      notify.info('from a component');
      return { body: {} };
    });
    const lines = await logLines(() => handler(event('req-c'), context('fn-c', 'aws-c')));
    const line = lines.find((candidate) => candidate.message === 'from a component');
    expect(line).toMatchObject({ component: 'notify', service: 'orgs', level: 'INFO' });
    expect(line).not.toHaveProperty('requestId');
    expect(line).not.toHaveProperty('function_request_id');
  });
});

describe('the middleware’s early timeout', () => {
  it('answers 503 UNAVAILABLE with Retry-After before the function’s time is up', async () => {
    let finished = false;
    const handler = route(testRoute(), async () => {
      await new Promise((resolve) => setTimeout(resolve, 3000));
      finished = true;
      return { body: {} };
    });
    const started = Date.now();
    // 700 ms left, answered 500 ms (EARLY_TIMEOUT_MS) before the end
    const result = await handler(event('req-slow'), context('fn-slow', 'aws-slow', 700));
    expect(Date.now() - started).toBeLessThan(1500);
    expect(finished).toBe(false);
    expect(result.statusCode).toBe(503);
    expect(result.headers?.['retry-after']).toMatch(/^\d+$/);
    expect(JSON.parse(String(result.body))).toMatchObject({ code: 'UNAVAILABLE', requestId: 'req-slow' });
  });
});

describe('stream poller backoff', () => {
  it('doubles from 200 ms to 10 s and logs once per state change, not per attempt', () => {
    const log = vi.fn();
    const backoff = sourceBackoff(log);
    const delays = Array.from({ length: 9 }, () => backoff.failed(new Error('ECONNREFUSED')));
    expect(delays).toEqual([200, 400, 800, 1600, 3200, 6400, 10_000, 10_000, 10_000]);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]?.[0]).toMatch(/unreachable.*ECONNREFUSED/);
    backoff.succeeded();
    backoff.succeeded();
    expect(log).toHaveBeenCalledTimes(2);
    expect(log.mock.calls[1]?.[0]).toMatch(/answers again after 9 failed attempts/);
    expect(backoff.failed(new Error('down again'))).toBe(200);
    expect(log).toHaveBeenCalledTimes(3);
  });
});
