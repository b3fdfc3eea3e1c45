// The cramp diary as a person uses it: add, change, delete and undo; what survives a reload;
// damaged storage; backups in and out (bad files change nothing); notes shown as text; the
// printable doctor summary; erase everything; axe-core and screenshots. Then the per-night
// store: two tabs of one browser profile, an old single-value diary moved over, a full storage.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { watch, hydrated, axe, SHOTS, useBrowserAndSite } from './helpers.mjs';

let browser, site;
useBrowserAndSite((b, s) => { browser = b; site = s; });

// The diary as the previous version stored it (one value); the current one keeps a key per night.
const KEY = 'night-cramps.diary';
const NIGHT = 'night-cramps.night.';

/** A fresh browser profile (empty storage) with the page at `path`, hydrated. */
async function open(path = 'diary/', options = {}) {
  const ctx = await browser.newContext(options);
  const page = await ctx.newPage();
  const w = watch(page);
  const dialogs = [];
  page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  if (options.storage) {
    // Set storage by hand before the diary page loads (as a damaged or older value would be).
    await page.goto(site.url + 'about/');
    await page.evaluate((items) => { for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v); }, options.storage);
  }
  await page.goto(site.url + path);
  await hydrated(page);
  if (path === 'diary/') await page.locator('form.diary-form').waitFor();
  if (path === 'diary/summary/') await page.locator('.summary').waitFor();
  if (path === 'diary/backup/') await page.locator('#diary-import').waitFor();
  return { ctx, page, w, dialogs };
}

/** Goes to a page of the app (a plain link away) and waits until it is live. */
async function go(page, path) {
  await page.goto(site.url + path);
  await hydrated(page);
  if (path === 'diary/') await page.locator('form.diary-form').waitFor();
  if (path === 'diary/backup/') await page.locator('#diary-import').waitFor();
}

/** The local date `days` before today on the page's clock, as YYYY-MM-DD. */
async function nightsAgo(page, days) {
  return page.evaluate((n) => {
    const d = new Date();
    d.setDate(d.getDate() - n);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }, days);
}

/** The page's long label for a YYYY-MM-DD night ("Friday 14 March 2025"). */
function longLabel(ymd) {
  const [y, m, d] = ymd.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  const weekday = date.toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' });
  const month = date.toLocaleDateString('en-GB', { month: 'long', timeZone: 'UTC' });
  return `${weekday} ${d} ${month} ${y}`;
}

/** Picks a night as a person would: last night and the night before last are one tap each,
 * any other night is typed into the date field behind "Another night". */
async function chooseNight(page, night) {
  if (night === await nightsAgo(page, 1)) return page.locator('#night_of-last').check();
  if (night === await nightsAgo(page, 2)) return page.locator('#night_of-before_last').check();
  await page.locator('#night_of-other').check();
  await page.fill('#night_of', night);
}

async function addEntry(page, { night, cramps = 1, muscles = [], pain, note, save = 'Save entry' }) {
  if (night !== undefined) await chooseNight(page, night);
  await page.fill('#cramps', String(cramps));
  for (const m of muscles) await page.locator(`#muscles-${m}`).check();
  if (pain !== undefined) await page.locator(`#worst_pain-${pain}`).check();
  if (note !== undefined) await page.fill('#note', note);
  await page.getByRole('button', { name: save, exact: true }).click();
}

// The list follows a change a task after the notice (it says aria-busy until then).
const headings = async (page) => {
  await page.waitForFunction(() => !document.querySelector('.diary [aria-busy="true"]'));
  return page.locator('.diary-entries .diary-entry__night').allInnerTexts();
};
/** Every stored night's key and value, as one text (null when no night is stored). */
const stored = (page) => page.evaluate((prefix) => {
  const keys = Object.keys(localStorage).filter((k) => k.startsWith(prefix)).sort();
  return keys.length ? JSON.stringify(keys.map((k) => [k, localStorage.getItem(k)])) : null;
}, NIGHT);
/** The stored entries, newest night first. */
const storedEntries = async (page) => JSON.parse(await stored(page) ?? '[]').map(([, v]) => JSON.parse(v).entry).reverse();

/** A diary file in the export format. */
function diaryFile(entries, extra = {}) {
  return JSON.stringify({
    app: 'night-cramps', schema: 1, exported: '2025-01-01', ...extra,
    entries: entries.map((e, i) => ({
      id: i + 1, muscles: [], side: null, longest: null, worst_pain: null, sleep_lost: null, helped: [], note: '', ...e,
    })),
  });
}

async function chooseFile(page, name, text) {
  await page.locator('#diary-import').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** An init script that stores a diary of one entry a night for the last `nights` nights, as the
 * previous version kept it (one value), before any page script runs; once per profile, since
 * the app moves it to one key per night and removes the value. */
function keptFor(nights) {
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

test('the diary and the summary open whole, and count as live only once all of it is there', async () => {
  const ctx = await browser.newContext();
  // Two months of entries, so the figures, the chart and a full first page of the list appear.
  await ctx.addInitScript(keptFor(45));
  const page = await ctx.newPage();
  const w = watch(page);
  // Record, as the page opens: in which order its parts appear (top to bottom), every form
  // control and list entry put into the page (each should be put in once, never rebuilt), and
  // any layout shift (nothing on screen should move).
  await page.addInitScript(() => {
    window.__order = [];
    window.__added = [];
    window.__shift = 0;
    new MutationObserver((mutations) => {
      for (const m of mutations) {
        for (const n of m.addedNodes) {
          // The app puts each element in on its own (then its children), so every control
          // shows up here itself, and again if it is ever rebuilt or moved.
          if (n.nodeType === 1 && n.matches('input[id], textarea[id]')) window.__added.push(n.id);
          if (n.nodeType === 1 && n.matches('li.diary-entry')) window.__added.push(n.querySelector('h3').id);
        }
      }
      for (const [name, selector] of [['night', '#night_of-last'], ['save', '.diary-form__buttons'], ['figures', '#diary-figures-title'], ['list', '#diary-entries-title']]) {
        if (!window.__order.includes(name) && document.querySelector(selector)) window.__order.push(name);
      }
    }).observe(document, { childList: true, subtree: true });
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__shift += e.value; }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(site.url + 'diary/');
  await hydrated(page);
  // No waiting here: the marker comes once the diary is shown, so everything is already there.
  const now = await page.evaluate(() => ({
    order: window.__order,
    added: window.__added,
    shift: window.__shift,
    opening: document.querySelectorAll('.diary-opening').length,
    backups: !!document.querySelector('#diary-files-title'),
    count: document.querySelector('.diary-count')?.textContent,
    listed: document.querySelectorAll('li.diary-entry').length,
    more: document.querySelector('.diary-entries + button')?.textContent,
  }));
  assert.deepEqual(now.order, ['night', 'save', 'figures', 'list'], 'the page fills in from the top');
  assert.equal(now.opening, 0, '"Opening your diary…" is gone');
  assert.ok(now.backups, 'the last part (backups) is on screen');
  assert.equal(now.count, '45 entries');
  assert.equal(now.listed, 30, 'the first page of the list is all there');
  assert.equal(now.more, 'Show 15 more');
  assert.ok(now.added.includes('night_of-last') && now.added.includes('note'), 'the form controls were seen going in');
  assert.equal(now.added.filter((id) => id.startsWith('entry-')).length, 30, 'the list entries were seen going in');
  assert.deepEqual(now.added.filter((id, i) => now.added.indexOf(id) !== i), [], 'no form control or entry is put in twice');
  assert.ok(now.shift < 0.01, `nothing moves on screen while the diary opens (layout shift ${now.shift.toFixed(3)})`);

  await page.goto(site.url + 'diary/summary/');
  await hydrated(page);
  assert.equal(await page.evaluate(() => !!document.querySelector('#summary-figures-title') && !document.querySelector('.diary-opening')), true, 'the summary is all there');
  assert.deepEqual(w.errors, []);
  await ctx.close();
});

test('a diary kept for ten years (moved from the single value) opens whole, and saves keep every night', async () => {
  const ctx = await browser.newContext();
  await ctx.addInitScript(keptFor(3650));
  const page = await ctx.newPage();
  const w = watch(page);
  await page.goto(site.url + 'diary/');
  await hydrated(page);
  assert.equal(await page.locator('.diary-count').innerText(), '3650 entries');
  const nights = await headings(page);
  assert.equal(nights.length, 30);
  assert.equal(nights[0], longLabel(await nightsAgo(page, 1)), 'newest night first');
  assert.equal(nights[29], longLabel(await nightsAgo(page, 30)));
  assert.equal(await page.locator('.diary-problem').count(), 0, 'nothing was refused');
  // The figures cover the whole diary: a third of the nights had cramps in the last 4 weeks.
  assert.match(await page.locator('#diary-figures-title + *').innerText(), /\d/);
  await page.goto(site.url + 'diary/summary/');
  await hydrated(page);
  // A busy diary lists its last 4 weeks (today and the 27 nights before it; last night is the newest).
  assert.equal(await page.locator('#summary-entries-title').innerText(), 'Diary entries, last 4 weeks');
  assert.equal(await page.locator('.summary-entries-wrap tbody tr').count(), 27);
  // Saving still works on a diary this size, and keeps every night.
  await page.goto(site.url + 'diary/');
  await hydrated(page);
  await page.locator('form.diary-form').waitFor();
  await page.getByRole('button', { name: 'Delete the entry for ' + longLabel(await nightsAgo(page, 1)) }).click();
  await page.locator('.diary-notice', { hasText: 'Deleted the entry' }).waitFor();
  const kept = await storedEntries(page);
  assert.equal(kept.length, 3649);
  // Relief mode's one tap writes only its own night, and keeps every other.
  await page.goto(site.url + 'now/calf/');
  await hydrated(page);
  await page.locator('.relief-log button').click();
  await page.locator('.relief-log [role="status"]', { hasText: 'Saved in your diary' }).waitFor();
  const logged = await storedEntries(page);
  assert.equal(logged.length, 3650, 'one night added (the night of the tap, last night or tonight)');
  const text = (entries) => entries.map((e) => JSON.stringify(e)).sort();
  const before = new Set(text(kept));
  const added = logged.filter((e) => !before.has(JSON.stringify(e)));
  assert.deepEqual(added.map((e) => [e.cramps, e.muscles]), [[1, ['calf']]]);
  assert.deepEqual(text(logged.filter((e) => e !== added[0])), text(kept), 'every other night kept as it was');
  assert.deepEqual(w.errors, []);
  await ctx.close();
});

test('add, edit, delete and undo an entry; a reload keeps the entries', async () => {
  const { ctx, page, w } = await open();
  assert.equal(await page.locator('.diary-empty').innerText(), 'No entries yet. Entries you add appear here, newest first.');
  const lastNight = await nightsAgo(page, 1);
  // The night is asked with one tap for the two most recent nights; no date field until asked.
  assert.equal(await page.locator('#night_of-last').isChecked(), true, 'the form starts on last night');
  assert.equal(await page.locator('label[for="night_of-last"]').innerText(), `Last night (${longLabel(lastNight).replace(/ \d{4}$/, '')})`);
  assert.equal(await page.locator('label[for="night_of-before_last"]').innerText(), `The night before last (${longLabel(await nightsAgo(page, 2)).replace(/ \d{4}$/, '')})`);
  assert.equal(await page.locator('input[type="date"]').count(), 0, 'no date field on screen');
  assert.equal(await page.locator('fieldset:has(#night_of-last) legend').innerText(), 'Night of');

  await addEntry(page, { cramps: 2, muscles: ['calf'], pain: 6, note: 'Woke at 3 a.m.' });
  await page.locator('.diary-notice', { hasText: 'Saved the entry' }).waitFor();
  assert.deepEqual(await headings(page), [longLabel(lastNight)]);
  assert.match(await page.evaluate(() => document.activeElement.id), /^entry-\d+$/, 'focus moves to the saved entry');
  const entry = page.locator('.diary-entry').first();
  assert.match(await entry.innerText(), /Cramps\s*2/);
  assert.match(await entry.innerText(), /Worst pain\s*6 out of 10/);
  assert.match(await entry.innerText(), /Woke at 3 a\.m\./);
  assert.equal(await page.inputValue('#cramps'), '', 'the form starts afresh');
  assert.equal(await page.inputValue('#note'), '', 'the note is cleared');
  assert.equal(await page.locator('#muscles-calf').isChecked(), false, 'the muscles are cleared');
  assert.equal(await page.locator('#worst_pain-6').isChecked(), false, 'the pain score is cleared');
  assert.equal(await page.locator('#night_of-last').isChecked(), true, 'the night is last night again');

  // The same night again is refused, and the summary's link goes to the night's choice.
  await addEntry(page, { cramps: 1, pain: 2 });
  const duplicate = page.locator('.error-summary[role="alert"]');
  await duplicate.waitFor();
  assert.match(await duplicate.innerText(), /already have an entry for the night of/);
  await duplicate.getByRole('link', { name: /already have an entry/ }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'night_of-last');
  assert.equal((await storedEntries(page)).length, 1, 'nothing added');
  await page.fill('#cramps', '');

  // Edit: the form fills in, and saving changes that entry.
  await entry.getByRole('button', { name: `Edit the entry for ${longLabel(lastNight)}` }).click();
  assert.equal(await page.locator('#diary-form-title').innerText(), `Change the entry for ${longLabel(lastNight)}`);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'diary-form-title');
  assert.equal(await page.inputValue('#cramps'), '2');
  assert.equal(await page.locator('#worst_pain-6').isChecked(), true);
  await addEntry(page, { cramps: 3, muscles: ['foot'], save: 'Save changes' });
  await page.locator('.diary-notice', { hasText: 'Saved the changes' }).waitFor();
  assert.match(await page.locator('.diary-entry').first().innerText(), /Cramps\s*3/);
  assert.match(await page.locator('.diary-entry').first().innerText(), /Muscles\s*Calf, Foot or arch/);

  // A cramp-free night, three nights ago, in the date field behind "Another night": it starts on
  // the night chosen so far, and goes away once the entry is saved.
  const older = await nightsAgo(page, 3);
  await page.locator('#night_of-other').check();
  assert.equal(await page.inputValue('#night_of'), lastNight, 'the date field starts on the night chosen');
  assert.equal(await page.getAttribute('#night_of', 'max'), await nightsAgo(page, 0), 'no later than today');
  assert.equal(await page.locator('label[for="night_of"]').innerText(), 'Date of the night');
  await addEntry(page, { night: older, cramps: 0 });
  await page.locator('.diary-notice', { hasText: longLabel(older) }).waitFor();
  assert.deepEqual(await headings(page), [longLabel(lastNight), longLabel(older)]);
  assert.equal(await page.locator('#night_of').count(), 0, 'the date field is gone');
  assert.equal(await page.locator('#night_of-last').isChecked(), true);
  // By keyboard alone: the arrow keys move along the nights, and the date field behind
  // "Another night" is the next stop for Tab.
  await page.locator('#night_of-last').focus();
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.locator('#night_of-before_last').isChecked(), true, 'arrow down picks the night before last');
  await page.keyboard.press('ArrowDown');
  await page.locator('#night_of').waitFor();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'night_of', 'Tab goes to the date field');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  assert.equal(await page.locator('#night_of-last').isChecked(), true);
  assert.equal(await page.locator('#night_of').count(), 0, 'the date field goes when a recent night is picked');
  // Editing that entry shows its night in the date field; Cancel goes back to last night.
  await page.getByRole('button', { name: `Edit the entry for ${longLabel(older)}` }).click();
  assert.equal(await page.locator('#night_of-other').isChecked(), true);
  assert.equal(await page.inputValue('#night_of'), older);
  await page.getByRole('button', { name: 'Cancel' }).click();
  assert.equal(await page.locator('#night_of').count(), 0);
  assert.equal(await page.locator('#night_of-last').isChecked(), true);
  // The night before last is one tap.
  const beforeLast = await nightsAgo(page, 2);
  await addEntry(page, { night: beforeLast, cramps: 0 });
  await page.locator('.diary-notice', { hasText: longLabel(beforeLast) }).waitFor();
  assert.deepEqual(await headings(page), [longLabel(lastNight), longLabel(beforeLast), longLabel(older)]);

  // Delete, then Undo puts the same entry back.
  await page.getByRole('button', { name: `Delete the entry for ${longLabel(lastNight)}` }).click();
  await page.locator('.diary-notice', { hasText: 'Deleted the entry' }).waitFor();
  assert.deepEqual(await headings(page), [longLabel(beforeLast), longLabel(older)]);
  assert.equal((await storedEntries(page)).length, 2, 'the delete is saved');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'diary-notice', 'focus stays near the Undo');
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.locator('.diary-notice', { hasText: 'Put back' }).waitFor();
  assert.deepEqual(await headings(page), [longLabel(lastNight), longLabel(beforeLast), longLabel(older)]);
  assert.match(await page.locator('.diary-entry').first().innerText(), /Cramps\s*3/);

  // Reload: everything is still there.
  await page.reload();
  await hydrated(page);
  await page.locator('.diary-entries').waitFor();
  assert.deepEqual(await headings(page), [longLabel(lastNight), longLabel(beforeLast), longLabel(older)]);
  assert.equal((await storedEntries(page)).length, 3);
  // Figures and chart appear once there are entries.
  assert.match(await page.locator('.diary-trend').innerText(), /^Trend: /);
  assert.equal(await page.locator('svg.diary-chart__svg[role="img"]').count(), 1);
  assert.match(await page.locator('svg.diary-chart__svg').getAttribute('aria-label'), /nights with cramps/);
  assert.equal(await page.locator('.diary-chart__bar').count(), 1, 'one week has cramp nights');
  assert.equal(await page.locator('.diary-table-toggle table thead').count(), 1);
  assert.equal(await page.locator('.diary-table-toggle table tbody tr').count(), 12);
  assert.deepEqual(w.errors, []);
  await ctx.close();
});

test('problems are listed in a summary that takes focus, each linked to its field; nothing is saved', async () => {
  const { ctx, page, w } = await open();
  const tomorrow = await nightsAgo(page, -1);
  await chooseNight(page, tomorrow);
  await page.fill('#cramps', 'lots');
  await page.fill('#note', 'x'.repeat(2001));
  await page.getByRole('button', { name: 'Save entry' }).click();
  const summary = page.locator('.error-summary[role="alert"]');
  await summary.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains('error-summary')), true, 'focus on the summary');
  const items = await summary.locator('li').allInnerTexts();
  assert.equal(items.length, 3, items.join('\n'));
  assert.match(items[0], /in the future/);
  assert.match(items[1], /number of cramps as a number/);
  assert.match(items[2], /2,001 characters/);
  for (const id of ['night_of', 'cramps', 'note']) {
    assert.equal(await page.getAttribute(`#${id}`, 'aria-invalid'), 'true', id);
    assert.match(await page.getAttribute(`#${id}`, 'aria-describedby'), new RegExp(`${id}-error`), id);
    assert.ok((await page.locator(`#${id}-error`).innerText()).length > 10, id);
  }
  // A link in the summary moves focus to its field (and stays on this page).
  await summary.getByRole('link', { name: /number of cramps/ }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'cramps');
  assert.equal(page.url(), site.url + 'diary/');
  // Cramps but no pain: asked for, in the pain group's fieldset.
  await page.fill('#night_of', await nightsAgo(page, 1));
  await page.fill('#cramps', '2');
  await page.fill('#note', '');
  await page.getByRole('button', { name: 'Save entry' }).click();
  await page.locator('#worst_pain-error').waitFor();
  assert.match(await page.locator('fieldset:has(#worst_pain-0)').getAttribute('aria-describedby'), /worst_pain-error/);
  assert.equal(await stored(page), null, 'nothing saved');
  // Every form control is at least 44 px tall.
  const small = await page.evaluate(() => [...document.querySelectorAll('.diary-form input:not([type=checkbox]):not([type=radio]), .diary-form label[for], .diary-form button, .diary-form textarea')]
    .filter((el) => el.getBoundingClientRect().height < 44 && !el.closest('.field__label') && !el.classList.contains('field__label'))
    .map((el) => el.outerHTML.slice(0, 80)));
  assert.deepEqual(small, []);
  assert.deepEqual(w.errors, []);
  await ctx.close();
});

test('a note containing HTML is shown as text, here and on the summary', async () => {
  const { ctx, page, w, dialogs } = await open();
  const note = '<script>alert(1)</script> <img src=x onerror=alert(1)> & "quotes"';
  await addEntry(page, { cramps: 1, pain: 4, note });
  await page.locator('.diary-entry__note').waitFor();
  assert.equal(await page.locator('.diary-entry__note').innerText(), `Note: ${note}`);
  assert.equal(await page.locator('main img, main script').count(), 0, 'no element made from the note');
  await page.reload();
  await hydrated(page);
  await page.locator('.diary-entry__note').waitFor();
  assert.equal(await page.locator('.diary-entry__note').innerText(), `Note: ${note}`);
  await page.goto(site.url + 'diary/summary/');
  await hydrated(page);
  await page.locator('.summary-note').waitFor();
  assert.equal(await page.locator('.summary-note').innerText(), note);
  assert.equal(await page.locator('main img, main script').count(), 0);
  assert.deepEqual(dialogs, [], 'no dialog opened');
  assert.ok(!w.requests.some((u) => u.endsWith('/x')), 'the img was never requested');
  assert.deepEqual(w.errors, []);
  await ctx.close();
});

test('damaged stored data: a recovery message, the data left as it was, and the app keeps working', async () => {
  const corrupt = '{"app":"night-cramps","schema":1,"entries":[{"id":1,"night_of":"2025-03-1';
  const badNight = NIGHT + '2025-03-02';
  const { ctx, page, w } = await open('diary/', { storage: { [KEY]: corrupt, [badNight]: '{"stamp":1,"entry":{"night_of":"2025-03-0' } });
  const banner = page.locator('.diary-recovery');
  await banner.waitFor();
  assert.equal(await banner.locator('h2').innerText(), 'Some saved diary data could not be read');
  assert.match(await banner.innerText(), /cut short/);
  assert.match(await banner.innerText(), /Sunday 2 March 2025/, 'the unreadable night is named');
  // The old diary could not be moved to per-night storage: said so, and left where it was.
  assert.match(await page.locator('.diary > .diary-problem[role="alert"]').innerText(), /still saved on this device as it was/);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), corrupt, 'not overwritten');

  // The raw data downloads exactly as stored, each value under its key.
  const [download] = await Promise.all([page.waitForEvent('download'), banner.getByRole('button', { name: 'Download the unreadable data' }).click()]);
  assert.match(download.suggestedFilename(), /^night-cramps-unreadable-diary-\d{4}-\d{2}-\d{2}\.txt$/);
  const text = readFileSync(await download.path(), 'utf8');
  assert.ok(text.includes(`== ${KEY} `) && text.includes(`\n${corrupt}\n`), text);
  assert.ok(text.includes(`== ${badNight} `), text);

  // New entries still save; the unreadable data stays.
  const badValue = await page.evaluate((k) => localStorage.getItem(k), badNight);
  const nightKeys = () => page.evaluate((p) => Object.keys(localStorage).filter((k) => k.startsWith(p)).length, NIGHT);
  await addEntry(page, { cramps: 1, pain: 3 });
  await page.locator('.diary-notice', { hasText: 'Saved the entry' }).waitFor();
  assert.equal(await nightKeys(), 2, 'the new night and the unreadable one');
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), corrupt, 'still there');
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), badNight), badValue, 'the unreadable night too');

  // The rest of the app works.
  await page.locator('nav[aria-label="Main"] a', { hasText: 'Guide' }).click();
  await page.waitForURL(site.url + 'guide/');
  assert.equal(await page.locator('h1').innerText(), 'Guide to night-time leg cramps');

  // Next visit: still offered until the person removes it (after a confirmation).
  await page.goto(site.url + 'diary/');
  await hydrated(page);
  await banner.waitFor();
  assert.equal(await page.locator('.diary-entry').count(), 1);
  await banner.getByRole('button', { name: 'Remove the kept copy' }).click();
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), corrupt, 'not before confirming');
  await banner.getByRole('button', { name: 'Yes, remove it' }).click();
  await banner.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), null);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), badNight), null);
  assert.equal((await storedEntries(page)).length, 1, 'the diary itself is untouched');
  assert.deepEqual(w.errors, []);
  await ctx.close();
});

test('a file that cannot be imported gets a clear message and changes nothing', async () => {
  const { ctx, page, w } = await open();
  await addEntry(page, { cramps: 2, pain: 5, note: 'mine' });
  await page.locator('.diary-entry').waitFor();
  const before = await stored(page);
  const night = await nightsAgo(page, 2);
  // The diary links to its backups page.
  await page.getByRole('link', { name: 'Back up or restore your diary' }).click();
  await page.waitForURL(site.url + 'diary/backup/');
  await hydrated(page);
  const bad = [
    ['notes.txt', 'hello, this is not a backup', /could not be read/],
    ['diary.csv', '\ufeffNight of,Cramps,Muscles,Side,Longest cramp,Worst pain (0-10),Sleep lost,What helped,Note\r\n', /CSV/],
    ['other.json', JSON.stringify({ app: 'sleep-tracker', schema: 1, entries: [] }), /different app/],
    ['future.json', JSON.stringify({ app: 'night-cramps', schema: 99, entries: [] }), /newer/],
    ['cut.json', diaryFile([{ night_of: night, cramps: 1 }]).slice(0, 60), /cut short/],
    ['pain.json', diaryFile([{ night_of: night, cramps: 1, worst_pain: 11 }, { night_of: await nightsAgo(page, 3), cramps: 1 }]), /Entry 1.*Worst pain|Entry 1/],
    ['deep.json', '['.repeat(5000) + ']'.repeat(5000), /nested|not a diary|could not be read/],
  ];
  for (const [name, text, expected] of bad) {
    await chooseFile(page, name, text);
    const refused = page.locator('#diary-import-refused');
    await refused.waitFor();
    const message = await refused.innerText();
    assert.match(message, new RegExp(`${name.replace('.', '\\.')} was not imported`), name);
    assert.match(message, expected, `${name}: ${message}`);
    assert.match(message, /Nothing was imported/, name);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'diary-import-refused', `${name}: message gets focus`);
    assert.equal(await stored(page), before, `${name}: storage unchanged`);
  }
  await go(page, 'diary/');
  assert.equal(await page.locator('.diary-entry').count(), 1, 'list unchanged');
  assert.deepEqual(w.errors, []);
  await ctx.close();
});

test('a good file shows a preview, then merges the way the person chose', async () => {
  const { ctx, page, w } = await open();
  const [n1, n2, n5, n6] = [await nightsAgo(page, 1), await nightsAgo(page, 2), await nightsAgo(page, 5), await nightsAgo(page, 6)];
  await addEntry(page, { night: n1, cramps: 2, pain: 5, muscles: ['calf'] });
  await page.locator('.diary-notice', { hasText: longLabel(n1) }).waitFor();
  await addEntry(page, { night: n2, cramps: 1, pain: 3 });
  await page.locator('.diary-notice', { hasText: longLabel(n2) }).waitFor();
  const file = diaryFile([
    { night_of: n1, cramps: 2, worst_pain: 5, muscles: ['calf'] }, // already present
    { night_of: n2, cramps: 4, worst_pain: 7, note: 'from the file' }, // conflicting
    { night_of: n5, cramps: 1, worst_pain: 2 }, // new
    { night_of: n6, cramps: 0 }, // new
  ]);
  const before = await stored(page);
  await go(page, 'diary/backup/');

  await chooseFile(page, 'backup.json', file);
  const preview = page.locator('#diary-import-preview');
  await preview.waitFor();
  assert.equal(await page.locator('.diary-import-summary').innerText(), '2 new, 1 already present (identical), 1 conflicting');
  assert.match(await preview.innerText(), new RegExp(longLabel(n2)));
  assert.equal(await page.locator('#diary-import-keep-mine').isChecked(), true, 'keeping mine is the default');
  await preview.getByRole('button', { name: 'Cancel' }).click();
  assert.equal(await stored(page), before, 'cancel changes nothing');

  await chooseFile(page, 'backup.json', file);
  await preview.waitFor();
  await page.locator('#diary-import-take-theirs').check();
  await preview.getByRole('button', { name: 'Import' }).click();
  await page.locator('.diary-notice', { hasText: 'Added 2 entries' }).waitFor();
  assert.match(await page.locator('.diary-notice').innerText(), /Replaced 1 night with the file's version/);
  const entries = await storedEntries(page);
  assert.equal(entries.length, 4);
  assert.equal(entries.find((e) => e.night_of === n2).note, 'from the file');
  await go(page, 'diary/');
  assert.deepEqual(await headings(page), [n1, n2, n5, n6].map(longLabel));

  // The same file again: nothing left to import.
  await go(page, 'diary/backup/');
  await chooseFile(page, 'backup.json', file);
  await preview.waitFor();
  assert.match(await preview.innerText(), /already in your diary/);
  assert.deepEqual(w.errors, []);
  await ctx.close();
});

test('export JSON and CSV downloads; the JSON imports into an empty diary unchanged', async () => {
  const { ctx, page, w } = await open();
  await addEntry(page, { night: await nightsAgo(page, 1), cramps: 2, pain: 6, muscles: ['calf', 'foot'], note: 'Line one,\n"two" =SUM(A1)' });
  await page.locator('.diary-notice', { hasText: 'Saved' }).waitFor();
  await addEntry(page, { night: await nightsAgo(page, 4), cramps: 0 });
  await page.locator('.diary-entry >> nth=1').waitFor();
  await go(page, 'diary/backup/');

  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download backup (JSON)' }).click()]);
  assert.match(json.suggestedFilename(), /^night-cramps-diary-\d{4}-\d{2}-\d{2}\.json$/);
  const jsonText = readFileSync(await json.path(), 'utf8');
  const backup = JSON.parse(jsonText);
  assert.equal(backup.app, 'night-cramps');
  assert.equal(backup.schema, 2);
  assert.equal(backup.entries.length, 2);

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download spreadsheet (CSV)' }).click()]);
  assert.match(csv.suggestedFilename(), /\.csv$/);
  const csvText = readFileSync(await csv.path(), 'utf8');
  assert.ok(csvText.startsWith('\ufeffNight of,Cramps,'), csvText.slice(0, 40));
  assert.match(csvText, /"'?Line one,\n""two"" =SUM\(A1\)"/);

  // Round trip into a fresh profile.
  const other = await open('diary/backup/');
  await chooseFile(other.page, 'backup.json', jsonText);
  await other.page.locator('#diary-import-preview').waitFor();
  assert.equal(await other.page.locator('.diary-import-summary').innerText(), '2 new, 0 already present (identical), 0 conflicting');
  await other.page.getByRole('button', { name: 'Import', exact: true }).click();
  await other.page.locator('.diary-notice', { hasText: 'Added 2 entries' }).waitFor();
  assert.deepEqual(await storedEntries(other.page), await storedEntries(page));
  assert.deepEqual(w.errors, []);
  assert.deepEqual(other.w.errors, []);
  await other.ctx.close();
  await ctx.close();
});

test('a long diary is written out a slice at a time: every night is in each file, and a double tap gives one file', async () => {
  const ctx = await browser.newContext();
  // 1,000 nights: the files are written 400 entries a task, so this takes three.
  await ctx.addInitScript(keptFor(1000));
  const page = await ctx.newPage();
  const w = watch(page);
  await go(page, 'diary/backup/');
  const downloads = [];
  page.on('download', (d) => downloads.push(d));
  const button = page.getByRole('button', { name: 'Download backup (JSON)' });
  const [json] = await Promise.all([page.waitForEvent('download'), button.dblclick()]);
  const backup = JSON.parse(readFileSync(await json.path(), 'utf8'));
  assert.equal(backup.entries.length, 1000);
  const stored = await storedEntries(page);
  assert.deepEqual(backup.entries.map((e) => e.night_of), stored.map((e) => e.night_of), 'newest first, no night twice or missing');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download spreadsheet (CSV)' }).click()]);
  const rows = readFileSync(await csv.path(), 'utf8').split('\r\n').filter((row) => /^\d{4}-/.test(row));
  assert.deepEqual(rows.map((row) => row.slice(0, 10)), stored.map((e) => e.night_of).reverse(), 'oldest first, every night');
  assert.equal(downloads.length, 2, 'the double tap handed over one backup');
  assert.deepEqual(w.errors, []);
  await ctx.close();
});

test('a full storage is reported, and the entry can be saved again once there is room', async () => {
  const { ctx, page, w } = await open();
  await page.evaluate(() => {
    window.__setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await addEntry(page, { cramps: 1, pain: 2, note: 'keep me' });
  await page.locator('.diary-notice .diary-problem').waitFor();
  assert.match(await page.locator('.diary-notice').innerText(), /storage for Night Cramps is full/);
  assert.equal(await page.locator('.diary-entry').count(), 0, 'not shown as saved');
  assert.equal(await page.inputValue('#note'), 'keep me', 'what was typed is kept');
  await page.evaluate(() => { Storage.prototype.setItem = window.__setItem; });
  await page.getByRole('button', { name: 'Save entry' }).click();
  await page.locator('.diary-notice', { hasText: 'Saved the entry' }).waitFor();
  assert.equal((await storedEntries(page)).length, 1);
  assert.deepEqual(w.errors, []);
  await ctx.close();
});

test('a quick log from relief mode appears in the diary', async () => {
  const { ctx, page, w } = await open('now/calf/');
  const button = page.locator('.relief-log button');
  await button.click();
  await page.locator('.relief-log [role="status"]', { hasText: 'Saved' }).waitFor();
  await button.click().catch(() => {}); // disabled after one tap
  await page.goto(site.url + 'diary/');
  await hydrated(page);
  await page.locator('.diary-entry').waitFor();
  const text = await page.locator('.diary-entry').innerText();
  assert.match(text, /Cramps\s*1/);
  assert.match(text, /Muscles\s*Calf/);
  assert.match(text, /Worst pain\s*Not recorded/);
  assert.deepEqual(w.errors, []);
  await ctx.close();
});

test('erase everything on /privacy asks first, then removes the diary', async () => {
  const { ctx, page, w } = await open();
  await addEntry(page, { cramps: 1, pain: 2 });
  await page.locator('.diary-entry').waitFor();
  await page.goto(site.url + 'privacy/');
  await hydrated(page);
  await page.locator('.privacy-stored').waitFor();
  assert.match(await page.locator('.privacy-stored').innerText(), /Your cramp diary/);

  await page.getByRole('button', { name: 'Erase everything' }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'erase-question');
  await page.getByRole('button', { name: 'Cancel' }).click();
  assert.notEqual(await stored(page), null, 'cancel keeps the diary');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'erase-button');

  await page.getByRole('button', { name: 'Erase everything' }).click();
  await page.getByRole('button', { name: 'Yes, erase everything' }).click();
  await page.locator('#erase-result', { hasText: 'Erased' }).waitFor();
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('night-cramps.'))), []);
  assert.match(await page.locator('.privacy-nothing').innerText(), /^Nothing/);
  await page.goto(site.url + 'diary/');
  await hydrated(page);
  await page.locator('.diary-empty').waitFor();
  assert.deepEqual(w.errors, []);
  await ctx.close();
});

/** Eight weeks of nights (the summary's span), written straight to storage, plus a saved check
 *  result. `every` night when asked, otherwise two nights in three. */
async function sampleStorage({ every = false } = {}) {
  const page = await browser.newPage();
  await page.goto(site.url + 'about/');
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

test('the doctor summary shows the weeks, figures and latest check, and prints on at most two pages', async () => {
  const storage = await sampleStorage();
  const { ctx, page, w } = await open('diary/summary/', { storage });
  assert.equal(await page.locator('h1').innerText(), 'Summary for your doctor');
  assert.match(await page.locator('.summary-disposition').innerText(), /Book a routine appointment/);
  assert.match(await page.locator('#summary-check-title + *').innerText(), /Book a routine appointment/);
  assert.match(await page.locator('.summary').innerText(), /Medicines reported[\s\S]*statin/i);
  assert.equal(await page.locator('.summary-entries tbody tr').count(), JSON.parse(storage[KEY]).entries.length);
  assert.equal(await page.locator('.summary-weeks tbody tr').count(), 8);
  assert.ok(await page.getByRole('button', { name: 'Print' }).isVisible());

  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: `${SHOTS}/diary-summary-print.png`, fullPage: true });
  assert.equal(await page.locator('.site-header').isVisible(), false, 'no site header in print');
  assert.equal(await page.getByRole('button', { name: 'Print' }).isVisible(), false, 'no Print button in print');
  for (const format of ['A4', 'Letter']) {
    const pdf = (await page.pdf({ format })).toString('latin1');
    const pages = (pdf.match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert.ok(pages >= 1 && pages <= 2, `${format}: ${pages} pages`);
  }
  await page.emulateMedia({ media: 'screen' });

  // A night-by-night diary lists its last 4 weeks of nights, and still prints on two pages.
  await page.evaluate((d) => localStorage.setItem('night-cramps.diary', d), (await sampleStorage({ every: true }))[KEY]);
  await page.reload();
  await hydrated(page);
  await page.locator('.summary-entries').waitFor();
  assert.equal(await page.locator('#summary-entries-title').innerText(), 'Diary entries, last 4 weeks');
  assert.equal(await page.locator('.summary-entries tbody tr').count(), 27);
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: `${SHOTS}/diary-summary-print-busy.png`, fullPage: true });
  for (const format of ['A4', 'Letter']) {
    const pdf = (await page.pdf({ format })).toString('latin1');
    const pages = (pdf.match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert.ok(pages >= 1 && pages <= 2, `busy diary, ${format}: ${pages} pages`);
  }
  await page.emulateMedia({ media: 'screen' });

  // Without a saved check, it says so.
  await page.evaluate(() => localStorage.removeItem('night-cramps.last-result'));
  await page.reload();
  await hydrated(page);
  await page.locator('.summary').waitFor();
  assert.match(await page.locator('#summary-check-title + *').innerText(), /No check saved yet/);
  assert.deepEqual(w.errors, []);
  await ctx.close();
});

for (const scheme of ['light', 'dark']) {
  test(`axe-core finds no violations on the diary and the summary (${scheme})`, async () => {
    const empty = await open('diary/', { colorScheme: scheme });
    assert.deepEqual(await axe(empty.page), [], `empty diary (${scheme})`);
    // The form with its errors showing.
    await empty.page.fill('#cramps', '-1');
    await empty.page.getByRole('button', { name: 'Save entry' }).click();
    await empty.page.locator('.error-summary[role="alert"]').waitFor();
    assert.deepEqual(await axe(empty.page), [], `form with errors (${scheme})`);
    await empty.ctx.close();

    const full = await open('diary/', { colorScheme: scheme, storage: await sampleStorage() });
    await full.page.locator('.diary-entries').waitFor();
    await full.page.locator('.diary-table-toggle summary').click();
    assert.deepEqual(await axe(full.page), [], `diary with entries (${scheme})`);
    // Editing and a delete notice with Undo.
    await full.page.locator('.diary-entry').first().getByRole('button', { name: /^Edit/ }).click();
    await full.page.locator('.diary-entry').nth(1).getByRole('button', { name: /^Delete/ }).click();
    await full.page.getByRole('button', { name: 'Undo' }).waitFor();
    assert.deepEqual(await axe(full.page), [], `diary while editing, undo (${scheme})`);
    // Backups, with an import preview.
    await go(full.page, 'diary/backup/');
    assert.deepEqual(await axe(full.page), [], `backups (${scheme})`);
    await chooseFile(full.page, 'backup.json', diaryFile([{ night_of: '2020-01-01', cramps: 1 }]));
    await full.page.locator('#diary-import-preview').waitFor();
    assert.deepEqual(await axe(full.page), [], `backups, import preview (${scheme})`);
    await full.page.locator('#diary-import-preview').screenshot({ path: `${SHOTS}/diary-import-preview-${scheme}.png` });
    await full.page.goto(site.url + 'diary/summary/');
    await hydrated(full.page);
    await full.page.locator('.summary-entries').waitFor();
    assert.deepEqual(await axe(full.page), [], `summary (${scheme})`);
    await full.page.goto(site.url + 'privacy/');
    await hydrated(full.page);
    await full.page.getByRole('button', { name: 'Erase everything' }).click();
    assert.deepEqual(await axe(full.page), [], `privacy, confirming (${scheme})`);
    await full.ctx.close();

    const corrupt = await open('diary/', { colorScheme: scheme, storage: { [KEY]: '{oops' } });
    await corrupt.page.locator('.diary-recovery').waitFor();
    assert.deepEqual(await axe(corrupt.page), [], `recovery banner (${scheme})`);
    await corrupt.page.locator('.diary-recovery').screenshot({ path: `${SHOTS}/diary-recovery-${scheme}.png` });
    await corrupt.ctx.close();
  });
}

test('screenshots of the diary, the summary, backups and privacy at phone and desktop width, light and dark', async () => {
  const storage = await sampleStorage();
  for (const [name, width, height] of [['phone', 360, 800], ['desktop', 1280, 900]]) {
    for (const scheme of ['light', 'dark']) {
      const { ctx, page } = await open('diary/', { viewport: { width, height }, colorScheme: scheme, storage });
      await page.locator('.diary-entries').waitFor();
      await page.screenshot({ path: `${SHOTS}/diary-${name}-${scheme}.png`, fullPage: true });
      await page.fill('#cramps', 'x');
      await page.getByRole('button', { name: 'Save entry' }).click();
      await page.locator('.error-summary[role="alert"]').waitFor();
      await page.screenshot({ path: `${SHOTS}/diary-errors-${name}-${scheme}.png` });
      for (const [path, file] of [['diary/summary/', 'diary-summary'], ['diary/backup/', 'diary-backup'], ['privacy/', 'privacy']]) {
        await page.goto(site.url + path);
        await hydrated(page);
        await page.waitForTimeout(100);
        await page.screenshot({ path: `${SHOTS}/${file}-${name}-${scheme}.png`, fullPage: true });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${path} ${name}: page is ${overflow}px wider than the screen`);
      }
      await ctx.close();
    }
  }
});

// Two tabs of one browser profile: a context's pages share localStorage and hear each other's
// changes through the `storage` event, as two tabs (or the installed app and a tab) would.

/** Two tabs of one fresh profile, both on the diary. */
async function twoTabs(options = {}) {
  const ctx = await browser.newContext();
  if (options.init) await ctx.addInitScript(options.init);
  const tabs = [];
  for (let i = 0; i < 2; i++) {
    const page = await ctx.newPage();
    const w = watch(page);
    await page.goto(site.url + 'diary/');
    await hydrated(page);
    await page.locator('form.diary-form').waitFor();
    tabs.push({ page, w });
  }
  return { ctx, a: tabs[0], b: tabs[1] };
}

test('the backups page follows the diary in another tab: its backup has the night saved there, and not the one deleted there', async () => {
  const { ctx, a, b } = await twoTabs();
  await go(b.page, 'diary/backup/');
  const backup = async () => {
    const [file] = await Promise.all([b.page.waitForEvent('download'), b.page.getByRole('button', { name: 'Download backup (JSON)' }).click()]);
    return JSON.parse(readFileSync(await file.path(), 'utf8')).entries.map((e) => e.note);
  };
  // Counts the changes the backups page has heard of and handled: the app's own listener came
  // first and handles a change in a timer of its own and the render after it, before these.
  await b.page.evaluate(() => {
    window.__heard = 0;
    addEventListener('storage', () => setTimeout(() => setTimeout(() => { window.__heard += 1; })));
  });
  const heard = (count) => b.page.waitForFunction((n) => window.__heard >= n, count);
  assert.deepEqual(await backup(), []);
  await addEntry(a.page, { night: await nightsAgo(a.page, 1), cramps: 2, pain: 5, note: 'saved in the diary tab' });
  await a.page.locator('.diary-notice', { hasText: 'Saved the entry' }).waitFor();
  await heard(1);
  assert.deepEqual(await backup(), ['saved in the diary tab'], 'no reload needed');
  await a.page.locator('.diary-entry button:has-text("Delete")').first().click();
  await a.page.locator('.diary-notice', { hasText: 'Deleted' }).waitFor();
  await heard(2);
  assert.deepEqual(await backup(), []);
  assert.deepEqual(a.w.errors, []);
  assert.deepEqual(b.w.errors, []);
  await ctx.close();
});

test('two tabs save different nights: both are kept, and each tab shows the other\'s without a reload', async () => {
  const { ctx, a, b } = await twoTabs();
  const [n1, n2] = [await nightsAgo(a.page, 1), await nightsAgo(a.page, 2)];
  await addEntry(a.page, { night: n1, cramps: 2, pain: 5, note: 'from tab A' });
  await a.page.locator('.diary-notice', { hasText: 'Saved the entry' }).waitFor();
  await addEntry(b.page, { night: n2, cramps: 1, pain: 3, note: 'from tab B' });
  await b.page.locator('.diary-notice', { hasText: 'Saved the entry' }).waitFor();
  const both = [longLabel(n1), longLabel(n2)];
  // Each tab shows both nights, without a reload.
  await a.page.waitForFunction((n) => document.querySelectorAll('.diary-entries .diary-entry').length === n, 2);
  await b.page.waitForFunction((n) => document.querySelectorAll('.diary-entries .diary-entry').length === n, 2);
  assert.deepEqual(await headings(a.page), both);
  assert.deepEqual(await headings(b.page), both);
  assert.match(await a.page.locator('.diary-entry').nth(1).innerText(), /from tab B/);
  assert.match(await b.page.locator('.diary-entry').first().innerText(), /from tab A/);
  assert.deepEqual((await storedEntries(a.page)).map((e) => e.note), ['from tab A', 'from tab B'], 'both stored');
  // The figures follow too.
  assert.match(await a.page.locator('.diary-count').innerText(), /^2 entries$/);
  assert.deepEqual(a.w.errors, []);
  assert.deepEqual(b.w.errors, []);
  await ctx.close();
});

test('the same night changed in two tabs: the second save shows both versions, and nothing is overwritten until the person chooses', async () => {
  const { ctx, a, b } = await twoTabs();
  const n1 = await nightsAgo(a.page, 1);
  await addEntry(a.page, { night: n1, cramps: 1, pain: 2, note: 'first' });
  await b.page.locator('.diary-entry').waitFor();
  const edit = (page) => page.getByRole('button', { name: `Edit the entry for ${longLabel(n1)}` }).click();
  await edit(a.page);
  await edit(b.page);
  await a.page.fill('#note', 'changed in A');
  await a.page.getByRole('button', { name: 'Save changes' }).click();
  await a.page.locator('.diary-notice', { hasText: 'Saved the changes' }).waitFor();
  // B shows A's version in its list at once, while its form keeps what B is typing.
  await b.page.locator('.diary-entry', { hasText: 'changed in A' }).waitFor();
  await b.page.fill('#note', 'changed in B');
  await b.page.getByRole('button', { name: 'Save changes' }).click();
  const conflict = b.page.locator('#diary-conflict');
  await conflict.waitFor();
  assert.match(await conflict.locator('h2').innerText(), new RegExp(`changed in another window: ${longLabel(n1)}`));
  assert.match(await conflict.locator('.diary-conflict__mine').innerText(), /changed in B/);
  assert.match(await conflict.locator('.diary-conflict__theirs').innerText(), /changed in A/);
  assert.equal(await b.page.evaluate(() => document.activeElement.id), 'diary-conflict', 'focus on the choice');
  assert.deepEqual((await storedEntries(b.page)).map((e) => e.note), ['changed in A'], 'nothing overwritten unseen');
  await conflict.getByRole('button', { name: 'Keep my version' }).click();
  await b.page.locator('.diary-notice', { hasText: 'Saved the changes' }).waitFor();
  assert.equal(await conflict.count(), 0);
  assert.deepEqual((await storedEntries(b.page)).map((e) => e.note), ['changed in B']);
  // A hears of B's choice.
  await a.page.locator('.diary-entry', { hasText: 'changed in B' }).waitFor();
  // The other choice keeps what is stored.
  await edit(a.page);
  await edit(b.page);
  await a.page.fill('#note', 'A again');
  await a.page.getByRole('button', { name: 'Save changes' }).click();
  await b.page.locator('.diary-entry', { hasText: 'A again' }).waitFor();
  await b.page.fill('#note', 'B again');
  await b.page.getByRole('button', { name: 'Save changes' }).click();
  await conflict.waitFor();
  await conflict.getByRole('button', { name: 'Keep the other version' }).click();
  await b.page.locator('.diary-notice', { hasText: 'Kept the version saved in the other window' }).waitFor();
  assert.deepEqual((await storedEntries(b.page)).map((e) => e.note), ['A again']);
  assert.match(await b.page.locator('.diary-entry').first().innerText(), /A again/);
  assert.deepEqual(a.w.errors, []);
  assert.deepEqual(b.w.errors, []);
  await ctx.close();
});

test('erase everything in one tab empties the diary in the other, without a reload', async () => {
  const { ctx, a, b } = await twoTabs();
  await addEntry(a.page, { night: await nightsAgo(a.page, 1), cramps: 1, pain: 2 });
  await addEntry(a.page, { night: await nightsAgo(a.page, 2), cramps: 0 });
  await b.page.waitForFunction(() => document.querySelectorAll('.diary-entries .diary-entry').length === 2);
  await a.page.goto(site.url + 'privacy/');
  await hydrated(a.page);
  await a.page.getByRole('button', { name: 'Erase everything' }).click();
  await a.page.getByRole('button', { name: 'Yes, erase everything' }).click();
  await a.page.locator('#erase-result', { hasText: 'Erased' }).waitFor();
  await b.page.locator('.diary-empty').waitFor();
  assert.equal(await b.page.locator('.diary-entry').count(), 0);
  assert.equal(await stored(b.page), null);
  assert.deepEqual(b.w.errors, []);
  await ctx.close();
});

test('an import in one tab shows in the other', async () => {
  const { ctx, a, b } = await twoTabs();
  const [n3, n4] = [await nightsAgo(a.page, 3), await nightsAgo(a.page, 4)];
  await go(a.page, 'diary/backup/');
  await chooseFile(a.page, 'backup.json', diaryFile([{ night_of: n3, cramps: 1, worst_pain: 2 }, { night_of: n4, cramps: 0 }]));
  await a.page.getByRole('button', { name: 'Import', exact: true }).click();
  await a.page.locator('.diary-notice', { hasText: 'Added 2 entries' }).waitFor();
  await b.page.waitForFunction(() => document.querySelectorAll('.diary-entries .diary-entry').length === 2);
  assert.deepEqual(await headings(b.page), [longLabel(n3), longLabel(n4)]);
  assert.deepEqual(b.w.errors, []);
  await ctx.close();
});

test('an old single-value diary moves to one record per night on first open, every night intact', async () => {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  const w = watch(page);
  await page.goto(site.url + 'about/');
  const old = [];
  for (let i = 1; i <= 400; i++) {
    const cramps = i % 4;
    old.push({ id: i, night_of: await nightsAgo(page, i), cramps, muscles: cramps ? [['calf'], ['calf', 'foot'], ['back_of_thigh']][i % 3] : [],
      side: cramps ? ['left', 'right', 'both'][i % 3] : null, longest: cramps ? '1_to_5_min' : null, worst_pain: cramps ? i % 11 : null,
      sleep_lost: ['under_15_min', '15_to_60_min', null][i % 3], helped: i % 5 ? [] : ['stretching'], note: i % 7 ? '' : `Night ${i}: "long" walk, [tired] \\ é` });
  }
  const value = JSON.stringify({ app: 'night-cramps', schema: 1, entries: old });
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, value]);
  await page.goto(site.url + 'diary/');
  await hydrated(page);
  assert.equal(await page.locator('.diary-count').innerText(), '400 entries');
  assert.equal(await page.locator('.diary-problem').count(), 0, 'no message: it moved');
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), null, 'the single value is gone once moved');
  const keys = await page.evaluate((p) => Object.keys(localStorage).filter((k) => k.startsWith(p)).length, NIGHT);
  assert.equal(keys, 400, 'one key per night');
  const strip = ({ id, ...rest }) => rest;
  const moved = (await storedEntries(page)).map(strip);
  assert.deepEqual(moved, old.map(strip), 'every night, every field, as it was');
  // And it keeps working: a reload reads the records; a save writes one night.
  await page.reload();
  await hydrated(page);
  assert.equal(await page.locator('.diary-count').innerText(), '400 entries');
  assert.deepEqual(w.errors, []);
  await ctx.close();
});

/** An init script that makes every write to storage fail as a full quota does. */
const FULL = `(() => {
  const real = Storage.prototype.setItem;
  Storage.prototype.setItem = function (k, v) {
    if (localStorage.getItem('nc-test-full') === 'yes') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return real.call(this, k, v);
  };
})();`;

test('a full storage loses nothing: a failed save, a failed move of an old diary, a failed quick log', async () => {
  const ctx = await browser.newContext();
  await ctx.addInitScript(FULL);
  const page = await ctx.newPage();
  const w = watch(page);
  await page.goto(site.url + 'diary/');
  await hydrated(page);
  const n1 = await nightsAgo(page, 1);
  await addEntry(page, { night: n1, cramps: 2, pain: 4, note: 'saved before' });
  await page.locator('.diary-notice', { hasText: 'Saved the entry' }).waitFor();
  const before = await stored(page);
  await page.evaluate(() => localStorage.setItem('nc-test-full', 'yes'));

  // A new night and a change to the saved one: neither is written, both are reported.
  await addEntry(page, { night: await nightsAgo(page, 2), cramps: 1, pain: 1, note: 'too much' });
  await page.locator('.diary-notice .diary-problem', { hasText: 'storage for Night Cramps is full' }).waitFor();
  assert.equal(await page.inputValue('#note'), 'too much', 'what was typed is kept');
  await page.getByRole('button', { name: `Edit the entry for ${longLabel(n1)}` }).click();
  await page.fill('#note', 'changed');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.locator('.diary-notice .diary-problem', { hasText: 'Nothing already saved was lost' }).waitFor();
  assert.equal(await stored(page), before, 'the stored night is as it was');
  assert.deepEqual(await headings(page), [longLabel(n1)]);
  assert.match(await page.locator('.diary-entry').innerText(), /saved before/);

  // Relief mode's one tap says so too.
  await page.goto(site.url + 'now/calf/');
  await hydrated(page);
  await page.locator('.relief-log button').click();
  await page.locator('.relief-log [role="status"]', { hasText: 'full' }).waitFor();
  assert.equal(await stored(page), before);

  // An old single-value diary that cannot be moved stays where it is, with a message.
  const old = JSON.stringify({ app: 'night-cramps', schema: 1, entries: [{ id: 1, night_of: await nightsAgo(page, 5), cramps: 0, muscles: [], side: null, longest: null, worst_pain: null, sleep_lost: null, helped: [], note: 'old' }] });
  await page.evaluate(([k, v]) => { localStorage.removeItem('nc-test-full'); localStorage.setItem(k, v); localStorage.setItem('nc-test-full', 'yes'); }, [KEY, old]);
  await page.goto(site.url + 'diary/');
  await hydrated(page);
  assert.match(await page.locator('.diary > .diary-problem[role="alert"]').innerText(), /could not be moved to the new storage[\s\S]*still saved on this device as it was/);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), old, 'the old value is kept');
  assert.equal(await stored(page), before, 'no night written or removed');

  // Once there is room, the move happens on the next open.
  await page.evaluate(() => localStorage.removeItem('nc-test-full'));
  await page.reload();
  await hydrated(page);
  assert.equal(await page.locator('.diary-count').innerText(), '2 entries');
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), null);
  assert.deepEqual(w.errors, []);
  await ctx.close();
});

test('the diary page says whether the browser keeps the diary, and when the last backup was made', async () => {
  const { ctx, page, w } = await open('diary/', { storage: await sampleStorage() });
  await page.locator('#diary-persisted').waitFor();
  await page.waitForFunction(() => !/has not said/.test(document.querySelector('#diary-persisted').textContent));
  assert.match(await page.locator('#diary-persisted').innerText(), /^Your browser has (agreed|not promised) to keep your diary/);
  assert.equal(await page.locator('#diary-last-backup').innerText(), 'No backup has been made on this device yet.');
  assert.match(await page.locator('#diary-backup-advice').innerText(), /nights and no backup yet/);
  await go(page, 'diary/backup/');
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download backup (JSON)' }).click()]);
  await go(page, 'diary/');
  assert.match(await page.locator('#diary-last-backup').innerText(), /^Last backup made on this device: \w+day \d+ \w+ \d{4}\.$/);
  assert.equal(await page.locator('#diary-backup-advice').count(), 0, 'no reminder right after a backup');
  assert.deepEqual(w.errors, []);
  await ctx.close();
});
