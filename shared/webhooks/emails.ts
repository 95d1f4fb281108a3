import { formatInTimeZone } from '../platform/email/time.ts';
import type { EmailContent, EmailParts, RenderContext } from '../platform/email/types.ts';

type Of<K extends EmailContent['kind']> = Extract<EmailContent, { kind: K }>;

export function webhookEndpointDisabledEmail(
  content: Of<'webhookEndpointDisabled'>,
  context: RenderContext,
): EmailParts {
  const since = content.failingSince
    ? ` since ${formatInTimeZone(content.failingSince, context.org.timeZone)}`
    : '';
  return {
    subject: `A webhook endpoint of ${context.org.name} was disabled`,
    heading: 'A webhook endpoint was disabled',
    paragraphs: [
      `Every delivery to ${content.url} has failed${since}, so we stopped sending events to it.`,
      'Fix the endpoint, then enable it again; failed deliveries can be retried from the delivery log.',
    ],
    action: {
      label: 'Open the endpoint',
      url: `${context.appUrl}/orgs/${encodeURIComponent(context.org.id)}/webhooks/${encodeURIComponent(content.endpointId)}`,
    },
  };
}
