import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signDevToken } from '../../infra/local/dev-issuer.ts';
import { alertText, checkPage, confirm, consoleBrowser, devPerson, notice } from '../support/browser.ts';
import { api } from '../support/http.ts';
import { accept } from '../support/members.ts';

/**
 * The console's Access → Roles and Access → Security policy in a real browser: an owner on a
 * plan with custom roles creates a role from the permission checklist, invites someone with it,
 * edits it, is refused its deletion while it is held; then turns on the MFA requirement (first
 * refused while signed in without a second factor) and a member without one reads why the
 * organization refuses them. Each page is checked with axe-core.
 */

const run = randomUUID().slice(0, 8);
const { appUrl, signedIn } = consoleBrowser();

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Organization' }).getByRole('link', { name }).click();

describe('the console for roles and the security policy', { timeout: 240_000 }, () => {
  it('an owner defines a custom role, invites with it, edits it, cannot delete it while held, then requires MFA', async () => {
    const owner = await devPerson('Ada Owner', run);
    const grace = await devPerson('Grace Hopper', run);
    const created = await api('POST', '/orgs', {
      token: owner.token,
      body: { name: `Access ${run}`, timeZone: 'Europe/Berlin' },
    });
    expect(created.status).toBe(201);
    const orgId = created.body.id as string;
    // custom_roles comes with the pro plan
    expect(
      (await api('PUT', `/orgs/${orgId}/plan`, { token: owner.token, body: { planId: 'pro' } })).status,
    ).toBe(200);

    const page = await signedIn(owner);
    await page.goto(`${appUrl()}/orgs/${orgId}`);
    await nav(page, 'Access → Roles');
    await page.getByRole('heading', { name: 'Roles', level: 1 }).waitFor();
    // built-in roles are read-only: no edit or delete for them
    const builtIn = page.getByRole('table', { name: 'Built-in roles (fixed)' });
    await builtIn.getByRole('row').filter({ hasText: 'Finance' }).getByText('billing:manage').waitFor();
    expect(await builtIn.getByRole('button').count()).toBe(0);
    await page.getByRole('table', { name: 'Application permissions' }).getByText('workflows:run').waitFor();

    await page.getByRole('button', { name: 'Create role' }).click();
    const form = page.getByRole('dialog', { name: 'Create a role' });
    await form.getByLabel('Key', { exact: true }).fill('support');
    await form.getByLabel('Name', { exact: true }).fill('Support');
    await form.getByLabel('Description', { exact: true }).fill('Answers customers');
    await form.getByRole('checkbox', { name: /^members:invite/ }).check();
    await form.getByRole('checkbox', { name: /^workflows:read/ }).check();
    await checkPage(page, 'roles-create');
    await form.getByRole('button', { name: 'Create role' }).click();
    await notice(page, 'The role Support was created.');
    const roleOf = async () =>
      (await api('GET', `/orgs/${orgId}/roles`, { token: owner.token })).body.items.find(
        (role: { key: string }) => role.key === 'support',
      );
    expect((await roleOf())?.permissions).toEqual(['org:read', 'members:invite', 'workflows:read']);
    await checkPage(page, 'roles-custom');

    // a second role with a taken key: the refusal, in words
    await page.getByRole('button', { name: 'Create role' }).click();
    const again = page.getByRole('dialog', { name: 'Create a role' });
    await again.getByLabel('Key', { exact: true }).fill('support');
    await again.getByLabel('Name', { exact: true }).fill('Support again');
    await again.getByRole('button', { name: 'Create role' }).click();
    expect(await again.getByRole('alert').textContent()).toContain('already exists');
    await again.getByRole('button', { name: 'Cancel' }).click();

    // the invite form offers the custom role
    await nav(page, 'Members');
    await page.getByRole('button', { name: 'Invite member' }).click();
    const inviteForm = page.getByRole('dialog', { name: 'Invite a member' });
    await inviteForm.getByLabel('Email').fill(grace.email);
    await inviteForm.getByLabel('Role').selectOption({ label: 'Support (custom)' });
    await inviteForm.getByRole('button', { name: 'Send invitation' }).click();
    await notice(page, `Invitation sent to ${grace.email}.`);
    const pending = await api('GET', `/orgs/${orgId}/invitations`, { token: owner.token });
    const invitation = pending.body.items.find((item: { email: string }) => item.email === grace.email);
    expect(invitation?.role).toBe('support');
    expect((await accept(grace, invitation.id)).status).toBe(200);

    // edit: add the audit log
    await nav(page, 'Access → Roles');
    await page.getByRole('button', { name: 'Edit Support' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit the role Support' });
    await edit.getByRole('checkbox', { name: /^audit:read/ }).check();
    await edit.getByRole('button', { name: 'Save role' }).click();
    await notice(page, 'The role Support was saved.');
    expect((await roleOf())?.permissions).toContain('audit:read');

    // held by Grace: deleting is refused, the role stays
    await page.getByRole('button', { name: 'Delete Support' }).click();
    await confirm(page, 'Delete');
    expect(await alertText(page)).toContain('held by 1 member');
    expect(await roleOf()).toBeDefined();

    // Grace, with the custom role, sees what it allows and nothing more
    const gracePage = await signedIn(grace);
    await gracePage.goto(`${appUrl()}/orgs/${orgId}/members`);
    await gracePage.getByRole('button', { name: 'Invite member' }).waitFor();
    const graceNav = gracePage.getByRole('navigation', { name: 'Organization' });
    expect(await graceNav.getByRole('link', { name: 'Access → Roles' }).count()).toBe(0);
    // she may invite, not manage: no role pickers in the roster
    expect(await gracePage.getByRole('combobox', { name: /^Role of / }).count()).toBe(0);

    // requiring MFA without a second factor in one's own sign-in is refused, nothing changes
    await nav(page, 'Access → Security policy');
    await page.getByRole('heading', { name: 'Security policy', level: 1 }).waitFor();
    await page.getByLabel('Require multi-factor sign-in').check();
    await page.getByRole('button', { name: 'Save policy' }).click();
    expect(await alertText(page)).toContain('You signed in without a second factor');
    const mfaToken = await signDevToken({ email: owner.email, name: owner.name, amr: ['pwd', 'mfa'] });
    const policy = () => api('GET', `/orgs/${orgId}/security-policy`, { token: mfaToken });
    expect((await policy()).body.requireMfa).toBe(false);

    // signed in with a second factor, the owner turns it on
    const mfaPage = await signedIn({ ...owner, mfa: true });
    await mfaPage.goto(`${appUrl()}/orgs/${orgId}/access/security-policy`);
    await mfaPage.getByLabel('Allowed email domains').fill('example.com');
    await mfaPage.getByLabel('Require multi-factor sign-in').check();
    await mfaPage.getByRole('button', { name: 'Save policy' }).click();
    await notice(mfaPage, 'The security policy was saved.');
    expect((await policy()).body).toMatchObject({ requireMfa: true, allowedInviteDomains: ['example.com'] });
    await checkPage(mfaPage, 'security-policy');

    // Grace signed in without one: the console says why the organization refuses her
    await gracePage.reload();
    expect(await alertText(gracePage)).toContain('Your organization requires multi-factor sign-in');
    await checkPage(gracePage, 'mfa-required');
  });
});
