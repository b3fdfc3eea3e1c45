// The whole site as a person gets it: every route by deep link under a sub-path, with and
// without JavaScript, moving between pages by link, 404s, no off-origin request, each page
// loading only its own code, and axe-core.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { routes, watch, hydrated, axe, SHOTS, useBrowserAndSite } from './helpers.mjs';

let browser, site;
const ROUTES = routes();
useBrowserAndSite((b, s) => { browser = b; site = s; });

test('the build has every route prerendered', () => {
  for (const r of ['', 'now/', 'now/calf/', 'guide/', 'guide/myths/', 'guide/sources/', 'check/', 'diary/', 'diary/experiment/', 'privacy/', 'about/']) {
    assert.ok(ROUTES.includes(r), `missing prerendered route ${r}`);
  }
});

/** The bundle a page should load (crates/core/src/islands.rs): the check; every page that writes the diary (its four
 * pages, a muscle's page with its one-tap log, the stretches); privacy; every other page needs only the site bundle. */
function bundleOf(route) {
  if (/^now\/[a-z-]+\/$/.test(route) || route === 'stretch/' || route.startsWith('diary/')) return 'diary';
  return { 'check/': 'check', 'privacy/': 'privacy' }[route] ?? 'site';
}

test('every route loads by deep link, hydrates, and stays on this origin', async () => {
  const origin = new URL(site.url).origin;
  for (const r of ROUTES) {
    const page = await browser.newPage();
    const w = watch(page);
    const res = await page.goto(site.url + r);
    assert.equal(res.status(), 200, r);
    await hydrated(page);
    assert.equal(await page.locator('h1').count(), 1, `${r}: one h1`);
    assert.ok((await page.title()).length > 5, `${r}: has a title`);
    assert.ok(await page.locator('meta[name="description"]').getAttribute('content'), `${r}: description`);
    assert.deepEqual(w.offOrigin(origin), [], `${r}: off-origin requests`);
    assert.deepEqual(w.errors, [], `${r}: console errors`);
    // Only this page's own code, and every interactive part of the page came alive.
    const code = w.requests.filter((u) => /\.(wasm|js)$/.test(u)).map((u) => u.split('/').pop().replace(/-[0-9a-f]+(_bg)?\.(wasm|js)$/, '.$2'));
    assert.deepEqual(code.sort(), [`nc-${bundleOf(r)}.js`, `nc-${bundleOf(r)}.wasm`], `${r}: code loaded`);
    assert.ok(await page.locator('[data-island]').count() >= 2, `${r}: islands`);
    await page.close();
  }
});

test('content is readable with JavaScript disabled', async () => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  for (const r of ROUTES) {
    const page = await ctx.newPage();
    await page.goto(site.url + r);
    const h1 = await page.locator('h1').innerText();
    assert.ok(h1.length > 3, `${r}: h1 visible without JS`);
    const text = await page.locator('main').innerText();
    assert.ok(text.length > 10, `${r}: main has content without JS`);
    // Links resolve under the sub-path even without the app.
    const now = await page.locator('a.now-button').evaluate((a) => a.href);
    assert.equal(now, site.url + 'now/', `${r}: relief link`);
    await page.close();
  }
  // Where a page's own part needs the app, it says so instead of waiting for ever.
  const page = await ctx.newPage();
  await page.goto(site.url + 'diary/');
  assert.match(await page.locator('.noscript-note').innerText(), /The diary needs JavaScript/);
  await page.goto(site.url + 'guide/');
  assert.equal(await page.locator('.noscript-note').count(), 0, 'the guide needs no note');
  await ctx.close();
  // With JavaScript on, the note is not shown.
  const live = await browser.newContext();
  const livePage = await live.newPage();
  await livePage.goto(site.url + 'diary/');
  await hydrated(livePage);
  assert.equal(await livePage.locator('.noscript-note').count(), 0);
  await live.close();
});

test('links move between pages, each complete and live, starting keyboard focus at the top; Back works', async () => {
  const page = await browser.newPage();
  const w = watch(page);
  await page.goto(site.url);
  await hydrated(page);
  await page.locator('nav[aria-label="Main"] a', { hasText: 'Guide' }).click();
  await page.waitForURL(site.url + 'guide/');
  await hydrated(page);
  assert.equal(await page.locator('h1').innerText(), 'Guide to night-time leg cramps');
  assert.match(await page.title(), /Guide/);
  // A new page: the first Tab reaches the skip link, as on any web page.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip-link', 'focus starts at the top');
  assert.equal(await page.locator('nav[aria-label="Main"] a[aria-current="page"]').innerText(), 'Guide');
  await page.locator('.guide-list a').first().click();
  await page.waitForURL(/guide\/[a-z-]+\/$/);
  // A guide section is in the Guide: the menu says so (without calling it the current page).
  assert.equal(await page.locator('nav[aria-label="Main"] a[aria-current="true"]').innerText(), 'Guide');
  assert.equal(await page.locator('nav[aria-label="Main"] a[aria-current="page"]').count(), 0);
  await page.goBack();
  await page.waitForURL(site.url + 'guide/');
  assert.equal(await page.locator('h1').innerText(), 'Guide to night-time leg cramps');
  assert.deepEqual(w.errors, []);
  await page.close();
});

test('an unknown address gets the 404 page, with a way home', async () => {
  const page = await browser.newPage();
  const res = await page.goto(site.url + 'no/such/page');
  assert.equal(res.status(), 404);
  assert.equal(await page.locator('h1').innerText(), 'Page not found');
  await page.locator('main a', { hasText: 'Go to the start page' }).click();
  await page.waitForURL(site.url);
  await page.close();
});

test('skip link reaches the main content by keyboard', async () => {
  const page = await browser.newPage();
  await page.goto(site.url + 'guide/');
  await hydrated(page);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to main content');
  await page.keyboard.press('Enter');
  // Following a link is a navigation the browser schedules, not one Enter finishes: wait for it.
  await page.waitForURL(site.url + 'guide/#main', { timeout: 5000 }).catch(() => {});
  assert.equal(page.url(), site.url + 'guide/#main');
  await page.close();
});

for (const scheme of ['light', 'dark']) {
  test(`axe-core finds no violations on any route (${scheme})`, async () => {
    const ctx = await browser.newContext({ colorScheme: scheme });
    for (const r of ROUTES) {
      const page = await ctx.newPage();
      await page.goto(site.url + r);
      await hydrated(page);
      const v = await axe(page);
      assert.deepEqual(v, [], `${r} (${scheme}): ${JSON.stringify(v, null, 1)}`);
      await page.close();
    }
    await ctx.close();
  });
}

test('screenshots at phone and desktop width, light and dark', async () => {
  for (const [name, width, height] of [['phone', 360, 800], ['desktop', 1280, 900]]) {
    for (const scheme of ['light', 'dark']) {
      const ctx = await browser.newContext({ viewport: { width, height }, colorScheme: scheme });
      const page = await ctx.newPage();
      for (const r of ['', 'guide/myths/', 'guide/help/', 'now/', 'check/', 'diary/']) {
        await page.goto(site.url + r);
        await hydrated(page);
        const file = `${SHOTS}/${(r || 'home').replaceAll('/', '_')}-${name}-${scheme}.png`;
        await page.screenshot({ path: file, fullPage: false });
        // Nothing is wider than the viewport (no sideways scrolling at 360 px).
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${r} ${name}: page is ${overflow}px wider than the screen`);
      }
      await ctx.close();
    }
  }
});
