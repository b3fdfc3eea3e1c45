// What the diary's browser suites share: a fresh profile on a diary page, entries typed in as a
// person would, what is stored, backup files, older diaries and a full storage.
import { watch, hydrated, useBrowserAndSite } from './helpers.mjs';

/** The browser and the served site, once the suite's `before` hook has run. */
export const env = {};
useBrowserAndSite((b, s) => { env.browser = b; env.site = s; });

// The diary as the previous version stored it (one value); the current one keeps a key per night.
export const KEY = 'night-cramps.diary';
export const NIGHT = 'night-cramps.night.';

/** A fresh browser profile (empty storage) with the page at `path`, hydrated. */
export async function open(path = 'diary/', options = {}) {
  const ctx = await env.browser.newContext(options);
  const page = await ctx.newPage();
  const w = watch(page);
  const dialogs = [];
  page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  if (options.storage) {
    // Set storage by hand before the diary page loads (as a damaged or older value would be).
    await page.goto(env.site.url + 'about/');
    await page.evaluate((items) => { for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v); }, options.storage);
  }
  await page.goto(env.site.url + path);
  await hydrated(page);
  if (path === 'diary/') await page.locator('form.diary-form').waitFor();
  if (path === 'diary/summary/') await page.locator('.summary').waitFor();
  if (path === 'diary/backup/') await page.locator('#diary-import').waitFor();
  return { ctx, page, w, dialogs };
}

/** Goes to a page of the app (a plain link away) and waits until it is live. */
export async function go(page, path) {
  await page.goto(env.site.url + path);
  await hydrated(page);
  if (path === 'diary/') await page.locator('form.diary-form').waitFor();
  if (path === 'diary/backup/') await page.locator('#diary-import').waitFor();
}

/** The local date `days` before today on the page's clock, as YYYY-MM-DD. */
export async function nightsAgo(page, days) {
  return page.evaluate((n) => {
    const d = new Date();
    d.setDate(d.getDate() - n);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }, days);
}

/** The page's long label for a YYYY-MM-DD night ("Friday 14 March 2025"). */
export function longLabel(ymd) {
  const [y, m, d] = ymd.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  const weekday = date.toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' });
  const month = date.toLocaleDateString('en-GB', { month: 'long', timeZone: 'UTC' });
  return `${weekday} ${d} ${month} ${y}`;
}

/** Picks a night as a person would: last night and the night before last are one tap each,
 * any other night is typed into the date field behind "Another night". */
export async function chooseNight(page, night) {
  if (night === await nightsAgo(page, 1)) return page.locator('#night_of-last').check();
  if (night === await nightsAgo(page, 2)) return page.locator('#night_of-before_last').check();
  await page.locator('#night_of-other').check();
  await page.fill('#night_of', night);
}

export async function addEntry(page, { night, cramps = 1, muscles = [], pain, note, save = 'Save entry' }) {
  if (night !== undefined) await chooseNight(page, night);
  await page.fill('#cramps', String(cramps));
  for (const m of muscles) await page.locator(`#muscles-${m}`).check();
  if (pain !== undefined) await page.locator(`#worst_pain-${pain}`).check();
  if (note !== undefined) await page.fill('#note', note);
  await page.getByRole('button', { name: save, exact: true }).click();
}

/** Waits until the parts below the form show the last change: the list follows the notice a
 * task later, and the figures a task after that (each says aria-busy until then). */
export const settled = (page) => page.waitForFunction(() => !document.querySelector('.diary [aria-busy="true"]'));
/** The nights listed, newest first, once the list shows the last change. */
export const headings = async (page) => {
  await settled(page);
  return page.locator('.diary-entries .diary-entry__night').allInnerTexts();
};
/** Every stored night's key and value, as one text (null when no night is stored). */
export const stored = (page) => page.evaluate((prefix) => {
  const keys = Object.keys(localStorage).filter((k) => k.startsWith(prefix)).sort();
  return keys.length ? JSON.stringify(keys.map((k) => [k, localStorage.getItem(k)])) : null;
}, NIGHT);
/** The stored entries, newest night first. */
export const storedEntries = async (page) => JSON.parse(await stored(page) ?? '[]').map(([, v]) => JSON.parse(v).entry).reverse();

/** A diary file in the export format. */
export function diaryFile(entries, extra = {}) {
  return JSON.stringify({
    app: 'night-cramps', schema: 1, exported: '2025-01-01', ...extra,
    entries: entries.map((e, i) => ({
      id: i + 1, muscles: [], side: null, longest: null, worst_pain: null, sleep_lost: null, helped: [], note: '', ...e,
    })),
  });
}

export async function chooseFile(page, name, text) {
  await page.locator('#diary-import').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** An init script that stores a diary of one entry a night for the last `nights` nights, as the
 * previous version kept it (one value), before any page script runs; once per profile, since
 * the app moves it to one key per night and removes the value. */
export function keptFor(nights) {
  return `(() => {
    if (localStorage.getItem('nc-test-kept')) return;
    localStorage.setItem('nc-test-kept', 'yes');
    const entries = [];
    for (let i = ${nights}; i >= 1; i--) {
      const d = new Date(); d.setHours(12, 0, 0, 0); d.setDate(d.getDate() - i);
      const night = d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
      const cramps = i % 3;
      entries.push({ id: i, night_of: night, cramps, muscles: cramps ? ['calf'] : [], side: null, longest: null,
        worst_pain: cramps ? 4 : null, sleep_lost: null, helped: [], note: i % 7 ? '' : 'Walked a lot, "long" day, [tired]' });
    }
    localStorage.setItem('${KEY}', JSON.stringify({ app: 'night-cramps', schema: 1, entries }));
  })();`;
}


/** Eight weeks of nights (the summary's span), written straight to storage, plus a saved check
 *  result. `every` night when asked, otherwise two nights in three. */
export async function sampleStorage({ every = false } = {}) {
  const page = await env.browser.newPage();
  await page.goto(env.site.url + 'about/');
  const dates = await page.evaluate(() => Array.from({ length: 55 }, (_, i) => {
    const d = new Date();
    d.setDate(d.getDate() - i - 1);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }));
  await page.close();
  const muscles = [['calf'], ['calf', 'foot'], ['back_of_thigh'], ['foot']];
  const entries = dates.filter((_, i) => every || i % 3 !== 2).map((night, i) => (i % 4 === 3
    ? { night_of: night, cramps: 0 }
    : { night_of: night, cramps: 1 + (i % 3), muscles: muscles[i % 4], side: ['left', 'right', 'both'][i % 3], longest: '1_to_5_min', worst_pain: 3 + (i % 6), sleep_lost: '15_to_60_min', helped: ['stretching'], note: i % 5 === 0 ? 'Calf cramp after a long walk; eased with stretching and a warm shower.' : '' }));
  const check = JSON.stringify({ schema: 1, checked: dates[3], disposition: 'routine', factors: ['age-over-60', 'statins'],
    because: [{ question: 'medicines', answer: 'statin' }], medicines: [{ question: 'medicines', answer: 'statin' }] });
  return { [KEY]: diaryFile(entries), 'night-cramps.last-result': check };
}

// Two tabs of one browser profile: a context's pages share localStorage and hear each other's
// changes through the `storage` event, as two tabs (or the installed app and a tab) would.

/** Two tabs of one fresh profile, both on the diary. */
export async function twoTabs(options = {}) {
  const ctx = await env.browser.newContext();
  if (options.init) await ctx.addInitScript(options.init);
  const tabs = [];
  for (let i = 0; i < 2; i++) {
    const page = await ctx.newPage();
    const w = watch(page);
    await page.goto(env.site.url + 'diary/');
    await hydrated(page);
    await page.locator('form.diary-form').waitFor();
    tabs.push({ page, w });
  }
  return { ctx, a: tabs[0], b: tabs[1] };
}

/** An init script that makes every write to storage fail as a full quota does. */
export const FULL = `(() => {
  const real = Storage.prototype.setItem;
  Storage.prototype.setItem = function (k, v) {
    if (localStorage.getItem('nc-test-full') === 'yes') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return real.call(this, k, v);
  };
})();`;
