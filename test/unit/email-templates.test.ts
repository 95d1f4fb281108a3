import { describe, expect, it } from 'vitest';
import { invitationUrl } from '../../shared/invitations/emails.ts';
import { renderEmail } from '../../shared/platform/email/render.ts';
import { formatInTimeZone } from '../../shared/platform/email/time.ts';
import type { EmailContent, OrgBrand, RenderContext } from '../../shared/platform/email/types.ts';

const APP = 'https://app.example.com';
const acme: OrgBrand = {
  id: 'org_acme',
  name: 'Acme',
  timeZone: 'Asia/Tokyo',
  logoUrl: 'https://cdn.example.com/acme.png',
};
const context = (org: Partial<OrgBrand> = {}, extra: Partial<RenderContext> = {}): RenderContext => ({
  org: { ...acme, ...org },
  appUrl: APP,
  ...extra,
});

const invitation = (
  overrides: Partial<Extract<EmailContent, { kind: 'invitation' }>> = {},
): EmailContent => ({
  kind: 'invitation',
  resent: false,
  invitationId: 'inv_AbC-123_xyz',
  inviteeEmail: 'bob@example.com',
  role: 'developer',
  inviterName: 'Ada',
  expiresAt: '2026-11-22T10:00:00.000Z',
  ...overrides,
});

const everyKind: EmailContent[] = [
  invitation(),
  invitation({ resent: true }),
  { kind: 'invitationRevoked', inviteeEmail: 'bob@example.com' },
  {
    kind: 'invitationExpired',
    inviteeEmail: 'bob@example.com',
    role: 'admin',
    expiresAt: '2026-11-22T10:00:00.000Z',
  },
  { kind: 'memberRemoved' },
  { kind: 'memberBlocked' },
  { kind: 'memberUnblocked' },
  { kind: 'ownershipReceived', previousOwner: 'Ada' },
  { kind: 'ownershipTransferred', newOwner: 'Bob' },
  { kind: 'orgActivated' },
  { kind: 'paymentFailed', failedAt: '2026-12-01T00:00:00.000Z' },
  { kind: 'paymentRestricted' },
  { kind: 'paymentRestored' },
];

const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);

describe('invitation email', () => {
  it('has a clear subject, the inviter, the org, the role and the logo', () => {
    const email = renderEmail(invitation(), context());
    expect(email.subject).toBe('Ada invited you to Acme');
    expect(email.text).toContain('Ada invited you (bob@example.com) to join Acme as a developer.');
    expect(email.html).toContain('<img src="https://cdn.example.com/acme.png" alt="Acme"');
    expect(email.html).toContain('Acme');
  });

  it('a resend says it is a reminder; a missing inviter name still reads well', () => {
    expect(renderEmail(invitation({ resent: true }), context()).subject).toBe(
      'Reminder: Ada invited you to Acme',
    );
    expect(renderEmail(invitation({ inviterName: null }), context()).subject).toBe(
      'You are invited to join Acme',
    );
  });

  it("shows the expiry in the org's time zone (Asia/Tokyo: UTC+9, past midnight the next day)", () => {
    const email = renderEmail(invitation({ expiresAt: '2026-11-22T20:30:00.000Z' }), context());
    for (const body of [email.text, email.html]) {
      expect(body).toMatch(/23 November 2026(,| at) 05:30 GMT\+9 \(Asia\/Tokyo\)/);
      expect(body).not.toContain('20:30');
    }
    const berlin = renderEmail(
      invitation({ expiresAt: '2026-11-22T20:30:00.000Z' }),
      context({ timeZone: 'Europe/Berlin' }),
    );
    expect(berlin.text).toMatch(/22 November 2026(,| at) 21:30 GMT\+1 \(Europe\/Berlin\)/);
  });

  it('links to the app page of the invitation (which accepts with a POST), never to an accept action', () => {
    const email = renderEmail(invitation(), context());
    const link = `${APP}/invitations/inv_AbC-123_xyz`;
    expect(invitationUrl(APP, 'inv_AbC-123_xyz')).toBe(link);
    expect(email.text).toContain(link);
    expect(hrefs(email.html)).toContain(link);
    for (const href of hrefs(email.html)) expect(href).not.toMatch(/accept|decline/i);
    expect(email.text).not.toMatch(/\/accept|\/decline/);
    // an id that is not URL-safe cannot break out of the path
    expect(invitationUrl(APP, 'a/../b?x=1')).toBe(`${APP}/invitations/a%2F..%2Fb%3Fx%3D1`);
  });

  it('escapes everything in HTML: <script> in the org name or inviter name is text, not markup', () => {
    const email = renderEmail(
      invitation({ inviterName: '<img src=x onerror=alert(1)>' }),
      context({ name: '<script>alert("pwned")</script> & Co' }),
    );
    expect(email.html).not.toContain('<script>');
    expect(email.html).not.toContain('<img src=x');
    expect(email.html).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; &amp; Co');
    expect(email.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // plain text stays plain
    expect(email.text).toContain('<script>alert("pwned")</script> & Co');
  });

  it('shows no logo when there is none, and never a non-http(s) one', () => {
    expect(renderEmail(invitation(), context({ logoUrl: null })).html).not.toContain('<img');
    const hostile = renderEmail(invitation(), context({ logoUrl: 'javascript:alert(1)' })).html;
    expect(hostile).not.toContain('<img');
    expect(hostile).not.toContain('javascript:');
    const quoted = renderEmail(
      invitation(),
      context({ logoUrl: 'https://cdn.example.com/a.png?x="><script>' }),
    ).html;
    expect(quoted).not.toContain('"><script>');
  });
});

describe('every template', () => {
  it.each(everyKind.map((content) => [content.kind, content] as const))(
    '%s: a one-line subject with the org, text and HTML bodies, the name escaped',
    (_kind, content) => {
      const email = renderEmail(
        content,
        context({ name: 'Acme <b>&</b>\r\nBcc: evil@example.com' }, { recipientName: 'Bob' }),
      );
      expect(email.subject).toContain('Acme <b>&</b>');
      expect(email.subject).not.toMatch(/[\r\n]/);
      expect(email.text).toContain('Hello Bob,');
      expect(email.text.length).toBeGreaterThan(40);
      expect(email.html).toMatch(/^<!DOCTYPE html>/);
      expect(email.html).toContain('Acme &lt;b&gt;&amp;&lt;/b&gt;');
      expect(email.html).not.toContain('<b>&</b>');
      for (const href of hrefs(email.html)) expect(href?.startsWith(`${APP}/`)).toBe(true);
    },
  );

  it('specific subjects', () => {
    const subjects = Object.fromEntries(
      everyKind.map((content) => [
        content.kind + ('resent' in content && content.resent ? ':resent' : ''),
        renderEmail(content, context()).subject,
      ]),
    );
    expect(subjects).toEqual({
      invitation: 'Ada invited you to Acme',
      'invitation:resent': 'Reminder: Ada invited you to Acme',
      invitationRevoked: 'Your invitation to Acme was withdrawn',
      invitationExpired: 'Your invitation to bob@example.com for Acme expired',
      memberRemoved: 'You are no longer a member of Acme',
      memberBlocked: 'Your access to Acme was blocked',
      memberUnblocked: 'Your access to Acme was restored',
      ownershipReceived: 'You are now the owner of Acme',
      ownershipTransferred: 'You transferred the ownership of Acme to Bob',
      orgActivated: 'Acme is now active',
      paymentFailed: 'Action needed: a payment for Acme failed',
      paymentRestricted: 'Action needed: Acme is restricted until it is paid',
      paymentRestored: 'Payment received: Acme is in good standing again',
    });
  });

  it('the expired email (to the inviter) shows the expiry in the org zone', () => {
    const email = renderEmail(everyKind[3] as EmailContent, context());
    expect(email.text).toMatch(
      /bob@example\.com did not accept your invitation to join Acme as an admin before it expired on 22 November 2026(,| at) 19:00 GMT\+9 \(Asia\/Tokyo\)/,
    );
  });
});

describe('formatInTimeZone', () => {
  it('falls back to UTC for an unknown zone', () => {
    expect(formatInTimeZone('2026-11-22T10:00:00.000Z', 'Mars/Olympus')).toMatch(
      /22 November 2026(,| at) 10:00 GMT(\+0)? \(UTC\)/,
    );
  });
});
