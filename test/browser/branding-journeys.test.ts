import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPage, consoleBrowser, devPerson, expectFitsTablet, notice } from '../support/browser.ts';
import { api, type TestUser } from '../support/http.ts';
import { html, png } from '../support/images.ts';
import { join } from '../support/members.ts';
import { until } from '../support/wait.ts';

/**
 * Branding images uploaded from the console (issue 17) in a real browser: the file goes from the
 * page straight to storage (cross-origin, with the presigned POST), the checker decides, the page
 * shows the decision and a preview, and the organization's URL serves exactly the bytes chosen.
 * Refusals (in the browser, by the checker) are shown with their reason and change nothing.
 */

const run = randomUUID().slice(0, 8);
const { appUrl, signedIn } = consoleBrowser();

const person = (name: string) => devPerson(name, run);

let owner: TestUser & { name: string };
let member: TestUser & { name: string };
let orgId: string;
let ownerPage: Page;
/** the logo accepted in the first test */
let logoUrl: string;
/** every ticket the owner's page asked for (path of the POST) */
const ticketRequests: string[] = [];

const getOrg = async () => {
  const response = await api('GET', `/orgs/${orgId}`, { token: owner.token });
  expect(response.status).toBe(200);
  return response.body;
};

/** Waits for this refusal in one asset's group (role=alert) and returns the whole text shown. */
async function refusal(page: Page, asset: string, text: string | RegExp): Promise<string> {
  const alert = page
    .getByRole('group', { name: asset, exact: true })
    .getByRole('alert')
    .filter({ hasText: text });
  await alert.waitFor();
  return (await alert.textContent()) ?? '';
}

/** The width the browser decoded for the preview of an asset (0 until it loaded). */
const previewWidth = (page: Page, asset: string) =>
  page.evaluate<number>(
    `(() => { const img = document.querySelector('img.branding-image.${asset}'); return img && img.complete ? img.naturalWidth : 0; })()`,
  );

async function served(url: string) {
  const response = await fetch(url);
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) };
}

beforeAll(async () => {
  owner = await person('Paula Scher');
  member = await person('Massimo Vignelli');
  const created = await api('POST', '/orgs', {
    token: owner.token,
    body: { name: `Pentagram ${run}`, timeZone: 'Europe/London' },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  orgId = created.body.id;
  await join(owner, orgId, member, 'member');
}, 60_000);

describe('branding uploads in the console', { timeout: 180_000 }, () => {
  it('the owner uploads a PNG logo on the settings page: accepted, previewed, served byte for byte', async () => {
    ownerPage = await signedIn(owner);
    const page = ownerPage;
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname.endsWith('/uploads')) {
        ticketRequests.push(new URL(request.url()).pathname);
      }
    });
    await page.goto(`${appUrl()}/orgs/${orgId}/settings`);
    await page.getByRole('heading', { name: 'Organization settings' }).waitFor();
    const logo = page.getByRole('group', { name: 'Logo', exact: true });
    await logo.getByText('No logo yet.').waitFor();
    // the limits are shown before a file is chosen
    await logo.getByText('PNG, JPEG or WebP, at most 1 MiB, from 16×16 to 2048×2048 pixels.').waitFor();
    await checkPage(page, 'settings-branding');
    await expectFitsTablet(page);

    // an edit not yet saved survives the upload (which changes the org and its ETag)
    await page.getByLabel('Organization name').fill(`Pentagram Design ${run}`);
    const bytes = png(120, 60, 7);
    await page
      .getByLabel('Upload a logo')
      .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: bytes });
    await notice(page, 'Logo uploaded.');
    const preview = logo.getByRole('img', { name: 'Current logo' });
    logoUrl = (await preview.getAttribute('src')) ?? '';
    await until(
      () => previewWidth(page, 'logo'),
      (width) => width === 120,
      'the preview decoded',
    );
    await checkPage(page, 'settings-logo-uploaded');

    const org = await getOrg();
    expect(org.branding.logoUrl).toBe(logoUrl);
    const response = await served(logoUrl);
    expect(response.status).toBe(200);
    expect(response.bytes.equals(bytes)).toBe(true);
    expect(ticketRequests).toEqual([`/orgs/${orgId}/branding/logo/uploads`]);

    expect(await page.getByLabel('Organization name').inputValue()).toBe(`Pentagram Design ${run}`);
    expect(await page.getByLabel('Logo URL').inputValue()).toBe(logoUrl);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await notice(page, 'Changes saved.');
    const saved = await getOrg();
    expect(saved.name).toBe(`Pentagram Design ${run}`);
    expect(saved.branding.logoUrl).toBe(logoUrl);
  });

  it('a file the checker refuses shows its reason and leaves the logo as it was', async () => {
    const page = ownerPage;
    // an HTML page named and declared as a PNG: only the checker can tell
    await page
      .getByLabel('Upload a logo')
      .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: html });
    expect(await refusal(page, 'Logo', 'not accepted')).toBe(
      'The logo was not accepted: Not a image/png, image/jpeg, image/webp image.',
    );
    await checkPage(page, 'settings-logo-rejected');
    expect((await getOrg()).branding.logoUrl).toBe(logoUrl);
    expect(await page.getByRole('img', { name: 'Current logo' }).getAttribute('src')).toBe(logoUrl);

    // a real PNG, but wider than a logo may be
    await page
      .getByLabel('Upload a logo')
      .setInputFiles({ name: 'wide.png', mimeType: 'image/png', buffer: png(2100, 16, 2) });
    expect(await refusal(page, 'Logo', '2100×16')).toBe(
      'The logo was not accepted: The image is 2100×16; at most 2048×2048 is allowed.',
    );
    expect((await getOrg()).branding.logoUrl).toBe(logoUrl);
    expect(ticketRequests).toHaveLength(3);
  });

  it('a file over the size limit or of another type is refused in the browser, before any upload', async () => {
    const page = ownerPage;
    const tooLarge = Buffer.concat([png(16, 16, 1), Buffer.alloc(1024 * 1024)]);
    await page
      .getByLabel('Upload a logo')
      .setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: tooLarge });
    expect(await refusal(page, 'Logo', 'huge.png')).toBe(
      `“huge.png” is ${tooLarge.length.toLocaleString('en')} bytes; a logo is at most 1 MiB (1,048,576 bytes).`,
    );
    await page
      .getByLabel('Upload a logo')
      .setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg/>') });
    expect(await refusal(page, 'Logo', 'logo.svg')).toBe(
      '“logo.svg” is of type image/svg+xml: choose a PNG, JPEG or WebP image.',
    );
    // no ticket was asked for, nothing changed
    expect(ticketRequests).toHaveLength(3);
    expect((await getOrg()).branding.logoUrl).toBe(logoUrl);
  });

  it('Remove clears the logo', async () => {
    const page = ownerPage;
    await page.getByRole('button', { name: 'Remove logo' }).click();
    await notice(page, 'Logo removed.');
    await page.getByRole('group', { name: 'Logo', exact: true }).getByText('No logo yet.').waitFor();
    expect((await getOrg()).branding.logoUrl).toBeNull();
    expect(await page.getByLabel('Logo URL').inputValue()).toBe('');
    expect((await served(logoUrl)).status).toBe(404);
    await checkPage(page, 'settings-logo-removed');
  });

  it('the onboarding settings step uploads a banner, then saves and continues', async () => {
    const page = ownerPage;
    await page.goto(`${appUrl()}/orgs/${orgId}/onboarding/settings`);
    await page.getByRole('heading', { name: 'Settings', level: 2 }).waitFor();
    const bytes = png(400, 100, 5);
    await page
      .getByLabel('Upload a banner')
      .setInputFiles({ name: 'banner.png', mimeType: 'image/png', buffer: bytes });
    await notice(page, 'Banner uploaded.');
    const bannerUrl = (await page.getByRole('img', { name: 'Current banner' }).getAttribute('src')) ?? '';
    await until(
      () => previewWidth(page, 'banner'),
      (width) => width === 400,
      'the banner preview decoded',
    );
    await checkPage(page, 'onboarding-settings-banner');
    expect((await getOrg()).branding.bannerUrl).toBe(bannerUrl);
    expect((await served(bannerUrl)).bytes.equals(bytes)).toBe(true);

    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.waitForURL((url) => !url.pathname.endsWith('/onboarding/settings'));
    const onboarding = await api('GET', `/orgs/${orgId}/onboarding`, { token: owner.token });
    expect(onboarding.body.steps.find((step: { id: string }) => step.id === 'settings')?.done).toBe(true);
    expect((await getOrg()).branding.bannerUrl).toBe(bannerUrl);
  });

  it('a member sees the images but no upload controls, and the API refuses them an upload', async () => {
    const page = await signedIn(member);
    await page.goto(`${appUrl()}/orgs/${orgId}/settings`);
    await page.getByRole('heading', { name: 'Organization settings' }).waitFor();
    await page.getByRole('img', { name: 'Banner' }).waitFor();
    expect(await page.locator('input[type=file]').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Remove/ }).count()).toBe(0);
    await checkPage(page, 'settings-member-branding');

    const refused = await api('POST', `/orgs/${orgId}/branding/logo/uploads`, {
      token: member.token,
      body: { contentType: 'image/png', contentLength: 100 },
    });
    expect(refused.status).toBe(403);
  });
});
