import type { LocalConfig } from './config.ts';
import type { LocalStack } from './stack.ts';

/**
 * What `npm start` prints once the stack is up: the rule for webhook targets, which the local
 * stack relaxes by default (so a receiver on this machine gets deliveries) and nobody should take
 * for the deployed one, then the ready line with every URL.
 */
export function readyBanner(
  stack: Pick<LocalStack, 'apiUrl' | 'dynamodbEndpoint' | 'sesUrl' | 'stripeUrl' | 'storageUrl' | 'appUrl'> &
    Partial<Pick<LocalStack, 'dnsPort'>>,
  config: Pick<LocalConfig, 'inMemory' | 'dataDir'> & Partial<Pick<LocalConfig, 'host'>>,
  env: NodeJS.ProcessEnv = process.env,
): string[] {
  const webhooks =
    env.WEBHOOK_ALLOW_PRIVATE_TARGETS === 'true'
      ? 'webhooks: http and private targets (127.0.0.1, 10.x, …) are allowed here: WEBHOOK_ALLOW_PRIVATE_TARGETS=true, ' +
        'the local default. Deployed, only https URLs of public addresses are; WEBHOOK_ALLOW_PRIVATE_TARGETS=false applies that rule here'
      : 'webhooks: only https URLs of public addresses, as deployed (WEBHOOK_ALLOW_PRIVATE_TARGETS is not true)';
  const where = config.inMemory ? ' (in memory)' : ` (data in ${config.dataDir})`;
  return [
    webhooks,
    `orgs local stack ready: api=${stack.apiUrl} dynamodb=${stack.dynamodbEndpoint} ses=${stack.sesUrl} stripe=${stack.stripeUrl} storage=${stack.storageUrl}${stack.dnsPort ? ` dns=${config.host ?? '127.0.0.1'}:${stack.dnsPort}` : ''} console=${stack.appUrl}${where}`,
  ];
}
