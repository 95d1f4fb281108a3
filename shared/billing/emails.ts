import { formatInTimeZone } from '../platform/email/time.ts';
import type { EmailContent, EmailParts, RenderContext } from '../platform/email/types.ts';

type Of<K extends EmailContent['kind']> = Extract<EmailContent, { kind: K }>;

const billingUrl = ({ org, appUrl }: RenderContext) => `${appUrl}/orgs/${encodeURIComponent(org.id)}/billing`;

export function orgActivatedEmail(_content: Of<'orgActivated'>, context: RenderContext): EmailParts {
  return {
    subject: `${context.org.name} is now active`,
    heading: `${context.org.name} is now active`,
    paragraphs: [
      `Billing for ${context.org.name} is set up and the organization has left the sandbox: it now runs in production mode.`,
    ],
    action: { label: 'View billing', url: billingUrl(context) },
  };
}

export function paymentFailedEmail(content: Of<'paymentFailed'>, context: RenderContext): EmailParts {
  return {
    subject: `Action needed: a payment for ${context.org.name} failed`,
    heading: `A payment for ${context.org.name} failed`,
    paragraphs: [
      `We could not charge the payment method of ${context.org.name} on ${formatInTimeZone(content.failedAt, context.org.timeZone)}.`,
      'Update the payment method to keep the organization active.',
    ],
    action: { label: 'Update the payment method', url: billingUrl(context) },
  };
}
