import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createKeyOk, expectKeyRefused, whoAmI } from '../support/api-keys.ts';
import {
  checkPage,
  confirm,
  consoleBrowser,
  devPerson,
  expectFitsTablet,
  notice,
} from '../support/browser.ts';
import { api, type TestUser } from '../support/http.ts';
import { join, newOrg } from '../support/members.ts';
import { received, receiverForTests, verifiedEvents } from '../support/webhooks.ts';

/**
 * The console's developer features in a real browser (the journey 5): a developer creates
 * an API key (its secret shown once), calls the API with it, rolls and revokes keys; registers a
 * webhook endpoint at a real receiver, sends a test event and reads the delivery log. A `member`
 * sees neither page. Every page is checked with axe-core and photographed at 1280 px.
 */

const run = randomUUID().slice(0, 8);
const { appUrl, signedIn } = consoleBrowser({ clipboard: true });

const person = (name: string) => devPerson(name, run);

let owner: TestUser;
let orgId: string;
let developer: TestUser & { name: string };
let member: TestUser & { name: string };
let devPage: Page;
const receiver = receiverForTests();

const orgLink = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Organization' }).getByRole('link', { name, exact: true });

/** The secret in the show-once dialog: read it, copy it, close it. */
async function takeSecret(page: Page, name: string, prefix: RegExp): Promise<string> {
  const dialog = page.getByRole('dialog', { name });
  await dialog.getByText('you will not see it again').waitFor();
  const secret = await dialog.getByRole('textbox').inputValue();
  expect(secret).toMatch(prefix);
  await dialog.getByRole('button', { name: 'Copy' }).click();
  await dialog.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
  expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(secret);
  return secret;
}

async function closeSecret(page: Page) {
  await page.getByRole('button', { name: 'I have stored it' }).click();
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
}

const keyRow = (page: Page, name: string) =>
  page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });

beforeAll(async () => {
  ({ owner, orgId } = await newOrg());
  developer = await person('Dennis Ritchie');
  member = await person('Margaret Hamilton');
  await join(owner, orgId, developer, 'developer');
  await join(owner, orgId, member, 'member');
}, 60_000);

describe('the console for developers', { timeout: 180_000 }, () => {
  it('a developer creates a sandbox key, sees its secret once, calls the API with it and revokes it', async () => {
    // a key the owner made: the developer sees it but may neither roll nor revoke it
    await createKeyOk(owner, orgId, { name: `Owner key ${run}`, mode: 'sandbox' });
    devPage = await signedIn(developer);
    const page = devPage;
    await page.goto(`${appUrl()}/orgs/${orgId}`);
    await orgLink(page, 'API keys').click();
    await page.getByRole('heading', { name: 'API keys', level: 1 }).waitFor();
    const ownerRow = keyRow(page, `Owner key ${run}`);
    await ownerRow.waitFor();
    expect(await ownerRow.getByRole('button').count()).toBe(0);

    await page.getByRole('button', { name: 'Create API key' }).click();
    await page.getByLabel('Name').fill('CI deploys');
    await page.getByLabel('Mode').selectOption('sandbox');
    await checkPage(page, 'api-keys-create');
    await page.getByRole('button', { name: 'Create key' }).click();
    const key = await takeSecret(page, 'Your new API key', /^orgs_test_[0-9A-Za-z]+$/);
    await checkPage(page, 'api-keys-secret');
    await closeSecret(page);
    await notice(page, 'API key “CI deploys” created.');

    // shown once: not on the page after closing, nor after a reload
    const row = keyRow(page, 'CI deploys');
    await row.getByText('active', { exact: true }).waitFor();
    expect(await page.content()).not.toContain(key);
    await page.reload();
    await row.getByText('active', { exact: true }).waitFor();
    const start = (await row.locator('code').textContent())?.replace(/…$/, '') ?? '';
    expect(start).toMatch(/^orgs_test_./);
    expect(key.startsWith(start)).toBe(true);
    expect(await page.content()).not.toContain(key);
    await checkPage(page, 'api-keys');
    await expectFitsTablet(page);

    const who = await whoAmI(key);
    expect(who.status, JSON.stringify(who.body)).toBe(200);
    expect(who.body).toMatchObject({ orgId, mode: 'sandbox', keyName: 'CI deploys' });

    await row.getByRole('button', { name: 'Revoke' }).click();
    await confirm(page, 'Revoke');
    await notice(page, 'API key “CI deploys” revoked.');
    await row.getByText('revoked', { exact: true }).waitFor();
    expectKeyRefused(await whoAmI(key), 'API_KEY_REVOKED');

    // the status filter: revoked keys out of the way
    await page.getByLabel('Status').selectOption('active');
    await row.waitFor({ state: 'detached' });
    await ownerRow.waitFor();
    await page.getByLabel('Status').selectOption('');
  });

  it('a developer rolls their key: the new secret is shown once and the old key ends at once', async () => {
    const page = devPage;
    // a production key in a sandbox organization: the API's refusal is what the person reads
    await page.getByRole('button', { name: 'Create API key' }).click();
    await page.getByLabel('Name').fill(`Worker ${run}`);
    await page.getByLabel('Mode').selectOption('production');
    await page.getByRole('button', { name: 'Create key' }).click();
    expect(await page.getByRole('dialog').getByRole('alert').textContent()).toMatch(/production/i);
    // a sandbox key that expires in a year (the picker's local time becomes an instant)
    await page.getByLabel('Mode').selectOption('sandbox');
    const nextYear = new Date().getFullYear() + 1;
    await page.getByLabel('Expires (optional)').fill(`${nextYear}-06-30T12:00`);
    await page.getByRole('button', { name: 'Create key' }).click();
    const oldKey = await takeSecret(page, 'Your new API key', /^orgs_test_/);
    await closeSecret(page);
    const listed = await api('GET', `/orgs/${orgId}/api-keys`, { token: developer.token });
    const worker = listed.body.items.find((item: { name: string }) => item.name === `Worker ${run}`);
    expect(new Date(worker.expiresAt).getFullYear()).toBe(nextYear);
    expect((await whoAmI(oldKey)).status).toBe(200);

    const row = keyRow(page, `Worker ${run}`);
    await row.getByRole('button', { name: 'Roll' }).click();
    await page.getByLabel('Keep the old key working for (seconds)').fill('0');
    await checkPage(page, 'api-keys-roll');
    await page.getByRole('button', { name: 'Roll key' }).click();
    const rolled = await takeSecret(page, 'Your new API key', /^orgs_test_/);
    await closeSecret(page);
    await notice(page, `API key “Worker ${run}” rolled.`);
    expect(rolled).not.toBe(oldKey);
    expectKeyRefused(await whoAmI(oldKey), 'API_KEY_REVOKED');
    expect((await whoAmI(rolled)).body).toMatchObject({ orgId, keyName: `Worker ${run}` });
  });

  it('a developer registers an endpoint at a real receiver, sends a test event and sees it delivered', async () => {
    const page = devPage;
    await orgLink(page, 'Webhooks').click();
    await page.getByRole('heading', { name: 'Webhooks', level: 1 }).waitFor();
    await page.getByText('No webhook endpoints yet.').waitFor();
    await checkPage(page, 'webhooks-empty');

    const url = receiver.url(`/hooks/${run}`);
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    await page.getByLabel('Endpoint URL').fill(url);
    await page.getByLabel('Description (optional)').fill('CRM sync');
    await page.getByLabel('Chosen events').check();
    await page.getByLabel('member.removed').check();
    await checkPage(page, 'webhooks-register');
    await page.getByLabel('All events').check();
    await page.getByRole('dialog').getByRole('button', { name: 'Add endpoint' }).click();
    const secret = await takeSecret(page, 'Your signing secret', /^whsec_/);
    await closeSecret(page);

    await page.getByRole('link', { name: url }).click();
    await page.getByRole('heading', { name: 'Webhook endpoint' }).waitFor();
    expect(await page.content()).not.toContain(secret);
    await page.getByText('Nothing delivered yet.').waitFor();

    await page.getByRole('button', { name: 'Send test event' }).click();
    await notice(page, 'The test event succeeded (HTTP 200');
    const log = page.getByRole('table', { name: 'Deliveries, newest first' });
    const testRow = log.getByRole('row').filter({ hasText: 'webhook.test' });
    await testRow.getByText('succeeded', { exact: true }).waitFor();
    expect(await testRow.getByRole('cell').nth(2).textContent()).toBe('200');
    await checkPage(page, 'webhook-endpoint');
    await expectFitsTablet(page);

    // the receiver got it, signed with the secret the console showed once
    const requests = await received(receiver, `/hooks/${run}`, 1);
    const events = verifiedEvents(receiver, requests, secret);
    expect(events.map((event) => event.type)).toContain('webhook.test');
    expect(events.find((event) => event.type === 'webhook.test')).toMatchObject({ orgId });

    // a retry from the log is delivered again with the same webhook-id
    const before = receiver.at(`/hooks/${run}`).length;
    await testRow
      .first()
      .getByRole('button', { name: /^Retry/ })
      .click();
    await notice(page, 'is being delivered again');
    const again = await received(receiver, `/hooks/${run}`, before + 1);
    expect(again.at(-1)?.headers['webhook-id']).toBe(requests[0]?.headers['webhook-id']);

    // edit: chosen events instead of all
    await page.getByRole('button', { name: 'Edit' }).click();
    await page.getByLabel('Description (optional)').fill('CRM sync v2');
    await page.getByLabel('Chosen events').check();
    await page.getByLabel('api_key.revoked').check();
    await page.getByLabel('member.removed').check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await notice(page, 'Changes saved.');
    await page.getByText('member.removed, api_key.revoked', { exact: true }).waitFor();
    const edited = await api('GET', `/orgs/${orgId}/webhook-endpoints`, { token: developer.token });
    expect(edited.body.items[0]).toMatchObject({
      description: 'CRM sync v2',
      events: ['member.removed', 'api_key.revoked'],
    });

    // disable, rotate (the new secret shown once), delete
    await page.getByRole('button', { name: 'Disable' }).click();
    await notice(page, 'The endpoint is disabled.');
    await page.getByRole('button', { name: 'Enable' }).waitFor();
    await page.getByRole('button', { name: 'Rotate secret' }).click();
    await confirm(page, 'Rotate secret');
    const rotated = await takeSecret(page, 'Your new signing secret', /^whsec_/);
    expect(rotated).not.toBe(secret);
    await closeSecret(page);
    await page.getByRole('button', { name: 'Delete endpoint' }).click();
    await confirm(page, 'Delete');
    await page.getByText('No webhook endpoints yet.').waitFor();
    const gone = await api('GET', `/orgs/${orgId}/webhook-endpoints`, { token: developer.token });
    expect(gone.body.items).toEqual([]);
  });

  it('a member sees neither API keys nor webhooks', async () => {
    const page = await signedIn(member);
    await page.goto(`${appUrl()}/orgs/${orgId}`);
    const nav = page.getByRole('navigation', { name: 'Organization' });
    await orgLink(page, 'Members').waitFor();
    const links = await nav.getByRole('link').allTextContents();
    expect(links).toContain('Members');
    expect(links).not.toContain('API keys');
    expect(links).not.toContain('Webhooks');
    await page.goto(`${appUrl()}/orgs/${orgId}/api-keys`);
    await page.getByText('Only the owner, admins and developers use API keys.').waitFor();
    expect(await page.getByRole('button', { name: 'Create API key' }).count()).toBe(0);
  });
});
