import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  checkPage,
  confirm,
  consoleBrowser,
  devPerson,
  expectFitsTablet,
  notice,
} from '../support/browser.ts';
import { api } from '../support/http.ts';

/**
 * The console's Access → SCIM in a real browser: an owner copies the base URL, creates a token
 * (shown once, copied), the identity provider provisions a user with it and the page shows that
 * activity; then the owner revokes the token and the provider is refused. Checked with axe-core.
 */

const run = randomUUID().slice(0, 8);
const { appUrl, signedIn } = consoleBrowser({ clipboard: true });

describe('the console for SCIM provisioning', { timeout: 180_000 }, () => {
  it('an owner connects an identity provider: base URL, a token shown once, its activity, revoked', async () => {
    const owner = await devPerson('Ada Owner', run);
    const created = await api('POST', '/orgs', {
      token: owner.token,
      body: { name: `SCIM ${run}`, timeZone: 'UTC' },
    });
    expect(created.status).toBe(201);
    const orgId = created.body.id as string;
    expect(
      (await api('PUT', `/orgs/${orgId}/plan`, { token: owner.token, body: { planId: 'enterprise' } }))
        .status,
    ).toBe(200);

    const page = await signedIn(owner);
    await page.goto(`${appUrl()}/orgs/${orgId}`);
    await page
      .getByRole('navigation', { name: 'Organization' })
      .getByRole('link', { name: 'Access → SCIM' })
      .click();
    await page.getByRole('heading', { name: 'SCIM provisioning', level: 1 }).waitFor();
    await page.getByText('No SCIM tokens yet.').waitFor();

    // the base URL to paste into the identity provider
    const baseUrl = await page.getByLabel(/^Base URL/).inputValue();
    expect(baseUrl).toMatch(/^https?:\/\/[^/]+\/scim\/v2$/);
    await page.getByRole('button', { name: 'Copy', exact: true }).click();
    await notice(page, 'Copied');
    expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(baseUrl);

    await page.getByRole('button', { name: 'Create SCIM token' }).click();
    const form = page.getByRole('dialog', { name: 'Create a SCIM token' });
    await form.getByLabel('Name').fill('Okta');
    await form.getByRole('button', { name: 'Create token' }).click();
    const shown = page.getByRole('dialog', { name: 'Your new SCIM token' });
    await shown.getByText('you will not see it again').waitFor();
    const token = await shown.getByRole('textbox').inputValue();
    expect(token).toMatch(/^orgs_scim_[0-9A-Za-z]{39}$/);
    await checkPage(page, 'scim-token-secret');
    await page.getByRole('button', { name: 'I have stored it' }).click();
    await shown.waitFor({ state: 'hidden' });
    await page.getByRole('rowheader', { name: 'Okta' }).waitFor();
    await page.getByText('None yet.').waitFor();

    // the identity provider provisions someone with the base URL and token shown
    const provisioned = await fetch(`${baseUrl}/Users`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/scim+json' },
      body: JSON.stringify({ userName: `grace-${run}@example.com`, active: true }),
    });
    expect(provisioned.status).toBe(201);
    // recorded before the answer: the page shows it on its next load
    await page.reload();
    await page
      .locator('#scim-last-activity')
      .getByText(/a user provisioned \(token “Okta”\)\.$/)
      .waitFor();
    await checkPage(page, 'scim-tokens');
    await expectFitsTablet(page);

    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Okta' }) });
    await row.getByRole('button', { name: 'Revoke' }).click();
    await confirm(page, 'Revoke');
    await notice(page, 'SCIM token “Okta” revoked.');
    await row.getByText('revoked', { exact: true }).waitFor();
    const refused = await fetch(`${baseUrl}/Users`, { headers: { authorization: `Bearer ${token}` } });
    expect(refused.status).toBe(401);
  });
});
