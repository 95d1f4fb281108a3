import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { signDevToken } from '../../infra/local/dev-issuer.ts';
import {
  alertText,
  checkPage,
  confirm,
  consoleBrowser,
  expectFitsTablet,
  notice,
} from '../support/browser.ts';
import { api } from '../support/http.ts';
import { waitForEmails } from '../support/mailbox.ts';

/**
 * The console in a real browser (Debian's chromium through playwright-core), as people use it:
 * the journeys 1–4, one browser, one context per person. Every page is checked with
 * axe-core and photographed at 1280 px.
 */

const run = randomUUID().slice(0, 8);
const person = (name: string) => ({ name, email: `${name.split(' ')[0]?.toLowerCase()}-${run}@example.com` });
const ada = person('Ada Lovelace');
const grace = person('Grace Hopper');
const linus = person('Linus Pauling');
const orgName = `Analytical Engines ${run}`;

const { appUrl, openPage } = consoleBrowser();
let adaPage: Page;
let gracePage: Page;
let orgId: string;

/** The development issuer's sign-in form, as a person fills it. */
async function signIn(page: Page, who: { name: string; email: string }, screenshots = false) {
  await page.goto(`${appUrl()}/`);
  await page.getByRole('heading', { name: 'Sign in to Orgs' }).waitFor();
  if (screenshots) await checkPage(page, 'sign-in');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('Email').fill(who.email);
  if (screenshots) await checkPage(page, 'sign-in-development-issuer');
  await page.getByLabel('Name').fill(who.name);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

const tokenOf = (who: { email: string; name: string }) => signDevToken({ email: who.email, name: who.name });

const memberRow = (page: Page, name: RegExp | string) => page.getByRole('row').filter({ hasText: name });

beforeAll(async () => {
  adaPage = await openPage();
  gracePage = await openPage();
});

describe('the console', { timeout: 240_000 }, () => {
  it('1. a new user signs in, creates the organization and fills the wizard up to the card', async () => {
    const page = adaPage;
    await signIn(page, ada, true);
    await page.getByRole('heading', { name: 'Create your organization' }).waitFor();
    await checkPage(page, 'create-organization');
    await page.getByLabel('Organization name').fill(orgName);
    await page.getByLabel('Time zone').fill('Europe/Berlin');
    await page.getByRole('button', { name: 'Create organization' }).click();

    // the wizard opens at its first step
    await page.getByRole('heading', { name: 'Switch to Production' }).waitFor();
    await page.waitForURL(/\/onboarding\/plan$/);
    orgId = /\/orgs\/([^/]+)\//.exec(page.url())?.[1] ?? '';
    await checkPage(page, 'onboarding-plan');
    await page.getByRole('radio', { name: /Pro/ }).check();
    await page.getByRole('button', { name: 'Continue' }).click();

    await page.waitForURL(/\/onboarding\/settings$/);
    await checkPage(page, 'onboarding-settings');
    await page.getByLabel('Logo URL').fill('http://insecure.example.com/logo.png');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    // the API's refusal is what the person reads
    expect(await alertText(page)).toMatch(/https/i);
    await page.getByLabel('Logo URL').fill('https://cdn.example.com/logo.png');
    await page.getByRole('button', { name: 'Save and continue' }).click();

    await page.waitForURL(/\/onboarding\/billing$/);
    await page.getByLabel('Billing email').fill(`billing-${run}@example.com`);
    await page.getByLabel('Address', { exact: true }).fill('12 Marylebone Road');
    await page.getByLabel('Postal code').fill('NW1 5LR');
    await page.getByLabel('City').fill('London');
    await page.getByLabel('Country').selectOption('GB');
    await checkPage(page, 'onboarding-billing');
    await expectFitsTablet(page);
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.waitForURL(/\/onboarding\/payment$/);
  });

  it('1. (card) 4000…0002 shows the decline and the org stays in sandbox; 4242… takes it to production', async () => {
    const page = adaPage;
    await page.getByLabel('Card number').fill('4000 0000 0000 0002');
    await page.getByLabel('Expiry (MM/YY)').fill('12/34');
    await page.getByLabel('CVC').fill('123');
    await page.getByRole('button', { name: 'Use this card' }).click();
    expect(await alertText(page)).toContain('Your card was declined.');
    await checkPage(page, 'onboarding-card-declined');

    await page.getByRole('link', { name: 'Overview' }).click();
    await page.getByText('Sandbox', { exact: true }).waitFor();
    expect(await page.getByTestId('org-mode').textContent()).toBe('Sandbox');

    // resumable: "Switch to Production" opens the first step not done, the card
    await page.getByRole('link', { name: 'Switch to Production' }).click();
    await page.waitForURL(/\/onboarding\/payment$/);
    await page.getByLabel('Card number').fill('4242 4242 4242 4242');
    await page.getByLabel('Expiry (MM/YY)').fill('12/34');
    await page.getByLabel('CVC').fill('123');
    await checkPage(page, 'onboarding-card');
    await page.getByRole('button', { name: 'Use this card' }).click();
    await page.waitForURL(/\/onboarding\/done$/);
    await page.getByRole('heading', { name: 'You are live' }).waitFor();
    await checkPage(page, 'onboarding-done');

    await page.getByRole('link', { name: 'Go to the overview' }).click();
    await page.getByTestId('org-mode').filter({ hasText: 'Production' }).waitFor();
    await checkPage(page, 'overview');
    await expectFitsTablet(page);
    const org = await api('GET', `/orgs/${orgId}`, { token: await tokenOf(ada) });
    expect(org.body).toMatchObject({ mode: 'production', planId: 'pro', status: 'active' });
  });

  it('2. the owner invites a registered user, who accepts from the email link and sees the org in the switcher', async () => {
    await signIn(gracePage, grace);
    await gracePage.getByRole('heading', { name: 'Create your organization' }).waitFor();

    await adaPage.getByRole('link', { name: 'Members' }).click();
    await adaPage.getByRole('heading', { name: 'Members' }).waitFor();
    await adaPage.getByRole('button', { name: 'Invite member' }).click();
    await adaPage.getByLabel('Email').fill(grace.email);
    await adaPage.getByLabel('Role', { exact: true }).selectOption('developer');
    await checkPage(adaPage, 'members-invite');
    await adaPage.getByRole('button', { name: 'Send invitation' }).click();
    await notice(adaPage, `Invitation sent to ${grace.email}`);
    await memberRow(adaPage, grace.email).getByText('Invited', { exact: true }).waitFor();

    const [email] = await waitForEmails(grace.email, 1, { settleMs: 0 });
    const link = /https?:\/\/[^\s"<]+\/invitations\/[A-Za-z0-9_-]+/.exec(email?.body.text ?? '')?.[0];
    expect(link?.startsWith(`${appUrl()}/invitations/`), `link ${link}`).toBe(true);
    await gracePage.goto(link as string);
    await gracePage.getByRole('button', { name: 'Accept invitation' }).waitFor();
    expect(await gracePage.getByText(`${ada.name} invited you to join ${orgName} as developer`).count()).toBe(
      1,
    );
    await checkPage(gracePage, 'invitation');
    await gracePage.getByRole('button', { name: 'Accept invitation' }).click();

    await gracePage.waitForURL(new RegExp(`/orgs/${orgId}$`));
    await gracePage.getByRole('heading', { name: orgName }).waitFor();
    const switcher = gracePage.getByLabel('Organization', { exact: true });
    expect(await switcher.locator('option').allTextContents()).toContain(`${orgName} (developer)`);
  });

  it('3. the owner changes the role, blocks (the member loses access on the next action), unblocks and removes; resends and revokes an invitation', async () => {
    await adaPage.reload();
    const row = memberRow(adaPage, grace.email);
    await row.getByText('Active', { exact: true }).waitFor();
    await checkPage(adaPage, 'members');
    await expectFitsTablet(adaPage);

    await row.getByLabel(`Role of ${grace.name}`).selectOption('admin');
    await notice(adaPage, `${grace.name} is now admin`);

    await row.getByRole('button', { name: 'Block' }).click();
    await confirm(adaPage, 'Block');
    await row.getByText('Blocked', { exact: true }).waitFor();
    // Grace's very next action is refused with the API's detail
    await gracePage.getByRole('link', { name: 'Members' }).click();
    expect(await alertText(gracePage)).toMatch(/not found|no access|not a member/i);

    await row.getByRole('button', { name: 'Unblock' }).click();
    await row.getByText('Active', { exact: true }).waitFor();
    await gracePage.reload();
    await memberRow(gracePage, ada.email).getByText('Active', { exact: true }).waitFor();

    // an invitation resent, then revoked
    await api('GET', '/me', { token: await tokenOf(linus) });
    await adaPage.getByRole('button', { name: 'Invite member' }).click();
    await adaPage.getByLabel('Email').fill(linus.email);
    await adaPage.getByRole('button', { name: 'Send invitation' }).click();
    const invited = memberRow(adaPage, linus.email);
    await invited.getByText('Invited', { exact: true }).waitFor();
    await invited.getByRole('button', { name: 'Resend invitation' }).click();
    await notice(adaPage, 'was sent again');
    await waitForEmails(linus.email, 2, { settleMs: 0 });
    await invited.getByRole('button', { name: 'Revoke invitation' }).click();
    await confirm(adaPage, 'Revoke');
    await notice(adaPage, 'was revoked');
    await invited.waitFor({ state: 'detached' });

    // Linus joins (by the API), then the owner removes him
    const linusToken = await tokenOf(linus);
    const invitation = await api('POST', `/orgs/${orgId}/invitations`, {
      token: await tokenOf(ada),
      body: { email: linus.email, role: 'member' },
    });
    expect(
      (await api('POST', `/invitations/${invitation.body.id}/accept`, { token: linusToken })).status,
    ).toBe(200);
    await adaPage.reload();
    const linusRow = memberRow(adaPage, linus.email);
    await linusRow.getByText('Active', { exact: true }).waitFor();
    await linusRow.getByRole('button', { name: 'Remove' }).click();
    await confirm(adaPage, 'Remove');
    await linusRow.waitFor({ state: 'detached' });
    expect((await api('GET', `/orgs/${orgId}`, { token: linusToken })).status).toBe(404);
  });

  it('4. ownership moves to an admin, who accepts in their own session', async () => {
    await adaPage.getByRole('link', { name: 'Ownership' }).click();
    await adaPage
      .getByLabel('New owner (an active admin)')
      .selectOption({ label: `${grace.name} (${grace.email})` });
    await checkPage(adaPage, 'ownership');
    await adaPage.getByRole('button', { name: 'Offer ownership' }).click();
    await confirm(adaPage, 'Offer ownership');
    await notice(adaPage, 'Ownership offered');
    // the owner sees the pending offer (GET …/ownership-transfer), which only the target can accept
    await adaPage.getByText(`Offered to ${grace.name} on`).waitFor();

    await gracePage.getByRole('link', { name: 'Ownership' }).click();
    await gracePage.getByRole('button', { name: 'Accept ownership' }).click();
    await notice(gracePage, `You are now the owner of ${orgName}`);

    const org = await api('GET', `/orgs/${orgId}`, { token: await tokenOf(grace) });
    expect(org.body.ownerId).not.toBe((await api('GET', '/me', { token: await tokenOf(ada) })).body.id);
    await adaPage.getByRole('link', { name: 'Overview' }).click();
    await adaPage.reload();
    await adaPage.getByText('admin', { exact: true }).waitFor();
  });

  it('settings and the audit log, as the new owner', async () => {
    await gracePage.reload();
    await gracePage.getByRole('link', { name: 'Settings' }).click();
    await gracePage.getByLabel('Organization name').fill(`${orgName} Ltd`);
    await checkPage(gracePage, 'settings');
    await gracePage.getByRole('button', { name: 'Save changes' }).click();
    await notice(gracePage, 'Changes saved');

    await gracePage.getByRole('link', { name: 'Audit log' }).click();
    await gracePage.locator('tbody th', { hasText: 'org.settings_changed' }).first().waitFor();
    await checkPage(gracePage, 'audit-log');
    const actions = await gracePage.locator('tbody th').allTextContents();
    expect(actions).toEqual(expect.arrayContaining(['member.blocked', 'member.unblocked', 'member.removed']));
  });
});
