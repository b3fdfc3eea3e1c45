// Bedtime stretches (/stretch/) as a person follows them with the screen out of sight: keyboard
// only from a deep link to a running routine, the countdown on Playwright's virtual clock (no
// real waiting), pause, skip, the end with the way to the diary, the cues a screen reader hears,
// the tones made on the device, the voice only when asked and only a local one, no buzz with
// reduced motion, "stretched tonight" saved in the diary (and a full storage explained), axe-core
// in both system themes, no request off the site, and screenshots.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { watch, hydrated, axe, SHOTS, useBrowserAndSite } from './helpers.mjs';

let browser, site;
useBrowserAndSite((b, s) => { browser = b; site = s; });

// Stand-ins that record what the page asks of the browser: the wake lock, vibration, Web Audio
// (each note's start time and pitch) and speech synthesis (with a voice list a test can set).
const RECORDERS = () => {
  window.__lock = [];
  window.__buzz = [];
  window.__notes = [];
  window.__spoken = [];
  window.__voices = [];
  Object.defineProperty(Navigator.prototype, 'wakeLock', {
    configurable: true,
    get() {
      return {
        request: async (type) => {
          window.__lock.push('request:' + type);
          return { release: async () => { window.__lock.push('release'); } };
        },
      };
    },
  });
  Navigator.prototype.vibrate = function (pattern) { window.__buzz.push(Array.from(pattern)); return true; };
  class Param {
    constructor() { this.values = []; }
    setValueAtTime(v) { this.values.push(v); return this; }
    linearRampToValueAtTime(v) { this.values.push(v); return this; }
  }
  class Node { connect(n) { return n; } }
  class Oscillator extends Node {
    constructor() { super(); this.frequency = new Param(); }
    start(at) { window.__notes.push({ at, from: this.frequency.values[0], to: this.frequency.values.at(-1) }); }
    stop() {}
  }
  class Gain extends Node { constructor() { super(); this.gain = new Param(); } }
  window.AudioContext = class {
    constructor() { this.destination = new Node(); this.currentTime = 0; }
    resume() { return Promise.resolve(); }
    createOscillator() { return new Oscillator(); }
    createGain() { return new Gain(); }
  };
  Object.defineProperty(window, 'speechSynthesis', {
    configurable: true,
    value: {
      getVoices: () => window.__voices,
      speak: (u) => window.__spoken.push({ text: u.text, voice: u.voice?.name }),
      cancel() {}, pause() {}, resume() {},
    },
  });
  window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; this.voice = null; this.lang = ''; } };
};

const player = '.stretch-player';
const state = (page) => page.locator(player).getAttribute('data-state');
const countdown = (page) => page.locator('.stretch-player__number').innerText();
const doing = (page) => page.locator('.stretch-player__now').innerText();
const left = (page) => page.locator('.stretch-player__left').innerText();
const said = (page) => page.evaluate(() => window.__said);
const notes = (page) => page.evaluate(() => window.__notes);
const focused = (page) => page.evaluate(() => document.activeElement?.textContent);

/** The tone the notes make: two flat low notes = move, one rising = hold, one falling = let go,
 * three = finished. */
function tone(ns) {
  if (ns.length === 3) return 'finished';
  if (ns.length === 2 && ns.every((n) => n.from === n.to)) return 'move';
  if (ns.length === 1 && ns[0].to > ns[0].from) return 'hold';
  if (ns.length === 1 && ns[0].to < ns[0].from) return 'let go';
  return `unknown ${JSON.stringify(ns)}`;
}

/** Records each new text of the player's live region (what a screen reader would be told). */
async function listenToLiveRegion(page) {
  await page.evaluate(() => {
    window.__said = [];
    const region = document.querySelector('.stretch-player [aria-live="polite"]');
    new MutationObserver(() => {
      const text = region.textContent.trim();
      if (text && window.__said.at(-1) !== text) window.__said.push(text);
    }).observe(region, { childList: true, characterData: true, subtree: true });
  });
}

/** The page on the virtual clock (paused once live) with the recorders in place; `at` sets the
 * clock's start (a Date), and `init` adds a script of the test's own. */
async function openPage({ at, init, ...options } = {}) {
  const ctx = await browser.newContext(options);
  await ctx.addInitScript(RECORDERS);
  if (init) await ctx.addInitScript(init);
  const page = await ctx.newPage();
  await page.clock.install(at ? { time: at } : {});
  const w = watch(page);
  await page.goto(site.url + 'stretch/');
  await hydrated(page);
  // From here on, time moves only when a test says so (runFor), so countdowns are exact.
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
  await listenToLiveRegion(page);
  return { ctx, page, w };
}

/** Presses Tab until `matches` holds for the focused element; returns how many presses. */
async function tabTo(page, matches, most = 80) {
  for (let i = 1; i <= most; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(matches)) return i;
  }
  throw new Error('never reached by Tab');
}

test('keyboard only: start, the countdown, pause, resume, skip, and on to Done and the diary', async () => {
  const { ctx, page, w } = await openPage();
  assert.equal(await page.locator('h1').innerText(), 'Bedtime stretches');
  assert.equal(await state(page), 'idle');
  assert.equal(await countdown(page), '10');
  assert.equal(await left(page), '3:10 left in all');

  await tabTo(page, () => document.activeElement?.matches('.stretch-player__toggle'));
  assert.equal(await focused(page), 'Start');
  await page.keyboard.press('Enter');
  assert.equal(await state(page), 'running');
  assert.equal(await doing(page), 'Get ready: Left calf');
  assert.deepEqual(await said(page), ['Get ready to stretch your left calf.']);
  assert.equal(tone(await notes(page)), 'move', 'a tone made on the device');
  assert.deepEqual(await page.evaluate(() => window.__buzz), [[120, 80, 120, 80, 120]]);
  assert.deepEqual(await page.evaluate(() => window.__lock), ['request:screen'], 'screen kept awake');
  assert.deepEqual(await page.evaluate(() => window.__spoken), [], 'spoken cues are off by default');

  // The countdown moves on the virtual clock.
  await page.clock.runFor(4_000);
  assert.equal(await countdown(page), '6');
  assert.equal(await left(page), '3:06 left in all');

  // Pause holds it (the focus stays on the same button, now "Resume").
  await page.keyboard.press('Enter');
  assert.equal(await state(page), 'paused');
  assert.equal(await focused(page), 'Resume');
  await page.clock.runFor(60_000);
  assert.equal(await countdown(page), '6', 'a paused routine does not move');
  assert.deepEqual(await page.evaluate(() => window.__lock), ['request:screen', 'release']);
  await page.keyboard.press('Enter');
  assert.equal(await state(page), 'running');

  // The first hold begins: a rising tone and a long buzz.
  const before = (await notes(page)).length;
  await page.clock.runFor(6_000);
  assert.equal(await doing(page), 'Left calf: hold 1 of 3');
  assert.equal(await countdown(page), '10');
  assert.equal(await page.locator(player).getAttribute('data-part'), 'hold');
  assert.equal(tone((await notes(page)).slice(before)), 'hold');
  assert.deepEqual((await page.evaluate(() => window.__buzz)).at(-1), [400]);

  // Skip moves to the next part at once, and gives its cue.
  await page.keyboard.press('Tab');
  assert.equal(await focused(page), 'Skip');
  const beforeSkip = (await notes(page)).length;
  await page.keyboard.press('Enter');
  assert.equal(await doing(page), 'Swap legs. Next: Right calf, hold 1 of 3');
  assert.equal(await countdown(page), '5');
  assert.equal(tone((await notes(page)).slice(beforeSkip)), 'let go');

  // On to the end: the calf, then the back of each thigh, then Done.
  await page.clock.runFor(100_000);
  assert.match(await doing(page), /thigh/);
  assert.equal(await page.locator('.stretch-player__figure[data-stretch="back-of-thigh"]').isVisible(), true, 'the thigh drawing shows');
  assert.equal(await page.locator('.stretch-player__figure[data-stretch="calf"]').isVisible(), false);
  const beforeEnd = (await notes(page)).length;
  await page.clock.runFor(100_000);
  assert.equal(await state(page), 'done');
  assert.equal(await doing(page), 'Done. Well done!');
  assert.equal(await countdown(page), '0');
  assert.equal(await left(page), '0:00 left in all');
  assert.equal(tone((await notes(page)).slice(-3)), 'finished');
  assert.ok((await notes(page)).length > beforeEnd);
  const done = page.locator('.stretch-player__done');
  assert.equal(await done.isVisible(), true);
  assert.equal(await done.locator('a').getAttribute('href'), 'diary/');
  assert.equal(await done.locator('a').innerText(), 'Open your diary');
  // Skip had the focus and is now disabled: the focus moved to the main button, not lost.
  assert.equal(await focused(page), 'Start again');
  assert.equal(await page.locator('.stretch-player__skip').isDisabled(), true);
  assert.equal((await page.evaluate(() => window.__lock)).at(-1), 'release', 'the screen may sleep again');

  // What a screen reader heard: every cue once, in order, ending with the close.
  const heard = await said(page);
  assert.deepEqual(heard.slice(0, 4), [
    'Get ready to stretch your left calf.',
    'Stretch your left calf. Hold.',
    'Let go. Swap to your right leg.',
    'Stretch your right calf. Hold.',
  ]);
  assert.ok(heard.includes('Well done. Next, the back of the thigh. Start with your left leg.'));
  assert.equal(heard.at(-1), 'All done. Sleep well.');
  // Each part's cue came once (12 parts per stretch; Skip gave the next part's), and the close.
  assert.equal(heard.length, 24 + 1, 'one cue per part');
  assert.equal(await page.evaluate(() => window.__buzz.length), 24 + 1, 'one buzz per cue');

  // The whole thing worked with the keyboard and never asked another site for anything.
  assert.deepEqual(w.offOrigin(new URL(site.url).origin), []);
  assert.deepEqual(w.errors, []);
  await ctx.close();
});

/** Runs the routine from Start to Done on the virtual clock. */
async function finishRoutine(page) {
  await page.locator('.stretch-player__toggle').click();
  await page.clock.runFor(200_000);
  assert.equal(await state(page), 'done');
}

const nightRecord = (page, night) => page.evaluate((key) => localStorage.getItem(key), `night-cramps.night.${night}`);

test('finishing the routine offers "stretched tonight": it saves tonight in the diary, once, keeping what is there', async () => {
  // 22:30 on 13 March, London time: tonight is the night of the 13th.
  const { ctx, page, w } = await openPage({ at: new Date('2026-03-13T22:30:00Z'), timezoneId: 'Europe/London' });
  const mark = page.locator('.stretch-player__mark');
  const marked = page.locator('.stretch-player__marked');
  assert.equal(await mark.isVisible(), false, 'offered only at the end');
  await finishRoutine(page);
  assert.equal(await mark.isVisible(), true);
  assert.equal(await mark.innerText(), 'Mark \u201cstretched tonight\u201d in my diary');
  await mark.focus();
  await page.keyboard.press('Enter');
  assert.equal(await marked.innerText(),
    'Saved in your diary: stretched on the night of Friday 13 March 2026. It is saved as a night without cramps so far: if cramps wake you, add them to this night.');
  assert.equal(await marked.getAttribute('role'), 'status');
  const record = JSON.parse(await nightRecord(page, '2026-03-13'));
  assert.equal(record.entry.stretched, true);
  assert.equal(record.entry.cramps, 0);
  assert.equal(await mark.innerText(), 'Marked in your diary');
  assert.equal(await mark.getAttribute('aria-disabled'), 'true');
  assert.equal(await focused(page), 'Marked in your diary', 'the focus stays on the button');
  // A second tap changes nothing.
  await page.keyboard.press('Enter');
  assert.equal(JSON.parse(await nightRecord(page, '2026-03-13')).stamp, record.stamp);

  // The diary shows it (time flows again so the page can load).
  await page.clock.resume();
  await page.goto(site.url + 'diary/');
  await hydrated(page);
  const entry = page.locator('.diary-entry').first();
  await entry.waitFor();
  assert.match(await entry.innerText(), /Friday 13 March 2026[\s\S]*Bedtime stretches:?\s*Done that evening/);
  assert.deepEqual(w.errors, []);
  await ctx.close();

  // After midnight it is still the same night; a night with a cramp keeps it.
  const later = await openPage({ at: new Date('2026-03-14T00:40:00Z'), timezoneId: 'Europe/London' });
  await later.page.evaluate(() => localStorage.setItem('night-cramps.night.2026-03-13', JSON.stringify({ stamp: 5,
    entry: { night_of: '2026-03-13', cramps: 2, muscles: ['calf'], worst_pain: 7, note: 'left calf' } })));
  await finishRoutine(later.page);
  await later.page.locator('.stretch-player__mark').click();
  assert.equal(await later.page.locator('.stretch-player__marked').innerText(),
    'Saved in your diary: stretched on the night of Friday 13 March 2026.');
  const kept = JSON.parse(await nightRecord(later.page, '2026-03-13')).entry;
  assert.deepEqual([kept.cramps, kept.worst_pain, kept.note, kept.stretched], [2, 7, 'left calf', true]);
  await later.ctx.close();
});

test('"stretched tonight" with a full storage says so, loses nothing, and can be tried again', async () => {
  const { ctx, page } = await openPage({
    at: new Date('2026-03-13T22:30:00Z'),
    timezoneId: 'Europe/London',
    init: () => {
      const set = Storage.prototype.setItem;
      window.__full = true;
      Storage.prototype.setItem = function (k, v) {
        if (window.__full && k.startsWith('night-cramps.night.')) throw new DOMException('full', 'QuotaExceededError');
        return set.call(this, k, v);
      };
    },
  });
  await finishRoutine(page);
  const mark = page.locator('.stretch-player__mark');
  await mark.click();
  assert.match(await page.locator('.stretch-player__marked').innerText(), /storage for Night Cramps is full, so the change was not saved\. Nothing already saved was lost/);
  assert.equal(await nightRecord(page, '2026-03-13'), null);
  assert.equal(await mark.getAttribute('aria-disabled'), null, 'still offered');
  await page.evaluate(() => { window.__full = false; });
  await mark.click();
  assert.match(await page.locator('.stretch-player__marked').innerText(), /^Saved in your diary/);
  assert.equal(JSON.parse(await nightRecord(page, '2026-03-13')).entry.stretched, true);
  await ctx.close();
});

test('reset goes back to the start, quietly, and hands the focus to Start', async () => {
  const { ctx, page, w } = await openPage();
  await page.locator('.stretch-player__toggle').click();
  await page.clock.runFor(15_000);
  await page.locator('.stretch-player__reset').focus();
  await page.keyboard.press('Enter');
  assert.equal(await state(page), 'idle');
  assert.equal(await countdown(page), '10');
  assert.equal(await focused(page), 'Start');
  assert.equal(await page.locator('.stretch-player__said').innerText(), '');
  assert.equal(await page.locator('.stretch-player__reset').isDisabled(), true);
  assert.equal((await page.evaluate(() => window.__lock)).at(-1), 'release');
  // Skipping while paused moves on but stays paused.
  await page.locator('.stretch-player__toggle').click();
  await page.locator('.stretch-player__toggle').click();
  assert.equal(await state(page), 'paused');
  await page.locator('.stretch-player__skip').click();
  assert.equal(await state(page), 'paused');
  assert.equal(await doing(page), 'Left calf: hold 1 of 3');
  await page.clock.runFor(30_000);
  assert.equal(await countdown(page), '10');
  assert.deepEqual(w.errors, []);
  await ctx.close();
});

test('spoken cues: off by default, then said by a voice on the device only', async () => {
  const { ctx, page, w } = await openPage();
  const voice = page.locator('.stretch-player__voice-switch');
  assert.equal(await voice.isChecked(), false);
  // A device whose only voice is online: the switch says it will stay with sounds.
  await page.evaluate(() => { window.__voices = [{ name: 'Online', lang: 'en-US', localService: false }]; });
  await voice.check();
  assert.equal(await page.locator('.stretch-player__voice-note').innerText(),
    'This device has no voice of its own, so you will hear sounds only.');
  await page.locator('.stretch-player__toggle').click();
  assert.deepEqual(await page.evaluate(() => window.__spoken), [], 'never an online voice');
  // With a voice of its own, each cue is said by it.
  await page.evaluate(() => { window.__voices.push({ name: 'Local', lang: 'en-GB', localService: true }); });
  await page.clock.runFor(10_000);
  assert.deepEqual(await page.evaluate(() => window.__spoken), [{ text: 'Stretch your left calf. Hold.', voice: 'Local' }]);
  assert.equal(await page.locator('.stretch-player__voice-note').innerText(), '', 'the note goes once a voice is there');
  await voice.uncheck();
  assert.equal(await page.locator('.stretch-player__voice-note').innerText(), '');
  await page.clock.runFor(10_000);
  assert.equal((await page.evaluate(() => window.__spoken)).length, 1, 'off again: nothing more said');
  assert.ok((await said(page)).length >= 3, 'the live region still says every cue');
  assert.deepEqual(w.errors, []);
  await ctx.close();
});

test('with reduced motion: no buzz and no moving ring; the sounds and words stay', async () => {
  const { ctx, page } = await openPage({ reducedMotion: 'reduce' });
  assert.equal(await page.locator('.stretch-player__progress').isVisible(), false, 'no ring that moves');
  await page.locator('.stretch-player__toggle').click();
  await page.clock.runFor(40_000);
  assert.deepEqual(await page.evaluate(() => window.__buzz), [], 'no vibration with reduced motion');
  assert.ok((await notes(page)).length >= 4, 'tones still play');
  assert.ok((await said(page)).length >= 4, 'cues still said');
  await ctx.close();

  const normal = await openPage();
  assert.equal(await normal.page.locator('.stretch-player__progress').isVisible(), true);
  await normal.ctx.close();
});

test('dark whatever the system theme', async () => {
  for (const scheme of ['light', 'dark']) {
    const { ctx, page } = await openPage({ colorScheme: scheme });
    const bg = await page.locator('.shell').evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.equal(bg, 'rgb(0, 0, 0)', scheme);
    await ctx.close();
  }
});

for (const scheme of ['light', 'dark']) {
  test(`axe-core finds no violations (${scheme} system theme): idle, running, done`, async () => {
    const { ctx, page } = await openPage({ colorScheme: scheme });
    const check = async (what) => {
      // axe-core waits on timers of its own: let time flow while it runs.
      await page.clock.resume();
      assert.deepEqual(await axe(page), [], `${what} (${scheme})`);
      await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
    };
    await check('idle');
    await page.locator('.stretch-player__toggle').click();
    await page.clock.runFor(12_000);
    await page.locator('.stretch-player__voice-switch').check();
    await check('running, voice note shown');
    await page.clock.runFor(200_000);
    await check('done');
    await ctx.close();
  });
}

test('screenshots at phone and desktop size, light and dark: big targets, nothing off the side', async () => {
  for (const [name, width, height] of [['phone', 360, 800], ['desktop', 1280, 900]]) {
    for (const scheme of ['light', 'dark']) {
      const { ctx, page } = await openPage({ viewport: { width, height }, colorScheme: scheme });
      const tag = `${name}-${scheme}`;
      await page.screenshot({ path: `${SHOTS}/stretch-${tag}.png` });
      await page.screenshot({ path: `${SHOTS}/stretch-${tag}-full.png`, fullPage: true });
      for (const target of await page.locator('.stretch-player button, .stretch-player label').all()) {
        if (!(await target.isVisible())) continue; // the end's own button, shown at Done
        const box = await target.boundingBox();
        assert.ok(box.height >= 48, `${await target.innerText()}: ${box.height}px high`);
      }
      await page.locator('.stretch-player__toggle').click();
      await page.clock.runFor(13_000);
      await page.locator(player).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/stretch-running-${tag}.png` });
      await page.clock.runFor(200_000);
      await page.locator(player).scrollIntoViewIfNeeded();
      const mark = page.locator('.stretch-player__mark');
      assert.ok((await mark.boundingBox()).height >= 48, 'the mark button is a big target');
      await page.screenshot({ path: `${SHOTS}/stretch-done-${tag}.png` });
      await mark.click();
      await page.locator('.stretch-player__marked').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/stretch-marked-${tag}.png` });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${tag}: ${overflow}px wider than the screen`);
      await ctx.close();
    }
  }
});
