import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { FunctionDef } from '../../shared/platform/http/route-definition.ts';
import { loadHandler } from './handler-loader.ts';
import { lambdaContext } from './lambda-context.ts';

/**
 * Plays the Lambda Invoke API (`POST /2015-03-31/functions/{name}/invocations`) for the
 * background functions, so `@aws-sdk/client-lambda` works unchanged against it:
 * `InvocationType: Event` answers 202 at once and runs the handler in this process
 * without waiting (as Lambda's async invocation does); `RequestResponse` waits and
 * answers the handler's result.
 */
export async function startLambdaEndpoint(options: {
  functions: Record<string, FunctionDef>;
  port: number;
  host: string;
  log?: (line: string) => void;
}): Promise<{ url: string; stop(): Promise<void> }> {
  const running = new Set<Promise<unknown>>();
  const invoke = async (name: string, payload: unknown) => {
    const def = options.functions[name];
    if (!def) throw new Error(`no local function ${name}`);
    const handler = await loadHandler(def);
    return handler(payload, lambdaContext(name, 60_000));
  };
  const server: Server = createServer(async (request, response) => {
    const match = /^\/2015-03-31\/functions\/([^/]+)\/invocations$/.exec(request.url ?? '');
    const name = match
      ? decodeURIComponent(match[1] as string)
          .split(':')
          .pop()
      : undefined;
    if (request.method !== 'POST' || !name || !options.functions[name]) {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ Type: 'User', message: 'Function not found' }));
      return;
    }
    const payload = JSON.parse((await readAll(request)) || '{}');
    if (request.headers['x-amz-invocation-type'] === 'Event') {
      const run = invoke(name, payload).catch((error) => options.log?.(`${name} failed: ${String(error)}`));
      running.add(run);
      void run.finally(() => running.delete(run));
      response.writeHead(202).end();
      return;
    }
    try {
      const result = await invoke(name, payload);
      response.writeHead(200, { 'content-type': 'application/json', 'x-amz-executed-version': '$LATEST' });
      response.end(JSON.stringify(result ?? null));
    } catch (error) {
      response.writeHead(200, { 'content-type': 'application/json', 'x-amz-function-error': 'Unhandled' });
      response.end(JSON.stringify({ errorType: 'Error', errorMessage: String(error) }));
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${options.host}:${port}`,
    stop: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await Promise.allSettled([...running]);
    },
  };
}

function readAll(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
