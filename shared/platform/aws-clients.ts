/**
 * Every AWS SDK client the runtime creates passes through `awsClient()`, so one place can
 * see them all. Deployed nothing watches; the local stack registers a watcher that adds a
 * middleware refusing what the running function's definition does not grant (as IAM would).
 */
export type AwsService = 'dynamodb' | 's3' | 'ses' | 'lambda' | 'cloudfront' | 'kms';

// biome-ignore lint/suspicious/noExplicitAny: any SDK client's stack
export type WatchedClient = { middlewareStack: { add: (middleware: any, options: any) => void } };
type Watcher = (client: WatchedClient, service: AwsService) => void;

const created: [WatchedClient, AwsService][] = [];
const watchers: Watcher[] = [];

export function awsClient<C extends WatchedClient>(service: AwsService, client: C): C {
  created.push([client, service]);
  for (const watch of watchers) watch(client, service);
  return client;
}

/** Calls `watch` for every client created so far and every one created from now on. */
export function watchAwsClients(watch: Watcher): void {
  watchers.push(watch);
  for (const [client, service] of created) watch(client, service);
}
