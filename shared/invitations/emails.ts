import type { Role } from '../members/domain/permissions.ts';
import { formatInTimeZone } from '../platform/email/time.ts';
import type { EmailContent, EmailParts, RenderContext } from '../platform/email/types.ts';

type Of<K extends EmailContent['kind']> = Extract<EmailContent, { kind: K }>;

const roleLabels: Record<Role, string> = {
  owner: 'the owner',
  admin: 'an admin',
  developer: 'a developer',
  finance: 'a finance member',
  member: 'a member',
};

export const roleLabel = (role: string) => roleLabels[role as Role] ?? `the role "${role}"`;

/**
 * The app page of an invitation. It shows the invitation and accepts or declines
 * it with a POST from the signed-in invitee: opening the link (mail scanners
 * prefetch links) never accepts anything.
 */
export const invitationUrl = (appUrl: string, invitationId: string) =>
  `${appUrl}/invitations/${encodeURIComponent(invitationId)}`;

export function invitationEmail(content: Of<'invitation'>, { org, appUrl }: RenderContext): EmailParts {
  const who = content.inviterName?.trim() || null;
  const invited = who ? `${who} invited you to ${org.name}` : `You are invited to join ${org.name}`;
  return {
    subject: content.resent ? `Reminder: ${invited}` : invited,
    heading: invited,
    paragraphs: [
      `${who ?? 'A team admin'} invited you (${content.inviteeEmail}) to join ${org.name} as ${roleLabel(content.role)}.`,
      `The invitation expires on ${formatInTimeZone(content.expiresAt, org.timeZone)}.`,
    ],
    action: { label: 'View the invitation', url: invitationUrl(appUrl, content.invitationId) },
    note: 'On that page you can accept or decline after signing in with this email address. If you did not expect this invitation, ignore this email.',
  };
}

export function invitationRevokedEmail(content: Of<'invitationRevoked'>, { org }: RenderContext): EmailParts {
  return {
    subject: `Your invitation to ${org.name} was withdrawn`,
    heading: `Your invitation to ${org.name} was withdrawn`,
    paragraphs: [
      `The invitation sent to ${content.inviteeEmail} to join ${org.name} was withdrawn by an administrator and can no longer be accepted.`,
      'If you think this is a mistake, ask the person who invited you to send a new invitation.',
    ],
  };
}

export function invitationExpiredEmail(
  content: Of<'invitationExpired'>,
  { org, appUrl }: RenderContext,
): EmailParts {
  return {
    subject: `Your invitation to ${content.inviteeEmail} for ${org.name} expired`,
    heading: 'An invitation you sent expired',
    paragraphs: [
      `${content.inviteeEmail} did not accept your invitation to join ${org.name} as ${roleLabel(content.role)} before it expired on ${formatInTimeZone(content.expiresAt, org.timeZone)}.`,
      'You can invite them again at any time.',
    ],
    action: { label: 'Manage members', url: `${appUrl}/orgs/${encodeURIComponent(org.id)}/members` },
  };
}
