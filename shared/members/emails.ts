import type { EmailContent, EmailParts, RenderContext } from '../platform/email/types.ts';

type Of<K extends EmailContent['kind']> = Extract<EmailContent, { kind: K }>;

const orgUrl = ({ org, appUrl }: RenderContext) => `${appUrl}/orgs/${encodeURIComponent(org.id)}`;

export function memberRemovedEmail(_content: Of<'memberRemoved'>, { org }: RenderContext): EmailParts {
  return {
    subject: `You are no longer a member of ${org.name}`,
    heading: `You are no longer a member of ${org.name}`,
    paragraphs: [
      `Your membership of ${org.name} has ended: you no longer have access to it. What you created there stays with the organization.`,
      'If you did not expect this, contact an owner or admin of the organization.',
    ],
  };
}

export function memberBlockedEmail(_content: Of<'memberBlocked'>, { org }: RenderContext): EmailParts {
  return {
    subject: `Your access to ${org.name} was blocked`,
    heading: `Your access to ${org.name} was blocked`,
    paragraphs: [
      `An administrator of ${org.name} blocked your membership. You cannot use the organization until they unblock you.`,
      'If you think this is a mistake, contact an owner or admin of the organization.',
    ],
  };
}

export function memberUnblockedEmail(_content: Of<'memberUnblocked'>, context: RenderContext): EmailParts {
  return {
    subject: `Your access to ${context.org.name} was restored`,
    heading: `Your access to ${context.org.name} was restored`,
    paragraphs: [`An administrator of ${context.org.name} unblocked your membership. You can use it again.`],
    action: { label: `Open ${context.org.name}`, url: orgUrl(context) },
  };
}

export function ownershipReceivedEmail(content: Of<'ownershipReceived'>, context: RenderContext): EmailParts {
  const from = content.previousOwner ? ` from ${content.previousOwner}` : '';
  return {
    subject: `You are now the owner of ${context.org.name}`,
    heading: `You are now the owner of ${context.org.name}`,
    paragraphs: [
      `You accepted the ownership of ${context.org.name}${from}. As the owner you manage billing, can transfer ownership and delete the organization.`,
      'The previous owner is now an admin.',
    ],
    action: { label: `Open ${context.org.name}`, url: orgUrl(context) },
  };
}

export function ownershipTransferredEmail(
  content: Of<'ownershipTransferred'>,
  context: RenderContext,
): EmailParts {
  const to = content.newOwner ?? 'the new owner';
  return {
    subject: `You transferred the ownership of ${context.org.name} to ${to}`,
    heading: `${context.org.name} has a new owner`,
    paragraphs: [
      `${to} accepted the ownership of ${context.org.name} that you offered. You are now an admin of the organization.`,
      'If you did not expect this, contact the new owner at once.',
    ],
    action: { label: `Open ${context.org.name}`, url: orgUrl(context) },
  };
}
