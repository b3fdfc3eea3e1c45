// One cold load of a page, and one tap on it, in headless Chromium: the observers installed before
// any page script, a diary seeded in storage, CPU and network throttling, and the blocking time
// and longest tasks of what was recorded.

// Optional network emulation (off by default: every file is local and a throttled run takes
// several times longer). `slow-4g` is Lighthouse's mobile profile: 150 ms round trip, 1.6 Mbit/s
// down, 750 kbit/s up. The test server does not compress, so files cross it at their raw size
// (the wasm ~2.5× its gzip size): a pessimistic phone on a poor connection.
export const NETWORKS = { 'slow-4g': { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 } };

// A phone-sized viewport for every load (Lighthouse's mobile size): the app is used in bed on a phone.
export const VIEWPORT = { width: 412, height: 823 };

// After the hydration marker (app) or the first paint (baseline, which runs no script), keep
// observing this long, so the tasks that follow hydration (effects, service-worker
// registration) are counted too.
// After a diary page says it is open or done, the parts below its form still draw, a task or
// two later: loads and taps with a stored diary watch that long for long tasks too.
export const SETTLE_MS = { app: 100, baseline: 50, drawn: 600 };

// Installed before any page script: LCP and long-task observers, and the moment the app sets
// data-hydrated on <html> (src/browser.rs), taken from a MutationObserver so the app needs no hook.
// The first paint and that moment are also signalled on the console: waiting for them with
// Playwright's waitForSelector/waitForFunction would evaluate its own large helper script in the
// page mid-load, a 50–90 ms task at 4× CPU that is the harness's, not the page's.
const INIT = `(() => {
  const nc = window.__nc = { lcp: null, lcpTag: null, longtasks: [], scripts: [], hydrated: null, wasmCall: null };
  // When the loader hands the wasm to the engine: hydration work starts here.
  for (const name of ['compileStreaming', 'compile', 'instantiateStreaming', 'instantiate']) {
    const original = WebAssembly[name];
    if (original) WebAssembly[name] = function (...args) { if (nc.wasmCall === null) nc.wasmCall = performance.now(); return original.apply(this, args); };
  }
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) { nc.lcp = e.startTime; nc.lcpTag = e.element ? e.element.tagName : null; } })
    .observe({ type: 'largest-contentful-paint', buffered: true }); } catch (e) {}
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) nc.longtasks.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true }); } catch (e) {}
  // Which scripts ran in each long animation frame (Long Animation Frames API): tells a task that
  // runs the page's code from one that only lays out and paints.
  try { new PerformanceObserver((l) => { for (const f of l.getEntries()) for (const s of f.scripts) nc.scripts.push([s.startTime, s.duration]); })
    .observe({ type: 'long-animation-frame', buffered: true }); } catch (e) {}
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') console.debug('nc:fcp'); })
    .observe({ type: 'paint', buffered: true }); } catch (e) {}
  const seen = () => { if (nc.hydrated === null && document.documentElement && document.documentElement.getAttribute('data-hydrated') === 'true') { nc.hydrated = performance.now(); console.debug('nc:hydrated'); } };
  new MutationObserver(seen).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-hydrated'] });
})();`;

/** An init script that puts a diary of `nights` entries (one a night, up to the night before
 * last, so "add last night" is a new night) in the page's storage before any page script runs,
 * in the stored format: one key per night (crates/core/src/diary/night_store/), or with
 * `--diary-format single` the one value that releases before per-night storage kept. */
export function seedDiary(nights, format) {
  return `(() => {
    const single = ${JSON.stringify(format === 'single')};
    if (single ? localStorage.getItem('night-cramps.diary') : localStorage.length) return;
    const muscles = [['calf'], ['foot'], ['calf', 'foot'], ['back_of_thigh'], []];
    const day = new Date(); day.setHours(12, 0, 0, 0);
    const entries = [];
    for (let i = ${nights} + 1; i >= 2; i--) {
      const d = new Date(day); d.setDate(d.getDate() - i);
      const night = d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
      const cramps = (i * 7) % 4;
      entries.push({ id: ${nights} - i + 2, night_of: night, cramps, muscles: cramps ? muscles[i % 5] : [], side: null, longest: null,
        worst_pain: cramps ? (i % 11) : null, sleep_lost: null, helped: [], note: i % 9 === 0 ? 'Long walk today' : '' });
    }
    if (single) localStorage.setItem('night-cramps.diary', JSON.stringify({ app: 'night-cramps', schema: 1, entries }));
    else for (const entry of entries) localStorage.setItem('night-cramps.night.' + entry.night_of, JSON.stringify({ stamp: entry.id, entry }));
  })();`;
}

/** Resolves when the page logs `text` (from INIT), or fails after `ms`. */
function signal(page, text, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { page.off('console', on); reject(new Error(`no "${text}" within ${ms} ms`)); }, ms);
    const on = (message) => { if (message.text() === text) { clearTimeout(timer); page.off('console', on); resolve(); } };
    page.on('console', on);
  });
}

export async function coldLoad(browser, url, { rate, app, record, seed, network }) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript(INIT);
    if (seed) await context.addInitScript(seed);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    if (network) await cdp.send('Network.emulateNetworkConditions', NETWORKS[network]);
    const requests = [];
    if (record) page.on('request', (r) => requests.push(r.url()));
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const painted = signal(page, 'nc:fcp', 30000);
    const hydrated = app ? signal(page, 'nc:hydrated', 60000) : null;
    await page.goto(url, { waitUntil: 'load', timeout: 60000 });
    // The first paint is reported once the frame is presented, which on a busy machine can come
    // after the load event: wait for it rather than record a page without one.
    await painted;
    if (app) await hydrated;
    await page.waitForTimeout(app ? (seed ? SETTLE_MS.drawn : SETTLE_MS.app) : SETTLE_MS.baseline);
    const m = await page.evaluate(() => {
      const nc = window.__nc;
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      const wasm = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'));
      return { fcp: paint ? paint.startTime : null, lcp: nc.lcp, lcpTag: nc.lcpTag, hydrated: nc.hydrated, wasmCall: nc.wasmCall, longtasks: nc.longtasks, scripts: nc.scripts, wasmEnd: wasm ? wasm.responseEnd : null };
    });
    if (errors.length) throw new Error(`page errors on ${url}: ${errors.join('; ')}`);
    return { ...m, ...blocking(m), requests };
  } finally {
    await context.close();
  }
}

/** How long a fixed piece of script takes on a blank page at `rate` (median of 7): checks that
 * the CPU throttling really slows the page as asked, however the threads are placed. */
export async function throttleCheck(browser, rate) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    return await page.evaluate(() => {
      const times = [];
      for (let k = 0; k < 7; k++) {
        const start = performance.now();
        let x = 0;
        for (let i = 0; i < 3e6; i++) x = (x * 31 + i) % 1000003;
        times.push(performance.now() - start + (x < 0 ? 1 : 0));
      }
      return times.sort((a, b) => a - b)[3];
    });
  } finally {
    await context.close();
  }
}

// What a person does with a ten-year diary on the device, each timed from the tap (after any
// preparing, such as filling in the form) until the page says it is done: the longest main-thread
// task in that time (plus the settling time), and how long until it says so. `done` is a
// status text to wait for, or 'download'.
export const TAPS = [
  { name: 'one-tap log (/now/calf/)', route: 'now/calf/', button: '.relief-log button', done: ['.relief-log [role="status"]', 'Saved in your diary'] },
  {
    name: 'add last night (/diary/)', route: 'diary/', button: 'button:text-is("Save entry")', done: ['.diary-notice', 'Saved'],
    prepare: async (page) => {
      await page.locator('#night_of-last').check();
      await page.fill('#cramps', '2');
      await page.locator('#worst_pain-5').check();
    },
  },
  {
    name: 'edit a night (/diary/)', route: 'diary/', button: 'button:text-is("Save changes")', done: ['.diary-notice', 'Saved'],
    prepare: async (page) => {
      await page.locator('.diary-entry button:has-text("Edit")').first().click();
      await page.fill('#note', 'Edited in the bench');
    },
  },
  { name: 'delete a night (/diary/)', route: 'diary/', button: '.diary-entry button:has-text("Delete")', done: ['.diary-notice', 'Deleted'] },
  { name: 'export the backup (/diary/backup/)', route: 'diary/backup/', button: 'button:has-text("Download backup (JSON)")', done: 'download' },
];

/** How long a finger rests on the screen in a tap. */
const TAP_HOLD_MS = 80;

export async function tapLoad(browser, url, tap, { rate, seed }) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript(INIT);
    await context.addInitScript(seed);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const hydrated = signal(page, 'nc:hydrated', 60000);
    await page.goto(url, { waitUntil: 'load', timeout: 60000 });
    await hydrated;
    // Finding the button first also makes Playwright evaluate its helper script now (a long
    // task of the harness's at 4×), not during the tap.
    if (tap.prepare) await tap.prepare(page);
    const button = page.locator(tap.button).first();
    await button.waitFor({ timeout: 60000 });
    await button.scrollIntoViewIfNeeded();
    // Tapped as a person would, through the browser's input (CDP): Playwright's own click
    // would run its checks of the target in the page, inside the task being measured.
    const box = await button.boundingBox();
    await page.waitForTimeout(300);
    const start = await page.evaluate(() => performance.now());
    const finished = tap.done === 'download'
      ? page.waitForEvent('download', { timeout: 60000 })
      : page.locator(tap.done[0], { hasText: tap.done[1] }).waitFor({ timeout: 60000 });
    // A finger's tap: the press and the release about 80 ms apart, each handled on its own (a
    // click sent all at once is handled in one task, which no person's tap is).
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.waitForTimeout(TAP_HOLD_MS);
    await page.mouse.up();
    await finished;
    const done = await page.evaluate(() => performance.now());
    await page.waitForTimeout(SETTLE_MS.drawn);
    const longtasks = await page.evaluate(() => window.__nc.longtasks);
    const after = longtasks.filter(([s, d]) => s + d > start && s < done + SETTLE_MS.drawn);
    return { longest: Math.max(0, ...after.map(([, d]) => d)), done: done - start };
  } finally {
    await context.close();
  }
}

// Total blocking time as Lighthouse counts it (the part of each task beyond 50 ms, from first
// contentful paint on), but up to the end of our window rather than to time-to-interactive.
export function blocking({ fcp, longtasks, scripts, hydrated, wasmCall }) {
  let tbt = 0;
  let longest = 0;
  let hydrationTask = 0;
  let windowTask = 0;
  for (const [start, duration] of longtasks) {
    const end = start + duration;
    longest = Math.max(longest, duration);
    if (fcp !== null && end > fcp) tbt += Math.max(0, end - Math.max(start, fcp) - 50);
    // The hydration window: from the loader handing the wasm to the engine (instantiation,
    // main(), Yew's hydration pass, first effects) until the app sets its marker, plus what
    // starts in the settling time after it (a render an island's first effects asked for).
    if (wasmCall === null || hydrated === null || end <= wasmCall || start > hydrated + SETTLE_MS.app) continue;
    // Every task in it, including the browser's own layout and paint of what the app showed.
    windowTask = Math.max(windowTask, duration);
    // A hydration task runs the app's code: a script of the page ran inside it. (Every script
    // on the page is the app's: its loader and its bundle; the baseline has none.)
    if (scripts.some(([s, d]) => s < end && s + d > start)) hydrationTask = Math.max(hydrationTask, duration);
  }
  return { tbt, longest, hydrationTask, windowTask };
}
