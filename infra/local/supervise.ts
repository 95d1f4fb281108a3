import type { LocalStack } from './stack.ts';

/**
 * A local stack whose DynamoDB Local died would answer every request with a 503:
 * say so in one line, stop the other parts and exit non-zero, so the developer (or
 * a supervisor) restarts it. SES and the Stripe emulator run in this process and
 * cannot die without it.
 */
export function exitWhenAPartDies(stack: LocalStack, log: (line: string) => void): void {
  stack.died.then((reason) => {
    log(`${reason}: stopping the local stack`);
    const exit = () => process.exit(1);
    // never hang on a part that does not stop
    setTimeout(exit, 5000).unref();
    stack.stop().finally(exit);
  });
}
