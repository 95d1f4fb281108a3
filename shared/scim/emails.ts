import type { EmailContent, EmailParts, RenderContext } from '../platform/email/types.ts';

type Of<K extends EmailContent['kind']> = Extract<EmailContent, { kind: K }>;

/** Sent once when an identity provider provisions someone who has not signed in yet. */
export function memberProvisionedEmail(content: Of<'memberProvisioned'>, context: RenderContext): EmailParts {
  return {
    subject: `You have been added to ${context.org.name}`,
    heading: `You have been added to ${context.org.name}`,
    paragraphs: [
      `Your organization's identity provider added ${content.email} to ${context.org.name}.`,
      `Sign in with ${content.email} (a verified email) and you are a member, with nothing to accept.`,
    ],
    action: {
      label: `Open ${context.org.name}`,
      url: `${context.appUrl}/orgs/${encodeURIComponent(context.org.id)}`,
    },
  };
}
