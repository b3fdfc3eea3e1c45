// Diary entries that raise a flag: a warning sign ticked in the form shows the check's own care
// card at once and with the saved night; the doctor summary lists flagged nights first; a night
// marked "stretched" shows in the list; axe-core in light and dark; screenshots.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { watch, hydrated, axe, SHOTS, useBrowserAndSite } from './helpers.mjs';

let browser, site;
useBrowserAndSite((b, s) => { browser = b; site = s; });

const NIGHT = 'night-cramps.night.';
// The care cards' headings, as the check shows them (content::care).
const URGENT = 'Ask for an urgent GP appointment, or get help from NHS 111, if:';
const EMERGENCY = 'Call 999 (or your local emergency number) now if:';

/** A fresh profile with `records` stored (night → entry), at `path`, live. */
async function open(path, { records = {}, ...options } = {}) {
  const ctx = await browser.newContext(options);
  const page = await ctx.newPage();
  const w = watch(page);
  await page.goto(site.url + 'about/');
  await page.evaluate(([prefix, records]) => {
    for (const [night, entry] of Object.entries(records)) {
      localStorage.setItem(prefix + night, JSON.stringify({ stamp: 1, entry: { night_of: night, ...entry } }));
    }
  }, [NIGHT, records]);
  await page.goto(site.url + path);
  await hydrated(page);
  await page.locator(path === 'diary/' ? 'form.diary-form' : '.summary').waitFor();
  return { ctx, page, w };
}

/** The local date `days` before today, as YYYY-MM-DD. */
function nightsAgo(days) {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const storedEntry = (page, night) => page.evaluate((key) => JSON.parse(localStorage.getItem(key))?.entry, NIGHT + night);

test('a warning sign ticked in the diary shows the check\'s care card, in the form and with the saved night', async () => {
  const { ctx, page, w } = await open('diary/');
  const formCard = page.locator('.diary-form .care-card');
  assert.equal(await formCard.count(), 0, 'no card before a sign is raised');

  await page.fill('#cramps', '2');
  await page.locator('#worst_pain-6').check();
  await page.getByLabel('One leg was swollen, red or darker than usual, or warm to touch').check();
  assert.match(await formCard.locator('.care-card__heading').innerText(), new RegExp(URGENT.replace(/[()]/g, '\\$&')));
  assert.equal(await formCard.getAttribute('class'), 'care-card care-card--urgent');
  // Dark pee is an emergency sign: the card becomes the emergency one.
  await page.getByLabel('Dark pee, like cola or strong tea, with sore or weak muscles').check();
  assert.equal(await formCard.getAttribute('class'), 'care-card care-card--emergency');
  await page.getByLabel('Dark pee, like cola or strong tea, with sore or weak muscles').uncheck();
  await page.getByLabel('I did the bedtime stretches that evening').check();
  await page.getByRole('button', { name: 'Save entry', exact: true }).click();

  // Saved: focus is on the night's heading, and the card comes straight after it.
  const night = nightsAgo(1);
  const item = page.locator('.diary-entries .diary-entry').first();
  await item.locator('.care-card').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'diary-entry__night');
  assert.deepEqual(await item.locator('.diary-flag__signs li').allInnerTexts(),
    ['One leg was swollen, red or darker than usual, or warm to touch']);
  assert.equal(await item.locator('.care-card').getAttribute('class'), 'care-card care-card--urgent');
  assert.equal(await item.locator('h3 + .diary-flag').count(), 1, 'the card is the first thing after the heading');
  assert.match(await item.innerText(), /Bedtime stretches:?\s*Done that evening/);
  const entry = await storedEntry(page, night);
  assert.deepEqual(entry.warning_signs, ['swollen_leg']);
  assert.equal(entry.stretched, true);

  // The same card the check gives for that red flag answered yes.
  const cardText = await item.locator('.care-card').innerText();
  const guide = await ctx.newPage();
  await guide.goto(site.url + 'guide/help/');
  assert.equal(await guide.locator('.care-card--urgent').innerText(), cardText, 'the guide\'s urgent card, word for word');
  await guide.close();

  // A night whose longest cramp was over 10 minutes raises the long-cramp sign on its own.
  await page.getByRole('button', { name: /^Edit the entry/ }).click();
  await page.locator('#longest-over_10_min').check();
  assert.equal(await formCard.getAttribute('class'), 'care-card care-card--urgent');
  await page.getByRole('button', { name: 'Save changes', exact: true }).click();
  await item.locator('.diary-flag__signs li').nth(1).waitFor();
  assert.deepEqual(await item.locator('.diary-flag__signs li').allInnerTexts(), [
    'A cramp lasted over 10 minutes and would not ease, even with stretching',
    'One leg was swollen, red or darker than usual, or warm to touch',
  ]);
  assert.deepEqual(w.errors, []);
  await ctx.close();
});

test('a long cramp ticked on a night without cramps is explained, and nothing is saved', async () => {
  const { ctx, page } = await open('diary/');
  await page.fill('#cramps', '0');
  await page.getByLabel('A cramp lasted over 10 minutes and would not ease, even with stretching').check();
  await page.getByRole('button', { name: 'Save entry', exact: true }).click();
  const summary = page.locator('.error-summary');
  await summary.waitFor();
  assert.match(await summary.innerText(), /0 cramps/);
  await summary.locator('a').first().click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'warning_signs-long_cramp');
  assert.equal(await page.evaluate((p) => Object.keys(localStorage).filter((k) => k.startsWith(p)).length, NIGHT), 0);
  await ctx.close();
});

/** Three weeks of nights, two of them flagged. */
function sample() {
  const records = {};
  for (let i = 1; i <= 21; i++) {
    records[nightsAgo(i)] = { id: i, cramps: i % 3 ? 1 : 0, muscles: i % 3 ? ['calf'] : [], worst_pain: i % 3 ? 4 : 0, helped: [], note: '' };
  }
  records[nightsAgo(9)] = { ...records[nightsAgo(9)], cramps: 2, muscles: ['calf'], worst_pain: 7, warning_signs: ['swollen_leg'] };
  records[nightsAgo(15)] = { ...records[nightsAgo(15)], cramps: 1, muscles: ['calf'], worst_pain: 8, warning_signs: ['dark_pee'], stretched: true };
  return records;
}

test('the doctor summary lists the flagged nights first, then the table with them on top', async () => {
  const { ctx, page, w } = await open('diary/summary/', { records: sample() });
  const sections = page.locator('.summary .summary-section');
  const first = sections.first();
  assert.equal(await first.locator('h2').innerText(), 'Nights with warning signs');
  const rows = first.locator('.summary-check__row');
  assert.equal(await rows.count(), 2);
  // Newest first, each with what was recorded and the check's advice.
  assert.match(await rows.nth(0).innerText(), /swollen, red or darker[\s\S]*Get medical advice today/);
  assert.match(await rows.nth(1).innerText(), /Dark pee[\s\S]*Get emergency help now/);
  // In the table of nights, the flagged ones come first (the emergency one first), marked.
  const tableRows = page.locator('.summary-entries tbody tr');
  assert.match(await tableRows.nth(0).locator('th').innerText(), /Warning sign/);
  assert.match(await tableRows.nth(1).locator('th').innerText(), /Warning sign/);
  assert.doesNotMatch(await tableRows.nth(2).locator('th').innerText(), /Warning sign/);
  assert.equal(await tableRows.nth(0).locator('td').nth(4).innerText(), '8', 'the emergency night (pain 8) is the first row');
  assert.equal(await tableRows.nth(1).locator('td').nth(4).innerText(), '7', 'then the urgent one (pain 7)');
  // Bedtime stretching is a column: "Yes" on the night it was done, empty otherwise.
  assert.equal(await page.locator('.summary-entries thead th').nth(7).innerText(), 'Stretched');
  assert.equal(await tableRows.nth(0).locator('td').nth(6).innerText(), 'Yes');
  assert.equal(await tableRows.nth(1).locator('td').nth(6).innerText(), '');
  assert.deepEqual(w.errors, []);
  await ctx.close();
});

for (const scheme of ['light', 'dark']) {
  test(`axe-core finds no violations with flagged nights on the diary and the summary (${scheme})`, async () => {
    for (const path of ['diary/', 'diary/summary/']) {
      const { ctx, page } = await open(path, { records: sample(), colorScheme: scheme });
      if (path === 'diary/') {
        await page.locator('.diary-entries .care-card').first().waitFor();
        await page.getByLabel('Dark pee, like cola or strong tea, with sore or weak muscles').check();
      }
      assert.deepEqual(await axe(page), [], `${path} (${scheme})`);
      await ctx.close();
    }
  });
}

test('screenshots of flagged nights at phone and desktop width, light and dark', async () => {
  for (const [name, width, height] of [['phone', 360, 800], ['desktop', 1280, 900]]) {
    for (const scheme of ['light', 'dark']) {
      const tag = `${name}-${scheme}`;
      const diary = await open('diary/', { records: sample(), viewport: { width, height }, colorScheme: scheme });
      const flagged = diary.page.locator('.diary-entry').filter({ has: diary.page.locator('.care-card') }).first();
      await flagged.scrollIntoViewIfNeeded();
      await flagged.screenshot({ path: `${SHOTS}/diary-flagged-entry-${tag}.png` });
      await diary.page.getByLabel('One leg was swollen, red or darker than usual, or warm to touch').check();
      const signs = diary.page.locator('fieldset').filter({ hasText: 'Warning signs' });
      await signs.scrollIntoViewIfNeeded();
      await diary.page.screenshot({ path: `${SHOTS}/diary-form-signs-${tag}.png` });
      const overflow = await diary.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${tag}: ${overflow}px wider than the screen`);
      await diary.ctx.close();
      const summary = await open('diary/summary/', { records: sample(), viewport: { width, height }, colorScheme: scheme });
      await summary.page.screenshot({ path: `${SHOTS}/summary-flagged-${tag}.png` });
      await summary.ctx.close();
    }
  }
});
