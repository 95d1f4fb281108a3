import type { EmailContent, EmailParts, RenderContext } from '../platform/email/types.ts';

type Of<K extends EmailContent['kind']> = Extract<EmailContent, { kind: K }>;

const keysUrl = ({ org, appUrl }: RenderContext) => `${appUrl}/orgs/${encodeURIComponent(org.id)}/api-keys`;

/** To the owner and admins: a member lost developer access and their keys stopped working. Never a secret. */
export function apiKeysSuspendedEmail(content: Of<'apiKeysSuspended'>, context: RenderContext): EmailParts {
  const who = content.memberName ?? 'A member';
  const count = content.keyNames.length;
  return {
    subject: `${count === 1 ? 'An API key' : `${count} API keys`} of ${context.org.name} stopped working`,
    heading: `API keys of ${context.org.name} are suspended`,
    paragraphs: [
      `${who} no longer has developer access to ${context.org.name}, so the API keys they created are suspended: every call with them is refused.`,
      `Suspended: ${content.keyNames.join(', ')}.`,
      'If they get developer access back, the keys work again. Otherwise, create new keys and revoke these.',
    ],
    action: { label: 'Review API keys', url: keysUrl(context) },
  };
}

/** To the owner: a security notice that a live key exists now. */
export function liveApiKeyCreatedEmail(content: Of<'liveApiKeyCreated'>, context: RenderContext): EmailParts {
  const by = content.creatorName ? ` by ${content.creatorName}` : '';
  return {
    subject: `A live API key was created for ${context.org.name}`,
    heading: 'A new live API key',
    paragraphs: [
      `A production API key "${content.keyName}" (starting ${content.start}) was created${by} for ${context.org.name}. It acts for the organization in production mode.`,
      'If you did not expect this, revoke it now.',
    ],
    action: { label: 'Review API keys', url: keysUrl(context) },
  };
}
