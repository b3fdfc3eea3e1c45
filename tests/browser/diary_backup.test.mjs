// Diary backups: bad files change nothing, a good file previews and merges, exports in JSON
// and CSV (a long diary a slice at a time), and the backups page and imports across two tabs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { watch, hydrated } from './helpers.mjs';
import { env, open, go, nightsAgo, longLabel, addEntry, headings, stored, storedEntries, diaryFile, chooseFile, keptFor, twoTabs } from './diary_support.mjs';

test('a file that cannot be imported gets a clear message and changes nothing', async () => {
  const { ctx, page, w } = await open();
  await addEntry(page, { cramps: 2, pain: 5, note: 'mine' });
  await page.locator('.diary-entry').waitFor();
  const before = await stored(page);
  const night = await nightsAgo(page, 2);
  // The diary links to its backups page.
  await page.getByRole('link', { name: 'Back up or restore your diary' }).click();
  await page.waitForURL(env.site.url + 'diary/backup/');
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
  const ctx = await env.browser.newContext();
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
