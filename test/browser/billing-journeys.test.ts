import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { activateOrg } from '../support/api-keys.ts';
import { checkPage, consoleBrowser, devPerson, expectFitsTablet } from '../support/browser.ts';
import { api } from '../support/http.ts';
import { seedMember } from '../support/orgs.ts';
import { holdStripeClock } from '../support/stripe-clock.ts';

/**
 * The console's Billing page in a real browser: an activated org's first invoice, a renewal as
 * Stripe's clock moves on, a card that fails every charge, the past-due banner (Update card for
 * the owner, a notice for a member), a good card, the banner gone. Each page is checked with axe-core.
 */

const run = randomUUID().slice(0, 8);
const { appUrl, signedIn } = consoleBrowser();
const DAY = 86_400;
holdStripeClock();

/** Stripe's time moves on; answers once every event it caused was answered by the API. */
async function advanceStripeClock(seconds: number) {
  const response = await fetch(`${inject('stack').stripeUrl}/__emulator/clock/advance`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ seconds }),
  });
  expect(response.status, await response.clone().text()).toBe(200);
}

const invoiceRows = (page: Page) => page.getByTestId('invoice-row');

/** Waits for the invoices table to show `count` rows (and no more). */
async function expectInvoices(page: Page, count: number) {
  await invoiceRows(page)
    .nth(count - 1)
    .waitFor();
  expect(await invoiceRows(page).count()).toBe(count);
}

async function enterCard(page: Page, number: string) {
  await page.getByLabel('Card number').fill(number);
  await page.getByLabel('Expiry (MM/YY)').fill('12/34');
  await page.getByLabel('CVC').fill('123');
  await page.getByRole('button', { name: 'Use this card' }).click();
}

describe('the console for billing', { timeout: 240_000 }, () => {
  it('first invoice, renewal, a failing card, the banner, a good card, the banner gone', async () => {
    const owner = await devPerson('Ada Owner', run);
    const member = await devPerson('Max Member', run);
    const created = await api('POST', '/orgs', {
      token: owner.token,
      body: { name: `Billing ${run}`, timeZone: 'Europe/Berlin' },
    });
    expect(created.status).toBe(201);
    const orgId = created.body.id as string;
    await activateOrg(owner, orgId);
    await seedMember(orgId, member, 'member');

    // after activation, Billing & plan leads to the Billing page
    const page = await signedIn(owner);
    await page.goto(`${appUrl()}/orgs/${orgId}`);
    await page
      .getByRole('navigation', { name: 'Organization' })
      .getByRole('link', { name: 'Billing & plan' })
      .click();
    await page.waitForURL(/\/billing$/);
    await page.getByRole('heading', { name: 'Billing', level: 1 }).waitFor();
    await expectInvoices(page, 1);
    const link = invoiceRows(page).getByRole('link', { name: /View invoice/ });
    expect(await link.getAttribute('href')).toContain('/__emulator/hosted_invoices/');
    expect(await page.getByTestId('current-plan').textContent()).toMatch(/Pro — €49\.00 per month/);
    expect(await page.getByTestId('subscription-status').textContent()).toBe('active');
    expect(await page.getByTestId('billing-banner').count()).toBe(0);

    // what a change costs now: the difference, prorated by Stripe
    await page.getByRole('radio', { name: /Enterprise/ }).check();
    expect(await page.getByTestId('plan-change-cost').textContent()).toMatch(
      /€150\.00 more per month\. The prorated difference for the rest of this period is invoiced now\./,
    );
    await checkPage(page, 'billing');
    await expectFitsTablet(page);

    // a month passes at Stripe: the renewal's invoice
    await advanceStripeClock(30 * DAY + 60);
    await page.reload();
    await expectInvoices(page, 2);

    // a card that attaches but fails every charge, then the next renewal
    await page.getByRole('button', { name: 'Update card' }).click();
    await enterCard(page, '4000 0000 0000 0341');
    await page.getByTestId('card-on-file').filter({ hasText: 'ending in 0341' }).waitFor();
    await advanceStripeClock(30 * DAY + 60);
    await page.reload();
    const banner = page.getByTestId('billing-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('The last payment failed.');
    expect(await page.getByTestId('subscription-status').textContent()).toBe('past due');
    await checkPage(page, 'billing-past-due');

    // a member without billing:manage reads a notice, with no action they could not take
    const memberPage = await signedIn(member);
    await memberPage.goto(`${appUrl()}/orgs/${orgId}`);
    const notice = memberPage.getByTestId('billing-banner');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('The owner or a finance member has been asked');
    expect(await notice.getByRole('link').count()).toBe(0);
    expect(await notice.getByRole('button').count()).toBe(0);
    await checkPage(memberPage, 'billing-past-due-member');

    // the owner updates the card from the banner: the open invoice is paid, the banner goes
    await banner.getByRole('link', { name: 'Update card' }).click();
    await page.waitForURL(/\/billing\/card$/);
    await enterCard(page, '4242 4242 4242 4242');
    await banner.waitFor({ state: 'detached' });
    await page.getByTestId('card-on-file').filter({ hasText: 'ending in 4242' }).waitFor();
    const org = await api('GET', `/orgs/${orgId}`, { token: owner.token });
    expect(org.body.billingStatus).toBe('ok');
    await expect
      .poll(() => invoiceRows(page).getByText('paid', { exact: true }).count(), { timeout: 15_000 })
      .toBe(3);
    await checkPage(page, 'billing-restored');
  });
});
