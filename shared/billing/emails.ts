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

export function paymentRestrictedEmail(
  _content: Of<'paymentRestricted'>,
  context: RenderContext,
): EmailParts {
  return {
    subject: `Action needed: ${context.org.name} is restricted until it is paid`,
    heading: `${context.org.name} is restricted`,
    paragraphs: [
      `The payment for ${context.org.name} is still overdue, so production API keys stop working and no one can be invited until it is paid. Nothing is deleted, and everything else keeps working.`,
      'Update the payment method: the open invoice is paid at once and the restriction ends.',
    ],
    action: { label: 'Update the payment method', url: billingUrl(context) },
  };
}

export function paymentRestoredEmail(_content: Of<'paymentRestored'>, context: RenderContext): EmailParts {
  return {
    subject: `Payment received: ${context.org.name} is in good standing again`,
    heading: `${context.org.name} is paid up`,
    paragraphs: [
      `The overdue payment for ${context.org.name} was received. Production API keys and invitations work again.`,
    ],
    action: { label: 'View billing', url: billingUrl(context) },
  };
}
