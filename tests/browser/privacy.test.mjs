// The privacy page as a person uses it: what is stored, listed by name and size; erasing asks
// first, says what it did (one item, or nothing to erase), moves focus to what it says, and says
// so when the browser refuses; the page before its code runs is the page after, minus "Checking…".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { watch, hydrated, useBrowserAndSite } from './helpers.mjs';

let browser, site;
useBrowserAndSite((b, s) => { browser = b; site = s; });

async function open(init) {
  const ctx = await browser.newContext();
  if (init) await ctx.addInitScript(init);
  const page = await ctx.newPage();
  const w = watch(page);
  await page.goto(site.url + 'privacy/');
  await hydrated(page);
  return { ctx, page, w };
}

test('one stored item is listed with its size, and erasing it says "1 item"', async () => {
  const { ctx, page, w } = await open(() => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', 'yes');
      localStorage.setItem('night-cramps.settings', '{"x":1}');
    }
  });
  await page.locator('.privacy-stored li').waitFor();
  assert.deepEqual(await page.locator('.privacy-stored li').allInnerTexts(), ['Settings (7 characters)']);
  await page.getByRole('button', { name: 'Erase everything' }).click();
  const question = page.getByRole('group', { name: 'Erase everything Night Cramps keeps on this device?' });
  await question.waitFor();
  assert.equal(await page.locator('#erase-button').count(), 0, 'the question takes the button\'s place');
  await page.getByRole('button', { name: 'Yes, erase everything' }).click();
  const result = page.locator('#erase-result[role="status"]');
  assert.equal(await result.innerText(), 'Erased 1 item. Night Cramps keeps nothing on this device now.');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'erase-result');
  assert.equal(await question.count(), 0);
  assert.equal(await page.locator('.privacy-nothing').innerText(), 'Nothing: Night Cramps has not saved anything in this browser.');

  // Asking again clears what the last erase said; erasing nothing says so.
  await page.getByRole('button', { name: 'Erase everything' }).click();
  assert.equal(await result.innerText(), '');
  await page.getByRole('button', { name: 'Yes, erase everything' }).click();
  assert.equal(await result.innerText(), 'There was nothing to erase: Night Cramps keeps nothing on this device now.');
  assert.deepEqual(w.errors, []);
  await ctx.close();
});

test('without storage, the page says nothing is stored and erasing says why it could not', async () => {
  const { ctx, page, w } = await open(() => {
    Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('denied', 'SecurityError'); } });
  });
  await page.locator('.privacy-nothing').waitFor();
  await page.getByRole('button', { name: 'Erase everything' }).click();
  await page.getByRole('button', { name: 'Yes, erase everything' }).click();
  assert.match(await page.locator('#erase-result .diary-problem').innerText(), /not letting Night Cramps save anything/);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'erase-result');
  assert.deepEqual(w.errors, []);
  await ctx.close();
});

test('without its code the page reads the same, but for what only the browser can tell', async () => {
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const still = await noJs.newPage();
  await still.goto(site.url + 'privacy/');
  const { ctx, page } = await open();
  await page.locator('#persistence-status').waitFor();
  const text = async (p) => (await p.locator('main').innerText()).split('\n').map((l) => l.trim()).filter(Boolean).join('\n');
  const before = (await text(still)).split('\n').filter((l) => !/^(Checking|Erasing what this app saved needs JavaScript)/.test(l));
  const after = (await text(page)).split('\n').filter((l) => !/^(Nothing:|Yes:|Not yet:|This browser cannot say|Night Cramps uses about)/.test(l));
  assert.deepEqual(after, before);
  await noJs.close();
  await ctx.close();
});
