import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import sesLocalModule from 'aws-ses-v2-local';
import { backgroundFunctions } from '../../functions/background.ts';
import { routes } from '../../functions/http/routes.ts';
import { LOCAL_APP_PERMISSIONS, parseAppPermissions } from '../../shared/members/domain/app-permissions.ts';
import { notifyRecordFilters } from '../../shared/notifications/stream-filter.ts';
import { webhookRecordFilters } from '../../shared/webhooks/stream-filter.ts';
import type { LocalConfig } from './config.ts';
import { localConsoleConfig, startConsoleServer } from './console-server.ts';
import { startDeadLetterQueues } from './dead-letter-queues.ts';
import { DEV_AUDIENCE, DEV_ISSUER, DEV_JWKS_PATH, devJwks } from './dev-issuer.ts';
import { startDnsServer } from './dns-server.ts';
import { ensureTable, localCredentials, localRegion, startDynamoDbLocal } from './dynamodb-local.ts';
import { writeLocalEndpoints } from './endpoints-file.ts';
import { watchEventLoop } from './event-loop-watch.ts';
import { resolvePort } from './free-port.ts';
import { enforceGrants } from './grants.ts';
import { projectRoot } from './handler-loader.ts';
import { startHttpGateway } from './http-gateway.ts';
import { startLambdaEndpoint } from './lambda-endpoint.ts';
import { forgetDynamoDbPid, recordDynamoDbPid } from './leftovers.ts';
import { persistMailbox } from './mailbox-persistence.ts';
import { loadOrgTokenKeys } from './org-token-keys.ts';
import { startScheduler } from './scheduler.ts';
import { startBrandingStorage } from './storage.ts';
import { startStreamPoller } from './stream-poller.ts';

export interface LocalStack {
  apiUrl: string;
  dynamodbEndpoint: string;
  sesUrl: string;
  stripeUrl: string;
  /** object storage (s3rver) for branding uploads */
  storageUrl: string;
  /** the console (APP_URL) */
  appUrl: string;
  /** the local DNS server's port (UDP and TCP); undefined when DNS_SERVERS is set */
  dnsPort: number | undefined;
  /** the Lambda Invoke API of the background functions */
  lambdaEndpoint: string;
  /** each stream consumer's dead-letter queue URL (SQS-compatible), by function id */
  deadLetterQueues: Record<string, string>;
  tableName: string;
  /** the DynamoDB Local Java process */
  dynamodbPid: number | undefined;
  /** settles with one line when a part dies on its own (see supervise.ts) */
  died: Promise<string>;
  stop(): Promise<void>;
}

// a CommonJS module whose `exports.default` is the server factory
const startSesLocal = ((sesLocalModule as unknown as { default?: typeof sesLocalModule }).default ??
  sesLocalModule) as typeof sesLocalModule;

/** A request unanswered this long is logged (the handlers answer 503 by their own deadline, 29 s by default). */
const SLOW_REQUEST_MS = 10_000;

const closeServer = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

/**
 * Starts every part of the system on this machine. Handlers run in this process
 * with the environment the deployed Lambdas get, pointed at local endpoints.
 */
export async function startLocalStack(config: LocalConfig, log: (line: string) => void): Promise<LocalStack> {
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const stopPart of stops.reverse()) await stopPart().catch((error) => log(`stop: ${String(error)}`));
  };
  try {
    stops.push(watchEventLoop(log));
    const dynamodbPort = await resolvePort(config.dynamodbPort);
    const dynamodb = await startDynamoDbLocal({
      port: dynamodbPort,
      host: config.host,
      dataDir: config.inMemory ? undefined : path.join(config.dataDir, 'dynamodb'),
    });
    if (!config.inMemory) recordDynamoDbPid(config.dataDir, dynamodb.pid);
    stops.push(async () => {
      await dynamodb.stop();
      if (!config.inMemory) forgetDynamoDbPid(config.dataDir);
    });
    const streamArn = await ensureTable(dynamodb.endpoint, config.tableName);

    const ses = await startSesLocal({ host: config.host, port: await resolvePort(config.sesPort) });
    stops.push(() => closeServer(ses));
    if (!config.inMemory) stops.push(persistMailbox(path.join(config.dataDir, 'ses-mailbox.json')));
    const sesAddress = ses.address();
    const sesUrl = `http://${config.host}:${typeof sesAddress === 'object' && sesAddress ? sesAddress.port : 0}`;

    // the resolver of domain verification: DNS_SERVERS when set, else the stack's own DNS server
    const dns = config.dnsServers
      ? undefined
      : await startDnsServer({
          host: config.host,
          port: await resolvePort(config.dnsPort),
          file: config.inMemory ? undefined : path.join(config.dataDir, 'dns-records.json'),
          log,
        });
    if (dns) stops.push(dns.stop);

    const apiPort = await resolvePort(config.apiPort);
    const apiUrl = `http://${config.host}:${apiPort}`;
    const stripePort = await resolvePort(config.stripePort);
    const stripeUrl = `http://${config.host}:${stripePort}`;
    const consolePort = await resolvePort(config.consolePort);
    const appUrl = config.appUrl ?? `http://localhost:${consolePort}`;

    // the product's permissions: the contract's example unless set; a bad declaration fails the start here, naming it
    const appPermissionsJson = process.env.APP_PERMISSIONS || JSON.stringify(LOCAL_APP_PERMISSIONS);
    parseAppPermissions(appPermissionsJson);
    Object.assign(process.env, {
      APP_PERMISSIONS: appPermissionsJson,
      TABLE_NAME: config.tableName,
      DYNAMODB_ENDPOINT: dynamodb.endpoint,
      AWS_REGION: process.env.AWS_REGION ?? localRegion,
      AWS_ACCESS_KEY_ID: localCredentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: localCredentials.secretAccessKey,
      SES_ENDPOINT: sesUrl,
      STRIPE_API_BASE: stripeUrl,
      STRIPE_SECRET_KEY: process.env.STRIPE_SECRET_KEY ?? 'sk_test_local_emulator',
      STRIPE_WEBHOOK_SECRET: config.stripeWebhookSecret,
      // the emulator's plan prices (it creates them at start: stripe-emulator/prices.ts)
      STRIPE_PRICE_BASIC: process.env.STRIPE_PRICE_BASIC ?? 'price_local_basic',
      STRIPE_PRICE_PRO: process.env.STRIPE_PRICE_PRO ?? 'price_local_pro',
      STRIPE_PRICE_ENTERPRISE: process.env.STRIPE_PRICE_ENTERPRISE ?? 'price_local_enterprise',
      CURSOR_SECRET: process.env.CURSOR_SECRET ?? 'local-cursor-secret-not-for-production',
      EMAIL_FROM: process.env.EMAIL_FROM ?? 'Orgs <no-reply@orgs.local>',
      APP_URL: appUrl,
      ORG_TOKEN_ISSUER: process.env.ORG_TOKEN_ISSUER || apiUrl,
      DNS_SERVERS: config.dnsServers ?? `${config.host}:${dns?.port}`,
      ORG_TOKEN_LOCAL_KEYS: JSON.stringify(
        await loadOrgTokenKeys(config.inMemory ? undefined : config.dataDir),
      ),
      ...(config.devIssuer
        ? { AUTH_ISSUER: DEV_ISSUER, AUTH_AUDIENCE: DEV_AUDIENCE, AUTH_JWKS_URL: `${apiUrl}${DEV_JWKS_PATH}` }
        : {}),
    });

    // every function runs with the grants of its definition, refused otherwise as IAM would
    enforceGrants();

    // the background functions' Lambda Invoke API (webhook hand-offs, re-drives), on any free port
    const { webhookDeliver, notify, webhookEvents } = backgroundFunctions;
    const lambdaEndpoint = await startLambdaEndpoint({
      functions: Object.fromEntries([webhookDeliver, notify, webhookEvents].map((fn) => [fn.id, fn])),
      port: 0,
      host: config.host,
      log,
    });
    stops.push(lambdaEndpoint.stop);
    Object.assign(process.env, {
      LAMBDA_ENDPOINT: lambdaEndpoint.url,
      WEBHOOK_DELIVER_FUNCTION: webhookDeliver.id,
      WEBHOOK_ALLOW_PRIVATE_TARGETS: process.env.WEBHOOK_ALLOW_PRIVATE_TARGETS ?? 'true',
    });

    const storage = await startBrandingStorage(config, log);
    stops.push(storage.stop);

    const jwks = config.devIssuer ? JSON.stringify(await devJwks()) : undefined;
    const gateway = await startHttpGateway({
      routes,
      port: apiPort,
      host: config.host,
      log,
      slowRequestMs: SLOW_REQUEST_MS,
      extra: (request, response) => {
        if (!jwks || request.url !== DEV_JWKS_PATH) return false;
        response.writeHead(200, { 'content-type': 'application/json' }).end(jwks);
        return true;
      },
    });
    stops.push(() => closeServer(gateway.server));

    const emulatorModule = path.join(projectRoot, 'infra/local/stripe-emulator/server.ts');
    if (existsSync(emulatorModule)) {
      const { startStripeEmulator } = await import(emulatorModule);
      const emulator = await startStripeEmulator({
        port: stripePort,
        host: config.host,
        webhookUrl: `${apiUrl}/webhooks/stripe`,
        webhookSecret: config.stripeWebhookSecret,
        webhookTimeoutMs: config.stripeEmulatorWebhookTimeoutMs,
        ...(config.inMemory ? {} : { stateFile: path.join(config.dataDir, 'stripe-emulator.json') }),
      });
      stops.push(() => emulator.close());
    }

    const consoleServer = await startConsoleServer({
      port: consolePort,
      host: config.host,
      distDir: path.join(projectRoot, 'web/dist'),
      config: localConsoleConfig(apiUrl, stripeUrl, config.devIssuer),
      devSignIn: config.devIssuer,
      storageUrl: storage.url,
    });
    stops.push(() => closeServer(consoleServer.server));

    const { cleanup, webhookDispatcher } = backgroundFunctions;
    const consumers = [notify, webhookEvents].filter((fn) => existsSync(path.join(projectRoot, fn.handler)));
    const deadLetterQueues = await startDeadLetterQueues(
      config,
      consumers.map((consumer) => consumer.id),
    );
    stops.push(deadLetterQueues.stop);
    const endpoints = { lambdaEndpoint: lambdaEndpoint.url, deadLetterQueues: deadLetterQueues.queueUrls };
    if (!config.inMemory) stops.push(writeLocalEndpoints(config.dataDir, endpoints));
    log(`dead-letter queues (npm run ops -- redrive): ${JSON.stringify(endpoints)}`);
    // one poller per consumer, like one event source mapping each: neither waits for the other
    for (const consumer of consumers) {
      const poller = startStreamPoller({
        onFailure: deadLetterQueues.destination(consumer.id),
        endpoint: dynamodb.endpoint,
        streamArn,
        function: consumer,
        functionName: consumer.id,
        filters: consumer === notify ? notifyRecordFilters : webhookRecordFilters,
        slowMs: SLOW_REQUEST_MS,
        log,
      });
      stops.push(poller.stop);
    }
    const dispatcher = startScheduler({
      function: webhookDispatcher,
      functionName: webhookDispatcher.id,
      intervalSeconds: config.webhookDispatchIntervalSeconds,
      log,
    });
    stops.push(dispatcher.stop);
    if (existsSync(path.join(projectRoot, cleanup.handler))) {
      const scheduler = startScheduler({
        function: cleanup,
        functionName: cleanup.id,
        intervalSeconds: config.cleanupIntervalSeconds,
        log,
      });
      stops.push(scheduler.stop);
    }

    return {
      apiUrl,
      dynamodbEndpoint: dynamodb.endpoint,
      sesUrl,
      stripeUrl,
      storageUrl: storage.url,
      appUrl,
      dnsPort: dns?.port,
      ...endpoints,
      tableName: config.tableName,
      dynamodbPid: dynamodb.pid,
      died: dynamodb.died,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
