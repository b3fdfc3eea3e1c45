// "Does it work for me?" (/diary/experiment/) as a person uses it: a trial judged on a generated
// diary (the verdict, both rates, the ratio with its interval, what the trial found, the limits);
// choosing a trial in the form, saved under its own key; an unreadable saved trial is said and
// kept aside, never overwritten unseen; the medicine timeline (a stop set and emptied later, the
// diary chart marks a start, the doctor summary lists the trial and the medicines); a backup
// carries both to a fresh profile; the calendar files on /stretch/ and /diary/backup/ (CRLF,
// RRULE); axe-core in light and dark; the page offline from the service worker; screenshots at
// 360 px and desktop.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { watch, hydrated, axe, SHOTS, useBrowserAndSite } from './helpers.mjs';

let browser, site;
useBrowserAndSite((b, s) => { browser = b; site = s; });

const NIGHT = 'night-cramps.night.';
const EXPERIMENT = 'night-cramps.experiment';
const MEDICINES = 'night-cramps.medicines';

/** YYYY-MM-DD for `days` before today on this machine's clock (the browser's is the same). */
function daysAgo(days) {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function night(date, cramps) {
  return JSON.stringify({ stamp: 1000, entry: { id: 0, night_of: date, cramps, muscles: cramps ? ['calf'] : [], side: null,
    longest: null, worst_pain: cramps ? 5 : null, sleep_lost: null, helped: [], note: '' } });
}

/**
 * A diary of every night from `first` days ago to last night: before `start` days ago, cramps on
 * 5 nights of every 7; from then on, 1 night of every 7.
 */
function generatedDiary(first, start) {
  const items = {};
  for (let ago = first; ago >= 1; ago--) {
    const during = ago <= start;
    const cramped = during ? ago % 7 === 0 : ago % 7 < 5;
    items[NIGHT + daysAgo(ago)] = night(daysAgo(ago), cramped ? 2 : 0);
  }
  return items;
}

/** A fresh profile with `storage` set before the page loads, at `path`, live. */
async function open(path, storage = {}, options = {}) {
  const ctx = await browser.newContext(options);
  const page = await ctx.newPage();
  const w = watch(page);
  await page.goto(site.url + 'about/');
  await page.evaluate((items) => { for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v); }, storage);
  await page.goto(site.url + path);
  await hydrated(page);
  if (path === 'diary/experiment/') await page.locator('#experiment-trial-title').waitFor();
  return { ctx, page, w };
}

test('a trial on a generated diary: fewer cramp nights so far, with the interval, the trial and the limits', async () => {
  const start = 28;
  const storage = { ...generatedDiary(start + 42, start), [EXPERIMENT]: JSON.stringify({ change: 'bedtime-stretching', start: daysAgo(start) }) };
  const { ctx, page, w } = await open('diary/experiment/', storage);
  const verdict = await page.locator('#experiment-verdict').innerText();
  assert.equal(verdict, 'So far, you had fewer cramp nights with the change than before. The change is bigger than chance alone would likely give.');
  const figures = await page.locator('.experiment-figures').innerText();
  assert.match(figures, /Before: 5\.0 cramp nights a week \(30 of 42 nights logged\)\./);
  assert.match(figures, /During: 1\.0 cramp nights a week \(4 of 28 nights logged\)\./);
  assert.match(await page.locator('#experiment-ratio').innerText(), /^Rate ratio 0\.20 \(95% interval 0\.07 to 0\.57\)\.$/);
  const text = await page.locator('main').innerText();
  assert.match(text, /What the trial found/);
  assert.match(text, /1\.2 fewer cramps a night/);
  assert.match(text, /One person's result is not proof/);
  assert.match(text, /twice as common in summer/);
  // The trial is cited through the sources list.
  const cite = page.locator('.cites a[href*="#src-hallegraeff-2012"]').first();
  assert.ok(await cite.count() > 0, 'cites Hallegraeff 2012');
  // Weeks before and during as charts with tables.
  assert.equal(await page.locator('.experiment-trial .diary-chart').count(), 2);
  assert.equal(await page.locator('a', { hasText: 'Do the bedtime stretches with a timer' }).count(), 1);
  assert.deepEqual(w.errors, []);
  for (const [width, height, name] of [[360, 800, 'phone'], [1280, 900, 'desktop']]) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SHOTS}/experiment-${name}-light.png`, fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${name}: ${overflow}px wider than the screen`);
  }
  await ctx.close();
});

test('choosing a trial in the form saves it under its own key; too early to tell at first', async () => {
  const storage = generatedDiary(20, 0);
  const { ctx, page } = await open('diary/experiment/', storage);
  assert.equal(await page.locator('#experiment-start').inputValue(), daysAgo(0));
  // A named change needs a name: the form says so and saves nothing.
  await page.locator('#experiment-change-named').check();
  await page.getByRole('button', { name: 'Start the trial' }).click();
  assert.match(await page.locator('#experiment-notice').innerText(), /name is empty/);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), EXPERIMENT), null);
  await page.fill('#experiment-name', 'No coffee after lunch');
  await page.getByRole('button', { name: 'Start the trial' }).click();
  await page.locator('#experiment-verdict').waitFor();
  assert.deepEqual(JSON.parse(await page.evaluate((k) => localStorage.getItem(k), EXPERIMENT)),
    { change: 'named', name: 'No coffee after lunch', start: daysAgo(0) });
  assert.match(await page.locator('#experiment-verdict').innerText(), /^Too early to tell\./);
  // No trial finding for a change the person named; the limits are always there.
  assert.equal(await page.locator('h3', { hasText: 'What the trial found' }).count(), 0);
  assert.match(await page.locator('main').innerText(), /What this cannot tell you/);
  // It survives a reload; ending it removes the key and keeps the diary.
  await page.reload();
  await hydrated(page);
  await page.locator('#experiment-verdict').waitFor();
  await page.getByRole('button', { name: 'End this trial' }).click();
  await page.locator('#experiment-form').waitFor();
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), EXPERIMENT), null);
  assert.equal(await page.evaluate((p) => Object.keys(localStorage).filter((k) => k.startsWith(p)).length, NIGHT), 20);
  await ctx.close();
});

test('an unreadable saved trial is said plainly and kept aside before a new one is saved', async () => {
  const bad = '{"change":"magnesium","start":"2025-01-01"}';
  const { ctx, page } = await open('diary/experiment/', { [EXPERIMENT]: bad });
  const problem = page.locator('.diary-problem[role="alert"]');
  assert.match(await problem.innerText(), /Your saved trial could not be read/);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), EXPERIMENT), bad, 'not overwritten unseen');
  await page.getByRole('button', { name: 'Start the trial' }).click();
  await page.locator('#experiment-verdict').waitFor();
  assert.equal(await page.evaluate((k) => localStorage.getItem(k + '.unreadable'), EXPERIMENT), bad, 'kept aside');
  assert.equal(JSON.parse(await page.evaluate((k) => localStorage.getItem(k), EXPERIMENT)).change, 'bedtime-stretching');
  await ctx.close();
});

test('medicines: listed with dates and a group, marked on the diary chart, in the doctor summary', async () => {
  const storage = { ...generatedDiary(56, 0), [EXPERIMENT]: JSON.stringify({ change: 'bedtime-stretching', start: daysAgo(14) }) };
  const { ctx, page, w } = await open('diary/experiment/', storage);
  // No dose is asked: the form has a name, a group and two dates.
  assert.equal(await page.locator('#medicine-form input, #medicine-form select').count(), 4);
  await page.fill('#medicine-name', 'Atorvastatin');
  await page.selectOption('#medicine-class', 'statins');
  await page.fill('#medicine-started', daysAgo(20));
  await page.getByRole('button', { name: 'Add medicine' }).click();
  await page.locator('.medicine').waitFor();
  const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), MEDICINES));
  assert.deepEqual(stored, [{ name: 'Atorvastatin', class: 'statins', started: daysAgo(20), stopped: null }]);
  const item = await page.locator('.medicine').innerText();
  assert.match(item, /^Atorvastatin: started .*\. Group: Statins \(cholesterol medicines\)\./);
  assert.match(item, /4 weeks before: .* After: /);
  // A stop before the start is refused with a message.
  await page.fill('#medicine-name', 'Other');
  await page.fill('#medicine-started', daysAgo(5));
  await page.fill('#medicine-stopped', daysAgo(9));
  await page.getByRole('button', { name: 'Add medicine' }).click();
  assert.match(await page.locator('#experiment-notice').innerText(), /before the day you started it/);
  assert.equal(await page.locator('.medicine').count(), 1);
  // Stopping it later, from the keyboard: the day is checked like the form's, then saved.
  const stop = page.getByText('Stopped taking Atorvastatin?');
  await stop.focus();
  await page.keyboard.press('Enter');
  await page.locator('.medicine').getByLabel('Stopped (leave empty if you still take it)').fill(daysAgo(21));
  await page.getByRole('button', { name: 'Save the stop date for Atorvastatin' }).click();
  assert.match(await page.locator('#experiment-notice').innerText(), /before the day you started it/);
  await page.locator('.medicine').getByLabel('Stopped (leave empty if you still take it)').fill(daysAgo(3));
  await page.getByRole('button', { name: 'Save the stop date for Atorvastatin' }).click();
  await page.getByText('Change when you stopped Atorvastatin').waitFor();
  assert.match(await page.locator('#experiment-notice').innerText(), /^Saved: you stopped Atorvastatin on /);
  assert.match(await page.locator('.medicine__course').innerText(), /^Atorvastatin: started .*, stopped .*\./);
  assert.deepEqual(JSON.parse(await page.evaluate((k) => localStorage.getItem(k), MEDICINES)),
    [{ name: 'Atorvastatin', class: 'statins', started: daysAgo(20), stopped: daysAgo(3) }]);
  // Emptied again (the disclosure stays open after a save): still taking it.
  await page.locator('.medicine').getByLabel('Stopped (leave empty if you still take it)').fill('');
  await page.getByRole('button', { name: 'Save the stop date for Atorvastatin' }).click();
  await page.getByText('Stopped taking Atorvastatin?').waitFor();
  assert.match(await page.locator('#experiment-notice').innerText(), /^Saved: you still take Atorvastatin\./);
  assert.deepEqual(JSON.parse(await page.evaluate((k) => localStorage.getItem(k), MEDICINES)), stored);

  await page.goto(site.url + 'diary/');
  await hydrated(page);
  await page.locator('.diary-chart__marks').waitFor();
  assert.equal(await page.locator('.diary-chart__mark').count(), 1);
  assert.match(await page.locator('.diary-chart__marks').innerText(), /^Started Atorvastatin on /);
  assert.equal(await page.locator('a', { hasText: 'Does it work for me?' }).count(), 1);

  await page.goto(site.url + 'diary/summary/');
  await hydrated(page);
  await page.locator('.summary-trial').waitFor();
  assert.match(await page.locator('.summary-trial').innerText(), /Bedtime stretching from .*rate ratio .*95% interval/s);
  assert.match(await page.locator('.summary-medicines').innerText(), /Atorvastatin: started .* Group: Statins/);
  assert.deepEqual(w.errors, []);
  await ctx.close();
});

test('two tabs: medicines added in each are both kept, each tab follows the other, and a medicine removed elsewhere is said', async () => {
  const ctx = await browser.newContext();
  // Tab A can be made deaf to the other tab (its storage events are dropped before the app's
  // listener sees them), to show that a change builds on what is stored, not on what it showed.
  const a = await ctx.newPage();
  await a.addInitScript(() => {
    addEventListener('storage', (event) => { if (window.__deaf) event.stopImmediatePropagation(); });
  });
  const b = await ctx.newPage();
  const [wa, wb] = [watch(a), watch(b)];
  await a.goto(site.url + 'about/');
  await a.evaluate((items) => { for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v); }, generatedDiary(20, 0));
  for (const page of [a, b]) {
    await page.goto(site.url + 'diary/experiment/');
    await hydrated(page);
    await page.locator('#experiment-trial-title').waitFor();
  }
  const add = async (page, name, ago) => {
    await page.fill('#medicine-name', name);
    await page.fill('#medicine-started', daysAgo(ago));
    await page.getByRole('button', { name: 'Add medicine' }).click();
    await page.locator('#experiment-notice', { hasText: `${name} is added` }).waitFor();
  };
  const names = (page) => page.locator('.medicine').evaluateAll((items) => items.map((li) => li.textContent.split(':')[0]));
  const stored = async () => JSON.parse(await a.evaluate((k) => localStorage.getItem(k), MEDICINES)).map((m) => m.name);

  await a.evaluate(() => { window.__deaf = true; });
  await add(b, 'Atorvastatin', 10);
  await add(a, 'Blue inhaler', 5);
  assert.deepEqual(await stored(), ['Atorvastatin', 'Blue inhaler'], 'the deaf tab added to what was stored');
  assert.deepEqual(await names(a), ['Atorvastatin', 'Blue inhaler']);
  // Tab B follows without a reload.
  await b.waitForFunction(() => document.querySelectorAll('.medicine').length === 2);
  assert.deepEqual(await names(b), ['Atorvastatin', 'Blue inhaler']);

  await b.getByRole('button', { name: 'Remove Atorvastatin' }).click();
  await b.locator('#experiment-notice', { hasText: 'Atorvastatin is removed' }).waitFor();
  // Tab A has not heard: its Remove finds the medicine gone, says so, and shows what is stored.
  await a.getByRole('button', { name: 'Remove Atorvastatin' }).click();
  assert.match(await a.locator('#experiment-notice').innerText(), /Atorvastatin was already removed or changed in another window/);
  assert.deepEqual(await names(a), ['Blue inhaler']);
  assert.deepEqual(await stored(), ['Blue inhaler']);
  assert.deepEqual(wa.errors, []);
  assert.deepEqual(wb.errors, []);
  await ctx.close();
});

test('a backup carries the trial and the medicines to a fresh profile', async () => {
  const medicines = [{ name: 'Salmeterol', class: 'laba-inhalers', started: daysAgo(30), stopped: null }];
  const storage = { ...generatedDiary(10, 0), [EXPERIMENT]: JSON.stringify({ change: 'named', name: 'Warm bath', start: daysAgo(3) }),
    [MEDICINES]: JSON.stringify(medicines) };
  const { ctx, page } = await open('diary/backup/', storage);
  await page.locator('#diary-import').waitFor();
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download backup (JSON)' }).click()]);
  const text = readFileSync(await json.path(), 'utf8');
  const backup = JSON.parse(text);
  assert.equal(backup.schema, 2);
  assert.deepEqual(backup.experiment, { change: 'named', name: 'Warm bath', start: daysAgo(3) });
  assert.deepEqual(backup.medicines, medicines);
  await ctx.close();

  const fresh = await open('diary/backup/');
  await fresh.page.locator('#diary-import').waitFor();
  await fresh.page.locator('#diary-import').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await fresh.page.locator('#diary-import-preview').waitFor();
  assert.match(await fresh.page.locator('.diary-import-also').innerText(), /The file also has a trial of "Warm bath" from .* and 1 medicine\./);
  await fresh.page.getByRole('button', { name: 'Import', exact: true }).click();
  await fresh.page.locator('.diary-notice__done').waitFor();
  assert.match(await fresh.page.locator('.diary-notice__done').innerText(), /Added 10 entries\. Added 1 medicine\. Brought back your trial of a change\./);
  assert.deepEqual(JSON.parse(await fresh.page.evaluate((k) => localStorage.getItem(k), MEDICINES)), medicines);
  assert.equal(JSON.parse(await fresh.page.evaluate((k) => localStorage.getItem(k), EXPERIMENT)).name, 'Warm bath');

  // A file with a malformed medicine is refused whole: nothing stored changes.
  const before = await fresh.page.evaluate(() => JSON.stringify(Object.entries(localStorage).filter(([k]) => !k.startsWith('night-cramps.persist')).sort()));
  const broken = JSON.stringify({ ...backup, entries: [], medicines: [{ name: 'X', class: 'magnesium', started: daysAgo(3), stopped: null }] });
  await fresh.page.locator('#diary-import').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
  const refused = fresh.page.locator('#diary-import-refused');
  await refused.waitFor();
  assert.match(await refused.innerText(), /Medicine 1 in the file: "class" should be one of the medicine groups/);
  assert.equal(await fresh.page.evaluate(() => JSON.stringify(Object.entries(localStorage).filter(([k]) => !k.startsWith('night-cramps.persist')).sort())), before);
  await fresh.ctx.close();
});

/** Checks a downloaded calendar file: CRLF only, folded at 75 octets, one VEVENT with its RRULE. */
function checkCalendar(text, rule, time) {
  assert.ok(text.startsWith('BEGIN:VCALENDAR\r\n') && text.endsWith('END:VCALENDAR\r\n'), text.slice(0, 40));
  const lines = text.slice(0, -2).split('\r\n');
  for (const line of lines) {
    assert.ok(!line.includes('\n') && !line.includes('\r'), `bare line end in ${JSON.stringify(line)}`);
    assert.ok(Buffer.byteLength(line) <= 75, `longer than 75 octets: ${line}`);
  }
  assert.equal(lines.filter((l) => l === 'BEGIN:VEVENT').length, 1);
  assert.ok(lines.includes(`RRULE:FREQ=${rule}`), text);
  assert.ok(lines.some((l) => new RegExp(`^DTSTART:\\d{8}T${time}00$`).test(l)), text);
  assert.ok(lines.some((l) => /^DTSTAMP:\d{8}T\d{6}Z$/.test(l)), text);
  assert.ok(lines.some((l) => l.startsWith('UID:')), text);
}

test('calendar files: nightly stretches at the chosen time on /stretch/, a monthly backup on /diary/backup/', async () => {
  const { ctx, page, w } = await open('stretch/');
  await page.fill('#reminder-stretches-time', '22:15');
  const [stretches] = await Promise.all([page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the calendar file (.ics)' }).click()]);
  assert.equal(stretches.suggestedFilename(), 'night-cramps-reminders.ics');
  checkCalendar(readFileSync(await stretches.path(), 'utf8'), 'DAILY', '2215');
  assert.match(await page.locator('.reminder__status').innerText(), /Downloaded/);
  // A time the file cannot use is said, and nothing is downloaded.
  await page.fill('#reminder-stretches-time', '');
  await page.getByRole('button', { name: 'Download the calendar file (.ics)' }).click();
  assert.match(await page.locator('.reminder__status').innerText(), /Pick a time/);
  assert.equal(await page.locator('a', { hasText: 'Does it work for you?' }).count(), 1);

  await page.goto(site.url + 'diary/backup/');
  await hydrated(page);
  await page.locator('#diary-import').waitFor();
  assert.equal(await page.locator('#reminder-backup-time').inputValue(), '19:00');
  const [backup] = await Promise.all([page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the calendar file (.ics)' }).click()]);
  checkCalendar(readFileSync(await backup.path(), 'utf8'), 'MONTHLY', '1900');
  assert.deepEqual(w.offOrigin(new URL(site.url).origin), []);
  assert.deepEqual(w.errors, []);
  await ctx.close();
});

for (const scheme of ['light', 'dark']) {
  test(`axe-core finds no violations on the experiment page with a trial and a medicine (${scheme})`, async () => {
    const storage = { ...generatedDiary(60, 20), [EXPERIMENT]: JSON.stringify({ change: 'bedtime-stretching', start: daysAgo(20) }),
      [MEDICINES]: JSON.stringify([{ name: 'Furosemide', class: 'loop-diuretics', started: daysAgo(25), stopped: daysAgo(2) }]) };
    for (const path of ['diary/experiment/', 'diary/summary/', 'diary/']) {
      const { ctx, page } = await open(path, storage, { colorScheme: scheme });
      if (path === 'diary/experiment/') await page.locator('.medicine__stop summary').click();
      if (path === 'diary/summary/') await page.locator('.summary-trial').waitFor();
      if (path === 'diary/') await page.locator('.diary-chart__marks').waitFor();
      const v = await axe(page);
      assert.deepEqual(v, [], `${path} (${scheme}): ${JSON.stringify(v, null, 1)}`);
      if (path === 'diary/experiment/') {
        for (const [width, height, name] of [[360, 800, 'phone'], [1280, 900, 'desktop']]) {
          await page.setViewportSize({ width, height });
          await page.screenshot({ path: `${SHOTS}/experiment-medicines-${name}-${scheme}.png`, fullPage: true });
        }
      }
      await ctx.close();
    }
    // The empty page (no diary yet): the form.
    const { ctx, page } = await open('diary/experiment/', {}, { colorScheme: scheme });
    const v = await axe(page);
    assert.deepEqual(v, [], `empty (${scheme}): ${JSON.stringify(v, null, 1)}`);
    await page.setViewportSize({ width: 360, height: 800 });
    await page.screenshot({ path: `${SHOTS}/experiment-empty-phone-${scheme}.png`, fullPage: true });
    await ctx.close();
  });
}

test('the page is precached: it opens offline from the service worker', async () => {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(site.url);
  await hydrated(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  const listed = await page.evaluate(async () => (await fetch('sw.js')).text());
  assert.ok(listed.includes('"diary/experiment/"'), 'the service worker lists the page');
  await ctx.setOffline(true);
  await page.goto(site.url + 'diary/experiment/');
  await hydrated(page);
  await page.locator('#experiment-trial-title').waitFor();
  assert.equal(await page.locator('h1').innerText(), 'Does it work for me?');
  await ctx.close();
});
