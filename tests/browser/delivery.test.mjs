// Delivery on the real web: folder addresses typed without their slash (online and offline,
// once the service worker controls), the styled not-found page offline at any depth, pages
// whose code cannot load or stops (the note, the reload, taps no longer held, the page still
// readable), the installed app's identity inside the sub-path, the apple-touch-icon and the
// manifest screenshots, and the version on /about.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, DIST, FLAGS, SHOTS, SUB_PATH, axe, routes, hydrated, launch, watch } from './helpers.mjs';
import { startServer } from './server.mjs';

const ROUTES = routes();
let browser, work;
before(async () => { browser = await launch(); work = mkdtempSync(join(tmpdir(), 'nc-delivery-')); });
after(async () => { await browser?.close(); rmSync(work, { recursive: true, force: true }); });

/** Records what went wrong while loading: failed requests and error responses. */
function failures(page) {
  const bad = [];
  page.on('requestfailed', (r) => {
    // A request the previous page still had going (the worker's update check) is cut off by
    // the next navigation: that is the browser leaving the page, not a file that failed.
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') bad.push(`${r.url()} failed: ${r.failure()?.errorText}`);
  });
  page.on('response', (r) => { if (r.status() >= 400) bad.push(`${r.url()} ${r.status()}`); });
  return bad;
}

/** Whether the page has this build's stylesheet applied (the custom properties it defines). */
const styled = (page, siteUrl) => page.evaluate((root) => {
  const sheets = [...document.styleSheets].map((s) => s.href ?? '');
  return sheets.length > 0 && sheets.every((h) => h.startsWith(root))
    && getComputedStyle(document.documentElement).getPropertyValue('--bg').trim() !== '';
}, siteUrl);

/** A browser profile whose service worker has installed and controls the page. */
async function controlledContext(siteUrl, name) {
  const ctx = await chromium.launchPersistentContext(join(work, name), { executablePath: CHROMIUM, headless: true, args: FLAGS });
  const page = await ctx.newPage();
  await page.goto(siteUrl);
  await hydrated(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 20000 });
  return { ctx, page };
}

async function everyFolderWithoutItsSlash(page, siteUrl, when) {
  for (const r of ROUTES.filter((r) => r !== '')) {
    const bad = failures(page);
    await page.goto(siteUrl + r.slice(0, -1));
    assert.equal(page.url(), siteUrl + r, `${when}: ${r} without its slash ends at the slash address`);
    await hydrated(page);
    assert.ok(await styled(page, siteUrl), `${when}: ${r} is styled`);
    assert.equal(await page.locator('a.now-button').evaluate((a) => a.href), siteUrl + 'now/', `${when}: ${r} links stay in the site`);
    assert.deepEqual(bad, [], `${when}: ${r} had no failed request`);
    page.removeAllListeners('requestfailed');
    page.removeAllListeners('response');
  }
}

test('after the worker controls, a folder typed without its slash ends at the slash address, online and offline', async () => {
  const site = await startServer({ dir: DIST, subPath: SUB_PATH, port: 0 });
  const { ctx, page } = await controlledContext(site.url, 'slashes');
  await everyFolderWithoutItsSlash(page, site.url, 'online');
  await site.close(); // a real outage
  await everyFolderWithoutItsSlash(page, site.url, 'offline');
  await ctx.close();
});

test('offline, an unknown address at any depth gets the styled not-found page with working links', async () => {
  // A copy whose 404.html was built for another sub-path: offline, the worker gives the page
  // the real app root, so its stylesheet and links work wherever the site lives.
  const dir = join(work, 'elsewhere');
  cpSync(DIST, dir, { recursive: true });
  const page404 = readFileSync(join(dir, '404.html'), 'utf8');
  assert.ok(page404.includes(`<base href="${SUB_PATH}">`), '404.html has an absolute base');
  writeFileSync(join(dir, '404.html'), page404.replace(`<base href="${SUB_PATH}">`, '<base href="/elsewhere/">'));
  const site = await startServer({ dir, subPath: SUB_PATH, port: 0 });
  const { ctx, page } = await controlledContext(site.url, 'not-found');
  await site.close();
  for (const address of ['no-such-page', 'guide/no/such/page/', 'now/calf/nothing.html']) {
    const res = await page.goto(site.url + address);
    assert.equal(res.status(), 404, address);
    assert.equal(await page.locator('h1').innerText(), 'Page not found', address);
    assert.ok(await styled(page, site.url), `${address}: styled`);
    assert.equal(await page.locator('main a', { hasText: 'Go to the start page' }).evaluate((a) => a.href), site.url, address);
  }
  await page.locator('main a', { hasText: 'Go to the start page' }).click();
  await page.waitForURL(site.url);
  await hydrated(page);
  assert.equal(await page.locator('h1').count(), 1);
  await ctx.close();
});

/** Opens /check/ (or `path`) in a fresh context, with `setUp(page)` run first (routes, init scripts). */
async function openCheck(site, setUp = async () => {}, path = 'check/') {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  const w = watch(page);
  await setUp(page);
  await page.goto(site.url + path);
  return { ctx, page, w };
}

/**
 * The note says what happened, offers a reload, taps are no longer held, the page still reads.
 * `tap` is what the person taps (the check's Start button unless given).
 */
async function assertNoteAndUsablePage(page, site, expected, tap = page.getByRole('button', { name: 'Start', exact: true })) {
  const note = page.locator('.load-note[role="alert"]');
  await note.waitFor({ timeout: 5000 });
  assert.match(await note.innerText(), expected);
  assert.equal(await page.evaluate(() => window.ncEarlyClicks.length), 0, 'held taps released');
  // A tap now reaches the page instead of being held.
  await page.evaluate(() => document.addEventListener('click', () => { window.tapReached = true; }, { once: true }));
  await tap.click();
  assert.equal(await page.evaluate(() => window.tapReached), true, 'taps are not held any more');
  assert.ok((await page.locator('h1').innerText()).length > 3, 'the prerendered page is still there');
  assert.equal(await note.getByRole('button', { name: 'Reload page' }).count(), 1);
  await page.locator('nav[aria-label="Main"] a', { hasText: 'Guide' }).click();
  await page.waitForURL(site.url + 'guide/');
}

test('when every .wasm request fails, a tap on Start on /check/ gets the note within seconds', async () => {
  const site = await startServer({ dir: DIST, subPath: SUB_PATH, port: 0 });
  const { ctx, page } = await openCheck(site, (p) => p.route('**/*.wasm', (r) => r.abort()));
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await assertNoteAndUsablePage(page, site, /could not load.*reload the page/s);
  await ctx.close();
  await site.close();
});

test('a corrupt .wasm, a blocked script and a browser without WebAssembly get the note too', async () => {
  const site = await startServer({ dir: DIST, subPath: SUB_PATH, port: 0 });
  const corrupt = await openCheck(site, (p) => p.route('**/*.wasm', (r) => r.fulfill({ status: 200, contentType: 'application/wasm', body: Buffer.from('not wasm at all') })));
  await assertNoteAndUsablePage(corrupt.page, site, /could not load/);
  await corrupt.ctx.close();
  const noGlue = await openCheck(site, (p) => p.route('**/nc-*.js', (r) => r.abort()));
  await assertNoteAndUsablePage(noGlue.page, site, /could not load/);
  await noGlue.ctx.close();
  const old = await openCheck(site, (p) => p.addInitScript(() => { delete window.WebAssembly; }));
  await assertNoteAndUsablePage(old.page, site, /browser cannot run this part/);
  await old.ctx.close();
  await site.close();
});

test('an island changed before the app came alive, and a trap in the app, get the same note', async () => {
  // What a translation tool or extension can do: the diary's prerendered markup is not what its
  // code expects, so that part cannot run. The page's HTML is changed on its way to the
  // browser, so no test-only code ships in the app.
  const site = await startServer({ dir: DIST, subPath: SUB_PATH, port: 0 });
  let changed = false;
  const { ctx, page, w } = await openCheck(site, (p) => p.route(site.url + 'diary/', async (route) => {
    const res = await route.fetch();
    const html = await res.text();
    // The island's page loses the class its code finds it by.
    const edited = html.replace(/(data-island="diary"[\s\S]*?)<div class="diary">/, '$1<div class="diary-translated">');
    changed = edited !== html;
    await route.fulfill({ response: res, body: edited });
  }), 'diary/');
  assert.ok(changed, 'the test changed the island');
  await assertNoteAndUsablePage(page, site, /Something went wrong.*Reload the page/s, page.locator('main h1'));
  assert.ok(w.errors.some((e) => /cannot run the "diary" part/.test(e)), `the console says which part: ${w.errors}`);
  await ctx.close();

  // A panic in a release bundle is a wasm trap (see xtask's smallest_wasm), thrown out of a
  // task after the page is live. The smallest module whose one function traps stands in for it.
  const live = await openCheck(site, async () => {}, 'diary/');
  await hydrated(live.page);
  await live.page.evaluate(() => {
    const trapping = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 7, 5, 1, 1, 102, 0, 0, 10, 5, 1, 3, 0, 0, 11]);
    setTimeout(() => new WebAssembly.Instance(new WebAssembly.Module(trapping)).exports.f());
  });
  await assertNoteAndUsablePage(live.page, site, /Something went wrong.*Reload the page/s, live.page.locator('main h1'));
  assert.ok(live.w.errors.some((e) => /RuntimeError: unreachable/.test(e)), `the trap is on the console: ${live.w.errors}`);
  await live.ctx.close();
  await site.close();
});

test('a page that loads normally shows no note, and a slow bundle gets a note that goes once it is live', async () => {
  const site = await startServer({ dir: DIST, subPath: SUB_PATH, port: 0 });
  const normal = await openCheck(site);
  await hydrated(normal.page);
  await normal.page.getByRole('button', { name: 'Start', exact: true }).click();
  await normal.page.locator('form.check-step').waitFor({ timeout: 5000 });
  assert.equal(await normal.page.locator('.load-note').count(), 0, 'no note on a page that works');
  await normal.ctx.close();
  let release;
  const held = new Promise((ok) => { release = ok; });
  const { ctx, page } = await openCheck(site, async (p) => {
    await p.clock.install();
    await p.route('**/*.wasm', async (r) => { await held; await r.continue(); });
  });
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.clock.runFor(8500);
  const note = page.locator('.load-note');
  await note.waitFor({ timeout: 5000 });
  assert.match(await note.innerText(), /still loading/);
  release();
  await page.clock.resume();
  await hydrated(page);
  await note.waitFor({ state: 'detached', timeout: 5000 });
  // The held tap on Start was replayed: the first question is on screen.
  await page.locator('form.check-step').waitFor({ timeout: 5000 });
  await ctx.close();
  await site.close();
});

test("the installed app's id, start_url and scope are inside the sub-path", async () => {
  const site = await startServer({ dir: DIST, subPath: SUB_PATH, port: 0 });
  const page = await browser.newPage();
  await page.goto(site.url);
  await hydrated(page);
  const manifestUrl = await page.locator('link[rel="manifest"]').evaluate((l) => l.href);
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8'));
  // As the W3C manifest spec resolves them: start_url and scope against the manifest's
  // address, id against start_url's origin.
  const startUrl = new URL(manifest.start_url, manifestUrl);
  const scope = new URL(manifest.scope, manifestUrl);
  const id = new URL(manifest.id ?? manifest.start_url, manifest.id ? startUrl.origin : manifestUrl);
  for (const [name, url] of [['start_url', startUrl], ['scope', scope], ['id', id]]) {
    assert.ok(url.href.startsWith(site.url), `${name} ${url.href} is inside ${site.url}`);
  }
  // And as Chromium itself works them out.
  const cdp = await page.context().newCDPSession(page);
  const { appId } = await cdp.send('Page.getAppId');
  assert.ok(appId?.startsWith(site.url), `Chromium's app id ${appId} is inside ${site.url}`);
  // Screenshots for the install dialog, one narrow and one wide, each the size it says.
  const forms = manifest.screenshots.map((s) => s.form_factor).sort();
  assert.deepEqual(forms, ['narrow', 'wide']);
  for (const shot of manifest.screenshots) {
    const res = await page.request.get(new URL(shot.src, manifestUrl).href);
    assert.equal(res.status(), 200, shot.src);
    const [w, h] = shot.sizes.split('x').map(Number);
    const size = await page.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      return [img.naturalWidth, img.naturalHeight];
    }, new URL(shot.src, manifestUrl).href);
    assert.deepEqual(size, [w, h], `${shot.src} is ${shot.sizes}`);
  }
  await page.close();
  await site.close();
});

test('every page links an opaque 180x180 apple-touch-icon', async () => {
  const icons = new Set();
  for (const r of [...ROUTES.map((r) => r + 'index.html'), '404.html']) {
    const html = readFileSync(join(DIST, r), 'utf8');
    const m = html.match(/<link rel="apple-touch-icon" href="([^"]+)">/);
    assert.ok(m, `${r} links an apple-touch-icon`);
    icons.add(m[1]);
  }
  assert.deepEqual([...icons], ['icons/apple-touch-icon.png']);
  const png = readFileSync(join(DIST, 'icons', 'apple-touch-icon.png'));
  // PNG header: width, height, bit depth, colour type (2 = RGB, no alpha).
  assert.equal(png.readUInt32BE(16), 180);
  assert.equal(png.readUInt32BE(20), 180);
  assert.equal(png[25], 2, 'no alpha channel');
});

test('/about names the version and this build, the one the service worker caches', async () => {
  const site = await startServer({ dir: DIST, subPath: SUB_PATH, port: 0 });
  const version = readFileSync(join(DIST, 'sw.js'), 'utf8').match(/const VERSION = '([0-9a-f]+)'/)?.[1];
  assert.ok(version, 'sw.js has its build id');
  for (const [name, width, height] of [['phone', 360, 800], ['desktop', 1280, 900]]) {
    for (const scheme of ['light', 'dark']) {
      const ctx = await browser.newContext({ viewport: { width, height }, colorScheme: scheme });
      const page = await ctx.newPage();
      await page.goto(site.url + 'about/');
      await hydrated(page);
      const line = page.locator('.app-version');
      assert.match(await line.innerText(), new RegExp(`^Version \\d+\\.\\d+\\.\\d+, build ${version}\\.$`));
      await line.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/about-version-${name}-${scheme}.png` });
      await ctx.close();
    }
  }
  await site.close();
});

test('screenshots of the note at phone and desktop width, light and dark; axe finds nothing', async () => {
  const site = await startServer({ dir: DIST, subPath: SUB_PATH, port: 0 });
  for (const [name, width, height] of [['phone', 360, 800], ['desktop', 1280, 900]]) {
    for (const scheme of ['light', 'dark']) {
      for (const r of ['check/', 'now/calf/']) {
        const ctx = await browser.newContext({ viewport: { width, height }, colorScheme: scheme });
        const page = await ctx.newPage();
        await page.route('**/*.wasm', (route) => route.abort());
        await page.goto(site.url + r);
        const note = page.locator('.load-note').first();
        await note.waitFor({ timeout: 5000 });
        await note.scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${SHOTS}/load-note-${r.replaceAll('/', '_')}${name}-${scheme}.png` });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${r} ${name}: the note fits the screen`);
        if (name === 'phone') assert.deepEqual(await axe(page), [], `${r} (${scheme}) with the note`);
        await ctx.close();
      }
    }
  }
  await site.close();
});
