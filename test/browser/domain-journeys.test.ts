import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { devUserId, signDevToken } from '../../infra/local/dev-issuer.ts';
import { alertText, checkPage, consoleBrowser, expectFitsTablet, notice } from '../support/browser.ts';
import { setTxt, uniqueDomain } from '../support/domains.ts';
import { api } from '../support/http.ts';
import { until } from '../support/wait.ts';

/**
 * The console's Access → Domains in a real browser: an owner adds a domain, copies the record
 * to publish, verifies it (first refused with what was found), turns on suggestions; a person on
 * the domain signs in, sees the organization and asks to join; the owner approves. Each page is
 * checked with axe-core.
 */

const run = randomUUID().slice(0, 8);
const { appUrl, signedIn } = consoleBrowser({ clipboard: true });

/** A person the development issuer signs in, with an email on `domain`, registered. */
async function personOn(domain: string, name: string) {
  const email = `${name.split(' ')[0]?.toLowerCase()}-${run}@${domain}`;
  const token = await signDevToken({ email, name });
  expect((await api('GET', '/me', { token })).status).toBe(200);
  return { name, email, token, userId: devUserId(email) };
}

const domainRow = (page: Page, domain: string) => page.getByRole('row').filter({ hasText: domain });

describe('the console for verified domains', { timeout: 180_000 }, () => {
  it('an owner verifies a domain and turns on suggestions; a person on it asks to join and is approved', async () => {
    const domain = uniqueDomain('journey');
    const owner = await personOn(`owner-${run}.test`, 'Ada Owner');
    const created = await api('POST', '/orgs', {
      token: owner.token,
      body: { name: `Journey ${run}`, timeZone: 'Europe/Berlin' },
    });
    expect(created.status).toBe(201);
    const orgId = created.body.id as string;
    expect(
      (await api('PUT', `/orgs/${orgId}/plan`, { token: owner.token, body: { planId: 'pro' } })).status,
    ).toBe(200);

    const page = await signedIn(owner);
    await page.goto(`${appUrl()}/orgs/${orgId}`);
    await page
      .getByRole('navigation', { name: 'Organization' })
      .getByRole('link', { name: 'Access → Domains' })
      .click();
    await page.getByRole('heading', { name: 'Domains', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Add domain' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a domain' });
    await dialog.getByLabel('Domain').fill(domain.toUpperCase());
    await dialog.getByRole('button', { name: 'Add domain' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const row = domainRow(page, domain);
    await row.getByText(`_orgs-challenge.${domain}`).waitFor();
    const value = (await row.getByText(/^orgs-verification=/).textContent()) ?? '';
    expect(value).toMatch(/^orgs-verification=.{20,}$/);
    await row.getByRole('button', { name: 'Copy the TXT record value' }).click();
    await notice(page, 'Copied.');
    expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(value);
    await checkPage(page, 'domains-pending');
    await expectFitsTablet(page);

    // not published yet: the refusal says what was found
    await row.getByRole('button', { name: 'Verify' }).click();
    expect(await alertText(page)).toContain('no TXT record');

    await setTxt(`_orgs-challenge.${domain}`, value);
    await row.getByRole('button', { name: 'Verify' }).click();
    await row.getByText('verified', { exact: true }).waitFor();
    await row.getByLabel(`How people on ${domain} join`).selectOption('suggest');
    await row.getByLabel('Their role').selectOption('developer');
    await row.getByRole('button', { name: 'Save' }).click();
    await until(
      async () => (await api('GET', `/orgs/${orgId}/domains`, { token: owner.token })).body.items[0],
      (item) => item?.enrollment === 'suggest' && item?.role === 'developer',
      'the enrollment saved',
    );
    await checkPage(page, 'domains-verified');

    // a person on the domain sees the organization on sign-in and asks to join
    const person = await personOn(domain, 'Grace Hopper');
    const personPage = await signedIn(person);
    await personPage.getByRole('heading', { name: 'Organizations on your email domain' }).waitFor();
    await personPage.getByRole('button', { name: 'Request to join' }).click();
    await notice(personPage, 'Request sent');
    await checkPage(personPage, 'domains-suggested');

    // the owner approves it
    await page.reload();
    const request = page.getByRole('row').filter({ hasText: person.email });
    await request.getByRole('button', { name: 'Approve' }).click();
    await request.waitFor({ state: 'detached' });
    const member = await api('GET', `/orgs/${orgId}/members/${person.userId}`, { token: owner.token });
    expect(member.body).toMatchObject({ role: 'developer', status: 'active' });
  });
});
