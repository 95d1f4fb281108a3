import { formatInTimeZone } from '../platform/email/time.ts';
import type { EmailContent, EmailParts, RenderContext } from '../platform/email/types.ts';

type Of<K extends EmailContent['kind']> = Extract<EmailContent, { kind: K }>;

const orgUrl = ({ org, appUrl }: RenderContext) => `${appUrl}/orgs/${encodeURIComponent(org.id)}`;

export function joinRequestApprovedEmail(
  _content: Of<'joinRequestApproved'>,
  context: RenderContext,
): EmailParts {
  return {
    subject: `You joined ${context.org.name}`,
    heading: `Welcome to ${context.org.name}`,
    paragraphs: [`Your request to join ${context.org.name} was approved: you are now a member.`],
    action: { label: `Open ${context.org.name}`, url: orgUrl(context) },
  };
}

export function joinRequestDeniedEmail(
  _content: Of<'joinRequestDenied'>,
  context: RenderContext,
): EmailParts {
  return {
    subject: `Your request to join ${context.org.name} was declined`,
    heading: `Your request to join ${context.org.name} was declined`,
    paragraphs: [
      `An administrator of ${context.org.name} declined your request to join.`,
      'If you think this is a mistake, ask someone in the organization to invite you.',
    ],
  };
}

export function domainUnverifiedEmail(content: Of<'domainUnverified'>, context: RenderContext): EmailParts {
  return {
    subject: `${content.domain} is no longer verified for ${context.org.name}`,
    heading: `${content.domain} is no longer verified`,
    paragraphs: [
      `The TXT record ${content.recordName} has been missing since ${formatInTimeZone(content.missingSince, context.org.timeZone)}, so ${content.domain} is no longer verified for ${context.org.name}.`,
      'People on the domain no longer find the organization or get invited by it. Publish the record again and verify the domain to turn this back on.',
    ],
    action: { label: 'Open the domains', url: `${orgUrl(context)}/access/domains` },
  };
}
