// Offline and installable: the service worker precaches the build, every route reloads with the
// server really stopped, a new deployment is offered as "New version ready" and applied only on
// request without mixing versions, saved data survives, and Chromium finds the app installable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { CHROMIUM, DIST, FLAGS, ROOT, SUB_PATH, SHOTS, routes, hydrated } from './helpers.mjs';
import { startServer } from './server.mjs';

let work;

before(() => { work = mkdtempSync(join(tmpdir(), 'nc-offline-')); mkdirSync(SHOTS, { recursive: true }); });
after(() => rmSync(work, { recursive: true, force: true }));

/** A persistent (non-incognito) browser profile, as an installed app would have. */
async function profile(name) {
  return chromium.launchPersistentContext(join(work, name), { executablePath: CHROMIUM, headless: true, args: FLAGS });
}

async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 20000 });
}

test('after the first visit, every route reloads with the server stopped', async () => {
  const site = await startServer({ dir: DIST, subPath: SUB_PATH, port: 0 });
  const ctx = await profile('offline');
  const page = await ctx.newPage();
  await page.goto(site.url);
  await hydrated(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await controlled(page);
  await site.close(); // a real outage: nothing listens on the port any more
  for (const r of routes()) {
    const res = await page.goto(site.url + r);
    assert.ok(res, `${r}: got a response`);
    await hydrated(page);
    assert.equal(await page.locator('h1').count(), 1, `${r} renders offline`);
  }
  // In-app navigation works offline too.
  await page.goto(site.url);
  await hydrated(page);
  await page.locator('nav[aria-label="Main"] a', { hasText: 'Guide' }).click();
  await page.waitForURL(site.url + 'guide/');
  assert.equal(await page.locator('h1').innerText(), 'Guide to night-time leg cramps');
  // When the device itself goes offline, the header says so (and that the app still works).
  await ctx.setOffline(true);
  await page.locator('.offline-badge').waitFor({ timeout: 5000 });
  await ctx.setOffline(false);
  await page.locator('.offline-badge').waitFor({ state: 'detached', timeout: 5000 });
  await ctx.close();
});

test('a new deployment is offered, applied only on request, with no mixed files and data intact', async () => {
  // Version 1 is the build; version 2 is the same build with a changed stylesheet, prerendered
  // again so its service worker gets a new file list hash.
  const v1 = join(work, 'v1');
  const v2 = join(work, 'v2');
  cpSync(DIST, v1, { recursive: true });
  cpSync(DIST, v2, { recursive: true });
  const css = readdirSync(v2).find((f) => f.startsWith('style-') && f.endsWith('.css'));
  writeFileSync(join(v2, css), readFileSync(join(v2, css), 'utf8') + '\nhtml { --build: v2; }\n');
  const prerender = join(ROOT, 'target', 'prerender', 'prerender');
  assert.ok(existsSync(prerender), 'the prerender binary was built by cargo xtask dist');
  execFileSync(prerender, [v2, '--not-found-base', SUB_PATH], { stdio: 'ignore' });
  assert.notEqual(readFileSync(join(v1, 'sw.js'), 'utf8'), readFileSync(join(v2, 'sw.js'), 'utf8'), 'sw.js changed');

  let site = await startServer({ dir: v1, subPath: SUB_PATH, port: 0 });
  const port = site.port;
  const ctx = await profile('update');
  const page = await ctx.newPage();
  await page.goto(site.url);
  await hydrated(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await controlled(page);
  await page.evaluate(() => localStorage.setItem('night-cramps.diary', '{"kept":"through the update"}'));
  const build = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--build').trim());
  assert.equal(await build(), '');

  await site.close();
  site = await startServer({ dir: v2, subPath: SUB_PATH, port });
  await page.reload();
  await hydrated(page);
  const prompt = page.locator('.update-prompt');
  await prompt.waitFor({ timeout: 20000 });
  // It names the version it offers: the package version and version 2's build id.
  const v2Build = readFileSync(join(v2, 'sw.js'), 'utf8').match(/const VERSION = '([0-9a-f]+)'/)?.[1];
  assert.ok(v2Build, 'version 2 has a build id');
  await prompt.locator('.update-version', { hasText: v2Build }).waitFor({ timeout: 5000 });
  assert.match(await prompt.locator('.update-version').innerText(), new RegExp(`^Version \\d+\\.\\d+\\.\\d+, build ${v2Build}\\.$`));
  // How the offer looks on a phone at night (the prompt is plain DOM code: src/ui/shared/update_prompt.rs).
  await page.setViewportSize({ width: 360, height: 800 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await prompt.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/update-prompt-phone-dark.png` });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: `${SHOTS}/update-prompt-phone-light.png` });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${SHOTS}/update-prompt-desktop-light.png` });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${SHOTS}/update-prompt-desktop-dark.png` });
  assert.equal(await build(), '', 'still version 1 until the user agrees');
  await prompt.getByRole('button', { name: 'Reload now' }).click();
  await page.waitForFunction(() => getComputedStyle(document.documentElement).getPropertyValue('--build').trim() === 'v2', null, { timeout: 20000 });
  await hydrated(page);
  const stylesheets = await page.evaluate(() => [...document.styleSheets].map((s) => s.href));
  assert.ok(stylesheets.every((h) => h.endsWith(css)), 'one stylesheet, the new one');
  assert.equal(await page.evaluate(() => localStorage.getItem('night-cramps.diary')), '{"kept":"through the update"}');
  // Only the new version's cache remains.
  const caches = await page.evaluate(() => caches.keys());
  assert.equal(caches.length, 1, `old caches deleted: ${caches}`);
  await ctx.close();
  await site.close();
});

test('Chromium finds the app installable and the manifest icons load', async () => {
  const site = await startServer({ dir: DIST, subPath: SUB_PATH, port: 0 });
  const ctx = await profile('install');
  const page = await ctx.newPage();
  await page.goto(site.url);
  await hydrated(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await controlled(page);
  const cdp = await ctx.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, []);
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8'));
  for (const icon of manifest.icons) {
    const res = await page.request.get(new URL(icon.src, site.url).href);
    assert.equal(res.status(), 200, icon.src);
  }
  assert.equal(manifest.start_url, './');
  assert.equal(manifest.scope, './');
  assert.ok(manifest.shortcuts.some((s) => s.url === './now/'), 'relief shortcut');

  // The first save asks the browser to keep our storage; /privacy reports the answer and usage.
  assert.equal(await page.evaluate(() => localStorage.getItem('night-cramps.persist-asked')), null);
  await page.goto(site.url + 'now/calf/');
  await hydrated(page);
  await page.locator('.relief-log button').click();
  await page.locator('.relief-log [role="status"]', { hasText: 'Saved' }).waitFor();
  await page.waitForFunction(() => ['granted', 'not granted'].includes(localStorage.getItem('night-cramps.persist-asked')));
  await page.goto(site.url + 'privacy/');
  await hydrated(page);
  const status = await page.locator('#persistence-status').innerText();
  const persisted = await page.evaluate(() => navigator.storage.persisted());
  assert.match(status, persisted ? /^Yes/ : /^Not yet/);
  assert.match(await page.locator('#storage-usage').innerText(), /uses about [\d.]+ (KB|MB)/);
  await ctx.close();
  await site.close();
});
