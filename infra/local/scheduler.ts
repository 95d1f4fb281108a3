import type { FunctionDef } from '../../shared/platform/http/route-definition.ts';
import { loadHandler } from './handler-loader.ts';
import { lambdaContext } from './lambda-context.ts';

/** Plays the EventBridge schedule: invokes the handler every `intervalSeconds`, never overlapping. */
export function startScheduler(options: {
  /** the function it runs (its handler, and the grants it runs with) */
  function: FunctionDef;
  functionName: string;
  intervalSeconds: number;
  log?: (line: string) => void;
}) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    running = (async () => {
      try {
        const handler = await loadHandler(options.function);
        await handler(
          {
            version: '0',
            id: crypto.randomUUID(),
            'detail-type': 'Scheduled Event',
            source: 'aws.events',
            account: '000000000000',
            time: new Date().toISOString(),
            region: 'local',
            resources: [`arn:aws:events:local:000000000000:rule/${options.functionName}`],
            detail: {},
          },
          lambdaContext(options.functionName, 300_000),
        );
      } catch (error) {
        options.log?.(`${options.functionName} failed: ${String(error)}`);
      }
      if (!stopped) timer = setTimeout(tick, options.intervalSeconds * 1000);
    })();
  };
  timer = setTimeout(tick, options.intervalSeconds * 1000);
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
