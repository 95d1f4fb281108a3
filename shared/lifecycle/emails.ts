import { formatInTimeZone } from '../platform/email/time.ts';
import type { EmailContent, EmailParts, RenderContext } from '../platform/email/types.ts';

type Of<K extends EmailContent['kind']> = Extract<EmailContent, { kind: K }>;

const orgUrl = ({ org, appUrl }: RenderContext) => `${appUrl}/orgs/${encodeURIComponent(org.id)}`;

export function orgDeletionScheduledEmail(
  content: Of<'orgDeletionScheduled'>,
  context: RenderContext,
): EmailParts {
  const { org } = context;
  return {
    subject: `${org.name} is scheduled for deletion`,
    heading: `${org.name} is scheduled for deletion`,
    paragraphs: [
      `The owner of ${org.name} deleted the organization. Nobody can use it any more, and its API keys and webhook endpoints have stopped working.`,
      `Its data will be erased for good on ${formatInTimeZone(content.deleteAt, org.timeZone)}. Until then the owner can restore it as it was.`,
    ],
  };
}

export function orgRestoredEmail(_content: Of<'orgRestored'>, context: RenderContext): EmailParts {
  return {
    subject: `${context.org.name} was restored`,
    heading: `${context.org.name} was restored`,
    paragraphs: [
      `The owner of ${context.org.name} cancelled its deletion: you can use it again, with the role you had.`,
    ],
    action: { label: `Open ${context.org.name}`, url: orgUrl(context) },
  };
}

export function orgPurgedEmail(_content: Of<'orgPurged'>, { org }: RenderContext): EmailParts {
  return {
    subject: `${org.name} was deleted`,
    heading: `${org.name} was deleted`,
    paragraphs: [
      `The grace period of ${org.name} is over: its members, invitations, workspaces, audit log and billing link are erased, and its saved cards were detached. You can create a new organization.`,
    ],
  };
}
