// Relief mode (/now) as the person woken by a cramp gets it: a deep link, two keyboard
// activations to a running timer, a countdown that finishes (on Playwright's virtual clock, so no
// real 30-second waits), what a screen reader hears, the screen kept awake, no buzz with reduced
// motion, the safety exit, axe-core in both system themes, and screenshots at phone and desktop size.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { watch, hydrated, axe, SHOTS, useBrowserAndSite } from './helpers.mjs';

let browser, site;
useBrowserAndSite((b, s) => { browser = b; site = s; });

// Stand-ins for the browser APIs a headless Chromium cannot show: they record what the page asked
// for. The Screen Wake Lock and vibration are real APIs; these only observe the calls.
const RECORDERS = () => {
  window.__lock = [];
  window.__buzz = [];
  Object.defineProperty(Navigator.prototype, 'wakeLock', {
    configurable: true,
    get() {
      return {
        request: async (type) => {
          window.__lock.push('request:' + type);
          let released = false;
          return { get released() { return released; }, release: async () => { released = true; window.__lock.push('release'); } };
        },
      };
    },
  });
  Navigator.prototype.vibrate = function (pattern) { window.__buzz.push(pattern); return true; };
};

/** Records each new text of the timer's live region (what a screen reader would be told). */
async function listenToLiveRegion(page) {
  await page.evaluate(() => {
    window.__said = [];
    const region = document.querySelector('.hold-timer [aria-live="polite"]');
    new MutationObserver(() => {
      const text = region.textContent.trim();
      if (text && window.__said.at(-1) !== text) window.__said.push(text);
    }).observe(region, { childList: true, characterData: true, subtree: true });
  });
}

const said = (page) => page.evaluate(() => window.__said);
const phase = (page) => page.locator('.hold-timer').getAttribute('data-phase');
const countdown = (page) => page.locator('.hold-timer__number').innerText();

/** A page on the virtual clock (paused once the app has hydrated) with the recorders in place. */
async function openPage(path, options = {}) {
  const ctx = await browser.newContext(options);
  await ctx.addInitScript(RECORDERS);
  const page = await ctx.newPage();
  await page.clock.install();
  const w = watch(page);
  await page.goto(site.url + path);
  await hydrated(page);
  // From here on, time moves only when a test says so (runFor), so countdowns are exact.
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
  return { ctx, page, w };
}

test('from a deep link to /now/, two keyboard activations start the back-of-thigh timer', async () => {
  const { ctx, page, w } = await openPage('now/');
  assert.equal(await page.locator('h1').innerText(), 'Where is the cramp?');
  let activations = 0;
  // Tab (moving focus is not an activation) to "Back of thigh", then Enter.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.matches('a.relief-pick[href$="now/back-of-thigh/"]'))) break;
  }
  assert.match(await page.evaluate(() => document.activeElement.textContent), /Back of thigh/);
  // Let time flow while the next page loads (its loader waits for a frame), then pause again.
  await page.clock.resume();
  await page.keyboard.press('Enter'); activations++;
  await page.waitForURL(site.url + 'now/back-of-thigh/');
  assert.equal(await page.locator('h1').innerText(), 'Back of thigh cramp');
  await hydrated(page);
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
  await listenToLiveRegion(page);
  // A new page: Tab (not an activation) past the header to "Get help now", the first control in
  // the page's main region, and one more to the timer's Start.
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.closest('main') !== null)) break;
  }
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Get help now');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Start timer');
  await page.keyboard.press('Enter'); activations++;
  assert.equal(await phase(page), 'running');
  assert.ok(activations <= 2, `${activations} activations`);
  assert.equal(await countdown(page), '30');
  assert.deepEqual(await page.evaluate(() => window.__lock), ['request:screen'], 'screen kept awake while running');

  // The countdown moves, and finishes, on the virtual clock.
  await page.clock.runFor(10_000);
  assert.equal(await countdown(page), '20');
  await page.clock.runFor(21_000);
  assert.equal(await phase(page), 'finished');
  assert.equal(await countdown(page), '0');
  assert.equal(await page.locator('.hold-timer__toggle').innerText(), 'Hold again');
  // Announced at the start, half way, 10 and 5 seconds left, and the end: never every second.
  assert.deepEqual(await said(page), [
    'Hold for 30 seconds.',
    'Halfway: 15 seconds left.',
    '10 seconds left.',
    '5 seconds left.',
    'Time is up. Hold done.',
  ]);
  assert.deepEqual(await page.evaluate(() => window.__lock), ['request:screen', 'release'], 'lock released at the end');
  assert.deepEqual(await page.evaluate(() => window.__buzz), [200], 'one gentle buzz at the end');
  assert.deepEqual(w.errors, []);
  await ctx.close();
});

test('from the start page, three taps reach a running timer (Cramp now, the muscle, Start)', async () => {
  const { ctx, page, w } = await openPage('', { viewport: { width: 360, height: 800 }, hasTouch: true });
  await page.clock.resume(); // real time: each new page loads its code as it would on a phone
  let taps = 0;
  await page.locator('a.now-button').tap(); taps++;
  await page.waitForURL(site.url + 'now/');
  await page.locator('a.relief-pick', { hasText: 'Back of thigh' }).tap(); taps++;
  await page.waitForURL(site.url + 'now/back-of-thigh/');
  // Tapped at once, before the page's code is even running: the tap is held and counts.
  await page.locator('.hold-timer__toggle').tap(); taps++;
  await page.locator('.hold-timer[data-phase="running"]').waitFor();
  assert.equal(taps, 3);
  // Without scrolling: the Start button is on the first screen of a phone.
  const box = await page.locator('.hold-timer__toggle').boundingBox();
  assert.ok(box.y + box.height <= 800, `Start is below the fold (${box.y})`);
  assert.deepEqual(w.errors, []);
  await ctx.close();
});

test('a tap on Start before the page is live is held, and starts the timer once it is', async () => {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 800 }, hasTouch: true });
  const page = await ctx.newPage();
  const w = watch(page);
  // A slow phone: the page's code arrives a while after the page itself.
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(site.url + 'now/calf/');
  await page.locator('.hold-timer__toggle').tap();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.hydrated ?? null), null, 'tapped before the page was live');
  assert.equal(await phase(page), 'idle');
  release();
  await hydrated(page);
  await page.locator('.hold-timer[data-phase="running"]').waitFor();
  assert.deepEqual(w.errors, []);
  await ctx.close();
});

test('pause, resume and reset; the wake lock follows the timer and the page visibility', async () => {
  const { ctx, page, w } = await openPage('now/calf/');
  await listenToLiveRegion(page);
  const toggle = page.locator('.hold-timer__toggle');
  const reset = page.locator('.hold-timer__reset');
  assert.equal(await reset.isDisabled(), true, 'nothing to reset before starting');
  await toggle.click();
  await page.clock.runFor(5_000);
  assert.equal(await countdown(page), '25');
  assert.equal(await toggle.innerText(), 'Pause');
  await toggle.click();
  assert.equal(await phase(page), 'paused');
  await page.clock.runFor(60_000);
  assert.equal(await countdown(page), '25', 'a paused timer does not move');
  assert.equal(await toggle.innerText(), 'Resume');
  await toggle.click();
  await page.clock.runFor(3_000);
  assert.equal(await countdown(page), '22');

  // Hidden page: the lock goes; back again while running: it is taken again.
  const setVisibility = (state) => page.evaluate((s) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => s });
    document.dispatchEvent(new Event('visibilitychange'));
  }, state);
  await setVisibility('hidden');
  await setVisibility('visible');
  await page.waitForFunction(() => window.__lock.length === 5);
  assert.deepEqual(await page.evaluate(() => window.__lock),
    ['request:screen', 'release', 'request:screen', 'release', 'request:screen']);

  await reset.focus();
  await page.keyboard.press('Enter');
  assert.equal(await phase(page), 'idle');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Start timer', 'focus moves to Start, not lost');
  assert.equal(await countdown(page), '30');
  assert.equal(await toggle.innerText(), 'Start timer');
  assert.equal(await page.locator('.hold-timer__said').innerText(), '', 'reset clears the last announcement');
  assert.equal((await page.evaluate(() => window.__lock)).at(-1), 'release');
  assert.deepEqual(await said(page), ['Hold for 30 seconds.'], 'pausing and resuming say nothing');
  assert.deepEqual(w.errors, []);
  await ctx.close();
});

test('with reduced motion: no buzz at the end and no animated ring', async () => {
  const { ctx, page } = await openPage('now/front-of-thigh/', { reducedMotion: 'reduce' });
  const ring = page.locator('.hold-timer__progress');
  assert.equal(await ring.evaluate((el) => getComputedStyle(el).transitionDuration), '0s');
  await page.locator('.hold-timer__toggle').click();
  await page.clock.runFor(31_000);
  assert.equal(await phase(page), 'finished');
  assert.deepEqual(await page.evaluate(() => window.__buzz), [], 'no vibration with reduced motion');
  await ctx.close();

  // Without the preference the ring eases between ticks.
  const normal = await openPage('now/front-of-thigh/');
  assert.notEqual(await normal.page.locator('.hold-timer__progress').evaluate((el) => getComputedStyle(el).transitionDuration), '0s');
  await normal.ctx.close();
});

test('the picker offers four muscles and "Not sure" (the calf), each a big target', async () => {
  const { ctx, page } = await openPage('now/', { viewport: { width: 360, height: 800 } });
  const picks = page.locator('a.relief-pick');
  assert.deepEqual(
    (await picks.locator('.relief-pick__name').allInnerTexts()),
    ['Calf', 'Foot or arch', 'Back of thigh', 'Front of thigh', 'Not sure'],
  );
  for (const box of await picks.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()))) {
    assert.ok(box.height >= 48 && box.width >= 48, `target ${box.width}x${box.height}`);
  }
  await picks.filter({ hasText: 'Not sure' }).click();
  await page.waitForURL(site.url + 'now/calf/');
  assert.equal(await page.locator('h1').innerText(), 'Calf cramp');
  await ctx.close();
});

test('steps are numbered with drawings, and there is a way to do it without standing', async () => {
  const { ctx, page } = await openPage('now/calf/');
  const steps = page.locator('main ol.relief-steps').first().locator('> li');
  assert.ok(await steps.count() >= 2);
  assert.ok(await page.locator('main ol.relief-steps').first().locator('svg.figure').count() >= 1, 'main steps have a drawing');
  const alt = page.locator('section.relief-alt');
  assert.equal(await alt.locator('h2').innerText(), "If you can't stand");
  assert.ok(await alt.locator('li').count() >= 1);
  assert.ok(await alt.locator('svg.figure').count() >= 1, 'alternatives have a drawing');
  // Drawings are decoration for the text beside them, in the text colour of the dark palette.
  for (const svg of await page.locator('svg.figure').all()) {
    assert.equal(await svg.getAttribute('aria-hidden'), 'true');
  }
  assert.ok(await page.locator('section.relief-after li').count() >= 3, 'after-care is listed');
  await ctx.close();
});

test('the safety exit shows the urgent care card, with and without JavaScript', async () => {
  const { ctx, page } = await openPage('now/back-of-thigh/');
  const exit = page.locator('section.safety-exit');
  assert.match(await exit.innerText(), /10 minutes/);
  assert.match(await exit.innerText(), /swollen, red/);
  const card = exit.locator('.care-card--urgent');
  assert.equal(await card.isVisible(), false, 'the card waits behind the question');
  await exit.locator('summary').focus();
  await page.keyboard.press('Enter');
  assert.equal(await card.isVisible(), true);
  assert.match(await card.locator('h3').innerText(), /urgent/i);
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'SUMMARY', 'focus stays on the control');
  await ctx.close();

  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto(site.url + 'now/');
  await plain.locator('section.safety-exit summary').click();
  assert.equal(await plain.locator('section.safety-exit .care-card--urgent').isVisible(), true);
  await noJs.close();
});

test('after a hold, one tap notes the cramp in the diary (or leads to it)', async () => {
  const { ctx, page, w } = await openPage('now/back-of-thigh/');
  await page.locator('.hold-timer__toggle').click();
  await page.clock.runFor(95_000);
  const button = page.locator('.relief-log button');
  if (await button.count()) {
    assert.match(await button.innerText(), /back of thigh/i);
    // The diary's nights (diary::night_store: one key per night); what the entry holds is the
    // diary's business.
    const stored = () => page.evaluate(() => {
      const keys = Object.keys(localStorage).filter((k) => k.startsWith('night-cramps.night.')).sort();
      return keys.length ? JSON.stringify(keys.map((k) => [k, localStorage.getItem(k)])) : null;
    });
    await button.click();
    // Only the night of the tap is read and written, so it is saved in the tap itself.
    const status = page.locator('.relief-log [role="status"]');
    await status.filter({ hasText: /Saved/ }).waitFor();
    const first = await stored();
    assert.ok(first, 'the diary was saved on this device');
    assert.deepEqual(JSON.parse(first).map(([, v]) => JSON.parse(v).entry.cramps), [1], 'one night, one cramp');
    // Focus stays on the button, which now says it is done; a second tap logs nothing more.
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'relief-log__button');
    assert.match(await button.innerText(), /^Logged/);
    assert.equal(await button.getAttribute('aria-disabled'), 'true');
    await page.keyboard.press('Enter');
    await button.click({ force: true });
    assert.equal(await stored(), first, 'a second tap does not log a second cramp');
  } else {
    assert.equal(await page.locator('.relief-log a').getAttribute('href'), 'diary/');
  }
  assert.deepEqual(w.errors, []);
  await ctx.close();
});

for (const scheme of ['light', 'dark']) {
  test(`axe-core finds no violations in relief mode (${scheme} system theme)`, async () => {
    for (const path of ['now/', 'now/back-of-thigh/', 'now/foot/']) {
      const { ctx, page } = await openPage(path, { colorScheme: scheme });
      // axe-core waits on timers of its own: let time flow while it runs.
      await page.clock.resume();
      assert.deepEqual(await axe(page), [], `${path} (${scheme})`);
      if (path !== 'now/') {
        // And in its busiest state: running, with the safety card open.
        await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
        await page.locator('.hold-timer__toggle').click();
        await page.clock.runFor(16_000);
        await page.locator('section.safety-exit summary').click();
        await page.clock.resume();
        assert.deepEqual(await axe(page), [], `${path} running, card open (${scheme})`);
      }
      await ctx.close();
    }
  });
}

test('the one tap says why nothing was saved: storage refused, storage full; a later tap still logs', async () => {
  // No storage at all, as some private modes do.
  const refused = { ctx: await browser.newContext() };
  await refused.ctx.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('denied', 'SecurityError'); } });
  });
  refused.page = await refused.ctx.newPage();
  refused.w = watch(refused.page);
  await refused.page.goto(site.url + 'now/calf/');
  await hydrated(refused.page);
  await refused.page.locator('.relief-log button').click();
  await refused.page.locator('.relief-log [role="status"]', { hasText: 'not letting Night Cramps save anything' }).waitFor();
  assert.match(await refused.page.locator('.relief-log button').innerText(), /^Log it: calf cramp tonight$/);
  assert.equal(await refused.page.locator('.relief-log button').getAttribute('aria-disabled'), null);
  assert.deepEqual(refused.w.errors, []);
  await refused.ctx.close();

  // A full quota: said, nothing written; once there is room the same button logs it.
  const { ctx, page, w } = await openPage('now/foot/');
  await page.evaluate(() => {
    window.__setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
  });
  const button = page.locator('.relief-log button');
  const status = page.locator('.relief-log [role="status"]');
  await button.click();
  await status.filter({ hasText: 'storage for Night Cramps is full' }).waitFor();
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('night-cramps.night.')).length), 0);
  assert.equal(await button.getAttribute('aria-disabled'), null, 'still offered');
  await page.evaluate(() => { Storage.prototype.setItem = window.__setItem; });
  await button.click();
  await status.filter({ hasText: /^Saved in your diary\. Open the diary$/ }).waitFor();
  assert.equal(await status.locator('a').getAttribute('href'), 'diary/');
  assert.match(await button.innerText(), /^Logged: foot or arch cramp tonight$/);
  assert.deepEqual(w.errors, []);
  await ctx.close();
});

test('relief mode is dark whatever the system theme', async () => {
  for (const scheme of ['light', 'dark']) {
    const { ctx, page } = await openPage('now/back-of-thigh/', { colorScheme: scheme });
    const bg = await page.locator('.shell').evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.equal(bg, 'rgb(0, 0, 0)', scheme);
    await ctx.close();
  }
});

test('screenshots at phone and desktop size, with big targets and nothing off the side', async () => {
  for (const [name, width, height] of [['phone', 360, 800], ['desktop', 1280, 900]]) {
    const { ctx, page } = await openPage('now/', { viewport: { width, height }, colorScheme: 'light' });
    await page.screenshot({ path: `${SHOTS}/relief-picker-${name}.png` });
    await page.locator('a.relief-pick', { hasText: 'Back of thigh' }).click();
    await page.waitForURL(site.url + 'now/back-of-thigh/');
    await page.screenshot({ path: `${SHOTS}/relief-muscle-${name}.png` });
    await page.screenshot({ path: `${SHOTS}/relief-muscle-${name}-full.png`, fullPage: true });
    for (const target of await page.locator('.hold-timer button, a.relief-pick, .safety-exit summary, .relief-log button, .relief-log a, .relief-other a').all()) {
      const box = await target.boundingBox();
      assert.ok(box.height >= 48, `${await target.innerText()}: ${box.height}px high`);
    }
    await page.locator('.hold-timer__toggle').click();
    await page.clock.runFor(12_000);
    await page.mouse.wheel(0, 700);
    await page.clock.runFor(500);
    await page.screenshot({ path: `${SHOTS}/relief-running-scrolled-${name}.png` });
    const timerBox = await page.locator('.hold-timer').boundingBox();
    assert.ok(await page.evaluate(() => window.scrollY) > 0, 'the page scrolled');
    assert.ok(timerBox.y >= -1 && timerBox.y < height / 4, `the timer stays in view while scrolling (top ${timerBox.y})`);
    await page.locator('section.safety-exit summary').click();
    await page.locator('section.safety-exit').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/relief-safety-${name}.png` });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${name}: ${overflow}px wider than the screen`);
    await ctx.close();
  }
});
