// "Get help now" on every page a person may read mid-cramp (relief mode and /guide/during/): one
// tap or Enter on the link near the top brings the emergency card (999/112) into view with focus
// on its section, the urgent signs beside it; with and without JavaScript, at 360 px and 200 %
// zoom, axe-clean in both system themes, and screenshots at phone and desktop size.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hydrated, axe, SHOTS, useBrowserAndSite } from './helpers.mjs';

let browser, site;
useBrowserAndSite((b, s) => { browser = b; site = s; });

const PAGES = ['now/', 'now/calf/', 'now/foot/', 'now/back-of-thigh/', 'now/front-of-thigh/', 'guide/during/'];
const PHONE = { width: 360, height: 740 };

/** Whether the element's top is inside the viewport. */
const inView = (locator) => locator.evaluate((el) => {
  const r = el.getBoundingClientRect();
  return r.top >= 0 && r.top < window.innerHeight && r.bottom > 0;
});

async function checkJump(page, path, how) {
  const link = page.locator('a.get-help-link');
  assert.equal(await link.count(), 1, `${path}: one Get help now link`);
  assert.equal(await inView(link), true, `${path}: the link is on screen at the top`);
  if (how === 'enter') {
    await link.focus();
    await page.keyboard.press('Enter');
  } else {
    await link.click();
  }
  const section = page.locator('#get-help');
  const card = section.locator('.care-card--emergency');
  await page.waitForFunction(() => location.hash === '#get-help');
  assert.equal(await inView(card), true, `${path} (${how}): the emergency card is in view`);
  assert.match(await card.innerText(), /999/, `${path}: it says to call 999`);
  assert.ok(await card.locator('li').count() >= 2, `${path}: it lists the emergency signs`);
  assert.ok(await section.locator('.care-card--urgent li').count() >= 2, `${path}: the urgent signs are next to it`);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'get-help', `${path} (${how}): focus moved to the section`);
}

test('from every relief page and /guide/during/, one tap or Enter reaches the 999 card', async () => {
  for (const path of PAGES) {
    for (const how of ['tap', 'enter']) {
      const ctx = await browser.newContext({ viewport: PHONE, hasTouch: how === 'tap' });
      const page = await ctx.newPage();
      await page.goto(site.url + path);
      await hydrated(page);
      await checkJump(page, path, how);
      await ctx.close();
    }
  }
});

test('without JavaScript the link still reaches the 999 card', async () => {
  const ctx = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
  const page = await ctx.newPage();
  for (const path of PAGES) {
    await page.goto(site.url + path);
    await checkJump(page, path, 'tap');
  }
  await ctx.close();
});

test('the link stays on screen while the page scrolls, and is reached by keyboard', async () => {
  const ctx = await browser.newContext({ viewport: PHONE });
  const page = await ctx.newPage();
  await page.goto(site.url + 'now/calf/');
  await hydrated(page);
  await page.mouse.wheel(0, 1500);
  await page.waitForFunction(() => window.scrollY > 500);
  assert.equal(await inView(page.locator('a.get-help-link')), true, 'sticky at the top');
  // From the top of the page, Tab reaches it within the first few stops (skip link, menu).
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator('body').focus();
  let reached = false;
  for (let i = 0; i < 15 && !reached; i += 1) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.classList.contains('get-help-link'));
  }
  assert.ok(reached, 'Tab reaches Get help now');
  await ctx.close();
});

test('at 200 % zoom on a phone, the link and the signs fit the width and the jump still works', async () => {
  // 200 % zoom of a 360 px screen is a 180 CSS px wide layout viewport at scale 2.
  const ctx = await browser.newContext({ viewport: { width: 180, height: 370 }, deviceScaleFactor: 2 });
  const page = await ctx.newPage();
  for (const path of ['now/', 'now/calf/', 'guide/during/']) {
    await page.goto(site.url + path);
    await hydrated(page);
    // The link and the section fit the width (other parts of these pages are the relief and
    // header styles' business).
    for (const selector of ['.get-help-bar', 'a.get-help-link', '#get-help', '#get-help li']) {
      const over = await page.locator(selector).evaluateAll((els) =>
        Math.max(...els.map((e) => e.getBoundingClientRect().right - document.documentElement.clientWidth)));
      assert.ok(over <= 1, `${path}: ${selector} fits at 200 % zoom (${over}px over)`);
    }
    await checkJump(page, path, 'tap');
    await page.screenshot({ path: `${SHOTS}/get-help-zoom200-${path.replaceAll('/', '_')}.png` });
  }
  await ctx.close();
});

for (const scheme of ['light', 'dark']) {
  test(`axe-core finds no violations with the get-help section in view (${scheme} system theme)`, async () => {
    const ctx = await browser.newContext({ colorScheme: scheme, viewport: PHONE });
    const page = await ctx.newPage();
    for (const path of PAGES) {
      await page.goto(site.url + path);
      await hydrated(page);
      await page.locator('a.get-help-link').click();
      assert.deepEqual(await axe(page), [], `${path} (${scheme})`);
    }
    await ctx.close();
  });

  test(`screenshots at 360 px and desktop (${scheme} system theme)`, async () => {
    for (const [name, viewport] of [['phone', PHONE], ['desktop', { width: 1280, height: 900 }]]) {
      const ctx = await browser.newContext({ colorScheme: scheme, viewport });
      const page = await ctx.newPage();
      for (const path of ['now/calf/', 'guide/during/']) {
        await page.goto(site.url + path);
        await hydrated(page);
        const slug = path.replaceAll('/', '_');
        await page.screenshot({ path: `${SHOTS}/get-help-top-${slug}${name}-${scheme}.png` });
        await page.locator('a.get-help-link').click();
        await page.screenshot({ path: `${SHOTS}/get-help-cards-${slug}${name}-${scheme}.png` });
        const box = await page.locator('#get-help').boundingBox();
        assert.ok(box.width <= viewport.width, `${path} ${name}: the section fits the width`);
      }
      await ctx.close();
    }
  });
}
