// The diary's per-night store: a ten-year diary, damaged and full storage, erase everything,
// two tabs of one browser profile, and an old single-value diary moved over.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { watch, hydrated } from './helpers.mjs';
import { env, KEY, NIGHT, open, nightsAgo, longLabel, addEntry, headings, stored, storedEntries, keptFor, twoTabs, FULL } from './diary_support.mjs';

test('a diary kept for ten years (moved from the single value) opens whole, and saves keep every night', async () => {
  const ctx = await env.browser.newContext();
  await ctx.addInitScript(keptFor(3650));
  const page = await ctx.newPage();
  const w = watch(page);
  await page.goto(env.site.url + 'diary/');
  await hydrated(page);
  assert.equal(await page.locator('.diary-count').innerText(), '3650 entries');
  const nights = await headings(page);
  assert.equal(nights.length, 30);
  assert.equal(nights[0], longLabel(await nightsAgo(page, 1)), 'newest night first');
  assert.equal(nights[29], longLabel(await nightsAgo(page, 30)));
  assert.equal(await page.locator('.diary-problem').count(), 0, 'nothing was refused');
  // The figures cover the whole diary: a third of the nights had cramps in the last 4 weeks.
  assert.match(await page.locator('#diary-figures-title + *').innerText(), /\d/);
  await page.goto(env.site.url + 'diary/summary/');
  await hydrated(page);
  // A busy diary lists its last 4 weeks (today and the 27 nights before it; last night is the newest).
  assert.equal(await page.locator('#summary-entries-title').innerText(), 'Diary entries, last 4 weeks');
  assert.equal(await page.locator('.summary-entries-wrap tbody tr').count(), 27);
  // Saving still works on a diary this size, and keeps every night.
  await page.goto(env.site.url + 'diary/');
  await hydrated(page);
  await page.locator('form.diary-form').waitFor();
  await page.getByRole('button', { name: 'Delete the entry for ' + longLabel(await nightsAgo(page, 1)) }).click();
  await page.locator('.diary-notice', { hasText: 'Deleted the entry' }).waitFor();
  const kept = await storedEntries(page);
  assert.equal(kept.length, 3649);
  // Relief mode's one tap writes only its own night, and keeps every other.
  await page.goto(env.site.url + 'now/calf/');
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
  assert.match(await page.locator('.diary-page__problem > .diary-problem[role="alert"]').innerText(), /still saved on this device as it was/);
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
  await page.waitForURL(env.site.url + 'guide/');
  assert.equal(await page.locator('h1').innerText(), 'Guide to night-time leg cramps');

  // Next visit: still offered until the person removes it (after a confirmation).
  await page.goto(env.site.url + 'diary/');
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

test('erase everything on /privacy asks first, then removes the diary', async () => {
  const { ctx, page, w } = await open();
  await addEntry(page, { cramps: 1, pain: 2 });
  await page.locator('.diary-entry').waitFor();
  await page.goto(env.site.url + 'privacy/');
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
  await page.goto(env.site.url + 'diary/');
  await hydrated(page);
  await page.locator('.diary-empty').waitFor();
  assert.deepEqual(w.errors, []);
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
  await a.page.goto(env.site.url + 'privacy/');
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

test('an old single-value diary moves to one record per night on first open, every night intact', async () => {
  const ctx = await env.browser.newContext();
  const page = await ctx.newPage();
  const w = watch(page);
  await page.goto(env.site.url + 'about/');
  const old = [];
  for (let i = 1; i <= 400; i++) {
    const cramps = i % 4;
    old.push({ id: i, night_of: await nightsAgo(page, i), cramps, muscles: cramps ? [['calf'], ['calf', 'foot'], ['back_of_thigh']][i % 3] : [],
      side: cramps ? ['left', 'right', 'both'][i % 3] : null, longest: cramps ? '1_to_5_min' : null, worst_pain: cramps ? i % 11 : null,
      sleep_lost: ['under_15_min', '15_to_60_min', null][i % 3], helped: i % 5 ? [] : ['stretching'], note: i % 7 ? '' : `Night ${i}: "long" walk, [tired] \\ é` });
  }
  const value = JSON.stringify({ app: 'night-cramps', schema: 1, entries: old });
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, value]);
  await page.goto(env.site.url + 'diary/');
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

test('a full storage loses nothing: a failed save, a failed move of an old diary, a failed quick log', async () => {
  const ctx = await env.browser.newContext();
  await ctx.addInitScript(FULL);
  const page = await ctx.newPage();
  const w = watch(page);
  await page.goto(env.site.url + 'diary/');
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
  await page.goto(env.site.url + 'now/calf/');
  await hydrated(page);
  await page.locator('.relief-log button').click();
  await page.locator('.relief-log [role="status"]', { hasText: 'full' }).waitFor();
  assert.equal(await stored(page), before);

  // An old single-value diary that cannot be moved stays where it is, with a message.
  const old = JSON.stringify({ app: 'night-cramps', schema: 1, entries: [{ id: 1, night_of: await nightsAgo(page, 5), cramps: 0, muscles: [], side: null, longest: null, worst_pain: null, sleep_lost: null, helped: [], note: 'old' }] });
  await page.evaluate(([k, v]) => { localStorage.removeItem('nc-test-full'); localStorage.setItem(k, v); localStorage.setItem('nc-test-full', 'yes'); }, [KEY, old]);
  await page.goto(env.site.url + 'diary/');
  await hydrated(page);
  assert.match(await page.locator('.diary-page__problem > .diary-problem[role="alert"]').innerText(), /could not be moved to the new storage[\s\S]*still saved on this device as it was/);
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
