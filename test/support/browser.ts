import { mkdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { devUserId, signDevToken } from '../../infra/local/dev-issuer.ts';
import { projectRoot } from '../../infra/local/handler-loader.ts';
import { api, type TestUser } from './http.ts';

/** Debian's chromium (`apt-get install -y chromium`); CHROMIUM_PATH overrides. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Screenshots of every page at 1280 px (git-ignored). */
export const screenshotDir = path.join(projectRoot, 'test-results', 'console');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export const DESKTOP = { width: 1280, height: 800 };
export const TABLET = { width: 768, height: 1024 };

export function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: DESKTOP, reducedMotion: 'reduce' });
}

/**
 * Every page is checked the same way: axe-core finds no serious or critical violation, and a
 * screenshot at 1280 px goes to test-results/console/<name>.png.
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      help: violation.help,
      nodes: violation.nodes.map((node) => node.target.join(' ')),
    }));
  expect(serious, `accessibility of ${name}`).toEqual([]);
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

/** At 768 px the page must not scroll sideways (tables scroll inside their own box). */
export async function expectFitsTablet(page: Page): Promise<void> {
  const before = page.viewportSize() ?? DESKTOP;
  await page.setViewportSize(TABLET);
  const overflow = await page.evaluate<number>(
    'document.documentElement.scrollWidth - document.documentElement.clientWidth',
  );
  await page.setViewportSize(before);
  expect(overflow, `horizontal overflow at 768 px on ${page.url()}`).toBeLessThanOrEqual(0);
}

/** A person the development issuer signs in by email (same user id in the browser and the API), registered. */
export async function devPerson(name: string, run: string): Promise<TestUser & { name: string }> {
  const email = `${name.split(' ')[0]?.toLowerCase()}-${run}@example.com`;
  const token = await signDevToken({ email, name });
  expect((await api('GET', '/me', { token })).status).toBe(200);
  return { name, email, token, userId: devUserId(email) };
}

/** Signs `who` in with the console's development sign-in (`mfa`: with a second factor), on a new page of `context`. */
export async function signInOnNewPage(
  context: BrowserContext,
  appUrl: string,
  who: { name: string; email: string; mfa?: boolean },
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${appUrl}/`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Name').fill(who.name);
  if (who.mfa) await page.getByLabel('Signed in with a second factor').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  return page;
}

/**
 * A test file's chromium, one context per person: launched before the file's tests (call this at
 * the top of the file), closed after them with every context it opened.
 */
export function consoleBrowser(options: { clipboard?: boolean } = {}) {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const appUrl = () => inject('stack').appUrl;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });
  async function openContext(): Promise<BrowserContext> {
    if (!browser) throw new Error('the browser is launched before the tests');
    const context = await newContext(browser);
    contexts.push(context);
    if (options.clipboard) {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: appUrl() });
    }
    return context;
  }
  return {
    appUrl,
    /** A page of a new context (a person not signed in yet). */
    openPage: async (): Promise<Page> => (await openContext()).newPage(),
    /** `who` signed in with the development sign-in, on a page of a new context. */
    signedIn: async (who: { name: string; email: string; mfa?: boolean }): Promise<Page> =>
      signInOnNewPage(await openContext(), appUrl(), who),
  };
}

/** Waits for the confirmation the person reads (role=status). */
export const notice = (page: Page, text: string) =>
  page.getByRole('status').filter({ hasText: text }).first().waitFor();

/** The refusal the person reads (role=alert). */
export async function alertText(page: Page): Promise<string> {
  const locator = page.getByRole('alert').first();
  await locator.waitFor();
  return (await locator.textContent()) ?? '';
}

/**
 * Confirms the destructive action the dialog asks about, and waits for that dialog to go (not
 * for every dialog: a rotation opens the new secret's dialog as soon as the confirmation closes).
 */
export async function confirm(page: Page, button: string): Promise<void> {
  const confirmButton = page.getByRole('button', { name: button, exact: true });
  const dialog = page.getByRole('dialog').filter({ has: confirmButton });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
}
