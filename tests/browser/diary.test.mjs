// The cramp diary as a person uses it: add, change, delete and undo; what survives a reload;
// problems in the form; notes shown as text; a quick log from relief mode; the printable
// doctor summary; whether the browser keeps the diary; axe-core and screenshots.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { watch, hydrated, axe, routes, SHOTS } from './helpers.mjs';
import { env, KEY, open, go, nightsAgo, longLabel, chooseNight, addEntry, headings, stored, storedEntries, diaryFile, chooseFile, keptFor, sampleStorage, settled } from './diary_support.mjs';

test('the diary and the summary open whole, and count as live only once all of it is there', async () => {
  const ctx = await env.browser.newContext();
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
          // Every control and entry put into the page, on its own or inside a part put in
          // whole; again if it is ever rebuilt or moved.
          if (n.nodeType !== 1) continue;
          const within = (selector) => [...(n.matches(selector) ? [n] : []), ...n.querySelectorAll(selector)];
          for (const c of within('input[id], textarea[id]')) window.__added.push(c.id);
          for (const e of within('li.diary-entry')) window.__added.push(e.querySelector('h3').id);
        }
      }
      for (const [name, selector] of [['night', '#night_of-last'], ['save', '.diary-form__buttons'], ['figures', '#diary-figures-title'], ['list', '#diary-entries-title']]) {
        if (!window.__order.includes(name) && document.querySelector(selector)) window.__order.push(name);
      }
    }).observe(document, { childList: true, subtree: true });
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__shift += e.value; }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(env.site.url + 'diary/');
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

  await page.goto(env.site.url + 'diary/summary/');
  await hydrated(page);
  assert.equal(await page.evaluate(() => !!document.querySelector('#summary-figures-title') && !document.querySelector('.diary-opening')), true, 'the summary is all there');
  assert.deepEqual(w.errors, []);
  await ctx.close();
});

// Every diary page is read from storage after it loads; at phone size, empty or with two months
// in it, what fills in below "Opening your diary…" never moves what is already on screen.
test('no diary page moves what is on screen as it opens, at phone size', async () => {
  const diaryPages = routes().filter((route) => route.startsWith('diary/'));
  assert.ok(diaryPages.length >= 4, `the diary's pages: ${diaryPages}`);
  const moved = [];
  for (const nights of [0, 60]) {
    for (const route of diaryPages) {
      const ctx = await env.browser.newContext({ viewport: { width: 412, height: 823 } });
      if (nights) await ctx.addInitScript(keptFor(nights));
      await ctx.addInitScript(() => {
        window.__shift = 0;
        new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__shift += e.value; }).observe({ type: 'layout-shift', buffered: true });
      });
      const page = await ctx.newPage();
      await page.goto(env.site.url + route);
      await hydrated(page);
      await page.waitForFunction(() => !document.querySelector('[aria-busy="true"], .diary-opening'));
      // Two more frames, so a shift of the last write is reported.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const shift = await page.evaluate(() => window.__shift);
      if (shift >= 0.01) moved.push(`/${route} with ${nights} nights: layout shift ${shift.toFixed(3)}`);
      await ctx.close();
    }
  }
  assert.deepEqual(moved, [], 'what was on screen moved as the page opened');
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
  await settled(page);
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
  assert.equal(page.url(), env.site.url + 'diary/');
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
  await page.goto(env.site.url + 'diary/summary/');
  await hydrated(page);
  await page.locator('.summary-note').waitFor();
  assert.equal(await page.locator('.summary-note').innerText(), note);
  assert.equal(await page.locator('main img, main script').count(), 0);
  assert.deepEqual(dialogs, [], 'no dialog opened');
  assert.ok(!w.requests.some((u) => u.endsWith('/x')), 'the img was never requested');
  assert.deepEqual(w.errors, []);
  await ctx.close();
});

test('a quick log from relief mode appears in the diary', async () => {
  const { ctx, page, w } = await open('now/calf/');
  const button = page.locator('.relief-log button');
  await button.click();
  await page.locator('.relief-log [role="status"]', { hasText: 'Saved' }).waitFor();
  await button.click().catch(() => {}); // disabled after one tap
  await page.goto(env.site.url + 'diary/');
  await hydrated(page);
  await page.locator('.diary-entry').waitFor();
  const text = await page.locator('.diary-entry').innerText();
  assert.match(text, /Cramps\s*1/);
  assert.match(text, /Muscles\s*Calf/);
  assert.match(text, /Worst pain\s*Not recorded/);
  assert.deepEqual(w.errors, []);
  await ctx.close();
});

test('the doctor summary shows the weeks, figures and latest check, and prints on at most two pages', async () => {
  const storage = await sampleStorage();
  const { ctx, page, w } = await open('diary/summary/', { storage });
  assert.equal(await page.locator('h1').innerText(), 'Summary for your doctor');
  assert.match(await page.locator('.summary-disposition').innerText(), /Book a routine appointment/);
  assert.match(await page.locator('#summary-check-title + *').innerText(), /Book a routine appointment/);
  assert.match(await page.locator('.summary').innerText(), /Medicines reported[\s\S]*statin/i);
  // The chart and the tables follow the rest of the summary in a task of their own.
  await page.locator('.summary-entries').waitFor();
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
    await full.page.goto(env.site.url + 'diary/summary/');
    await hydrated(full.page);
    await full.page.locator('.summary-entries').waitFor();
    assert.deepEqual(await axe(full.page), [], `summary (${scheme})`);
    await full.page.goto(env.site.url + 'privacy/');
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
        await page.goto(env.site.url + path);
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
