// The self-assessment (/check) as a person uses it: keyboard only from start to result, on a
// red-flag path and a self-care path; focus on each new question and on the result; saving only
// when chosen; Back and the answers a change drops; axe-core on every step; screenshots.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { watch, hydrated, axe, SHOTS, useBrowserAndSite } from './helpers.mjs';

let browser, site;
useBrowserAndSite((b, s) => { browser = b; site = s; });

// Answers by question key (the inputs' name) and choice key (their value), or a number.
const EMERGENCY_NO = {
  'breathless-chest-pain': 'no', 'sudden-weakness': 'no', 'cold-pale-leg': 'no',
  'back-pain-saddle-numbness': 'no', 'dark-urine': 'no', 'tetanus-signs': 'no', 'hot-leg-very-unwell': 'no',
};
const NO_RED_FLAGS = {
  ...EMERGENCY_NO, 'swollen-red-warm-leg': 'no', 'cramp-over-10-min': 'no', 'tetanus-wound': 'no',
  'poison-contact': 'no', 'cramps-arms-belly-chest': 'no', 'fluid-loss': 'no',
};
const MILD = {
  ...NO_RED_FLAGS,
  frequency: 'less-than-weekly', muscles: ['calf'], legs: 'both-or-either',
  since: 'over-3-months', 'time-of-day': 'mostly-night', 'sleep-nights': 0, 'daytime-tiredness': 'no',
  numbness: 'no', 'walking-pain': 'no', 'weakness-wasting-twitching': 'no', age: '40-59', pregnant: 'no',
  activity: ['none'], fluids: ['none'], conditions: ['none'], medicines: ['none'], tried: ['none'],
};
const EMERGENCY = { 'breathless-chest-pain': 'yes' };
const URGENT = { ...EMERGENCY_NO, 'swollen-red-warm-leg': 'yes' };
const NOT_SURE = { ...EMERGENCY_NO, 'swollen-red-warm-leg': 'not-sure' };

const focused = (page) => page.evaluate(() => {
  const e = document.activeElement;
  return e ? { tag: e.tagName, id: e.id, type: e.type ?? null, name: e.name ?? null, value: e.value ?? null, checked: e.checked ?? null, text: (e.textContent ?? '').trim() } : null;
});

/** Presses Tab until `want(focused)` holds (at most `limit` times). */
async function tabTo(page, want, what, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (want(await focused(page))) return;
  }
  assert.fail(`Tab never reached ${what}`);
}

/** The question on screen: its key (the inputs' name) and kind. */
async function currentQuestion(page) {
  return page.evaluate(() => {
    const input = document.querySelector('form.check-step input');
    return input ? { key: input.name, type: input.type } : null;
  });
}

/** The number of screens shown so far (the page counts them). */
const screenCount = (page) => page.locator('.check').getAttribute('data-screen').then(Number);

/** Waits until a new screen (after `before`) shows and focus is on its heading. */
async function waitForNewScreen(page, before) {
  await page.waitForFunction((prev) => {
    const e = document.activeElement;
    return Number(document.querySelector('.check')?.dataset.screen) > prev && e?.id === 'check-focus';
  }, before, { timeout: 5000 }).catch(async (e) => {
    const state = await page.evaluate(() => ({ active: document.activeElement?.outerHTML.slice(0, 300), error: document.querySelector('#check-error')?.textContent, q: document.querySelector('form.check-step input')?.name }));
    throw new Error(`no new screen after ${before}: ${JSON.stringify(state)} (${e.message})`);
  });
  return (await focused(page)).text;
}

/**
 * Answers the question on screen with the keyboard only. Radios: Tab into the group, arrow keys
 * to the choice, Space; then Enter on the radio submits. Checkboxes: Tab through, Space on the
 * ones wanted, Tab to Next, Enter. Numbers: type, Enter.
 */
async function answerByKeyboard(page, answers) {
  const q = await currentQuestion(page);
  assert.ok(q, 'a question is shown');
  assert.ok(q.key in answers, `the test has an answer for "${q.key}"`);
  const want = answers[q.key];
  const screen = await screenCount(page);
  assert.equal((await focused(page)).id, 'check-focus', `${q.key}: focus starts on the question heading`);
  if (q.type === 'number') {
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).type, 'number');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(String(want));
    await page.keyboard.press('Enter');
  } else if (q.type === 'radio') {
    await page.keyboard.press('Tab');
    for (let i = 0; i < 12 && (await focused(page)).value !== want; i++) await page.keyboard.press('ArrowDown');
    const f = await focused(page);
    assert.equal(f.value, want, `${q.key}: reached ${want}`);
    if (!f.checked) await page.keyboard.press('Space');
    assert.equal((await focused(page)).checked, true);
    await page.keyboard.press('Enter');
  } else {
    const count = await page.locator('form.check-step input[type=checkbox]').count();
    for (let i = 0; i < count; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      assert.equal(f.type, 'checkbox', `${q.key}: checkbox ${i}`);
      if (want.includes(f.value) !== f.checked) await page.keyboard.press('Space');
    }
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).text, 'Next');
    await page.keyboard.press('Enter');
  }
  return waitForNewScreen(page, screen);
}

/** Opens /check in a fresh page and starts the check with the keyboard. */
async function openAndStart(ctx) {
  const page = await ctx.newPage();
  const w = watch(page);
  await page.goto(site.url + 'check/');
  await hydrated(page);
  assert.equal(await page.locator('h1').innerText(), 'Check your cramps');
  await tabTo(page, (f) => f.tag === 'BUTTON' && f.text === 'Start', 'the Start button');
  await page.keyboard.press('Enter');
  await waitForNewScreen(page, 0);
  return { page, w };
}

/** Answers by keyboard until the result shows, running axe on every step. Returns steps taken. */
async function completeByKeyboard(page, answers, label) {
  let steps = 0;
  while (await currentQuestion(page)) {
    const progress = await page.locator('.check-progress__count').innerText();
    assert.match(progress, /^Question \d+ of \d+$/);
    const v = await axe(page);
    assert.deepEqual(v, [], `${label}, ${(await currentQuestion(page)).key}: ${JSON.stringify(v, null, 1)}`);
    await answerByKeyboard(page, answers);
    steps++;
    assert.ok(steps <= 45, 'the check ends');
  }
  return steps;
}

async function resultHeading(page) {
  const f = await focused(page);
  assert.equal(f.id, 'check-focus', 'focus is on the result heading');
  assert.ok(await page.locator('.check-result').count(), 'the result shows');
  return f.text;
}

test('red-flag path by keyboard only: a yes ends the check with the emergency care card first', async () => {
  const ctx = await browser.newContext();
  const { page, w } = await openAndStart(ctx);
  const steps = await completeByKeyboard(page, EMERGENCY, 'emergency path');
  assert.equal(steps, 1, 'stops straight after the yes');
  assert.match(await resultHeading(page), /Get emergency help now/);
  // The care card comes straight after the heading, and says to call now.
  const order = await page.locator('.check-result > *').evaluateAll((els) => els.map((e) => e.className));
  assert.match(order[0], /check-result__heading/);
  assert.match(order[1], /care-card--emergency/);
  assert.match(await page.locator('.care-card--emergency').innerText(), /Call 999/);
  // Why: the exact answer that caused it.
  assert.match(await page.locator('.check-reasons').innerText(), /new or sudden breathlessness or chest pain, with a painful or swollen leg: Yes/i);
  assert.equal(await page.locator('.check-plan').count(), 0, 'no self-care plan after a warning sign');
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    const v = await axe(page);
    assert.deepEqual(v, [], `emergency result (${scheme}): ${JSON.stringify(v, null, 1)}`);
  }
  assert.deepEqual(w.errors, []);
  await ctx.close();
});

test('red-flag path: a swollen, warm leg gives the urgent care card', async () => {
  const ctx = await browser.newContext();
  const { page, w } = await openAndStart(ctx);
  const steps = await completeByKeyboard(page, URGENT, 'urgent path');
  assert.equal(steps, 8, 'every emergency sign is asked first');
  assert.match(await resultHeading(page), /Get medical advice today/);
  assert.equal(await page.locator('.check-result > .care-card--urgent').count(), 1);
  assert.match(await page.locator('.check-safety-net').innerText(), /Call 999 now if/);
  assert.equal(await page.locator('.check-plan').count(), 0, 'no self-care plan under an urgent result');
  assert.deepEqual(w.errors, []);
  await ctx.close();
});

test('"not sure" about a warning sign says to call 111 now, and shows it among the reasons', async () => {
  const ctx = await browser.newContext();
  const { page, w } = await openAndStart(ctx);
  await completeByKeyboard(page, NOT_SURE, 'not-sure path');
  assert.match(await resultHeading(page), /Get medical advice today/);
  assert.match(await page.locator('.check-not-sure').innerText(), /Call 111 now/);
  assert.match(await page.locator('.check-reasons').innerText(), /I'm not sure/);
  assert.equal(await page.locator('.check-plan').count(), 0);
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    const v = await axe(page);
    assert.deepEqual(v, [], `not-sure result (${scheme}): ${JSON.stringify(v, null, 1)}`);
  }
  await page.setViewportSize({ width: 360, height: 740 });
  await page.screenshot({ path: `${SHOTS}/check-result-not-sure-phone-dark.png`, fullPage: true });
  assert.deepEqual(w.errors, []);
  await ctx.close();
});

test('self-care path by keyboard only: no warning signs, mild cramps, a plan with evidence', async () => {
  const ctx = await browser.newContext();
  const { page, w } = await openAndStart(ctx);
  const steps = await completeByKeyboard(page, MILD, 'self-care path');
  assert.ok(steps >= 20, `asked ${steps} questions`);
  assert.match(await resultHeading(page), /You can look after this yourself/);
  assert.equal(await page.locator('.check-result .care-card').count(), 0, 'no care card for self-care');
  const why = await page.locator('.check-reasons li').count();
  assert.equal(why, 13, 'because: no to each of the 13 warning signs');
  const net = await page.locator('.check-safety-net').innerText();
  assert.match(net, /Call 999 now if/);
  assert.match(net, /Book a GP appointment if/);
  assert.match(net, /Do this check again/);
  const plan = await page.locator('.check-plan').innerText();
  assert.match(plan, /Calf stretch/);
  assert.match(plan, /Magnesium supplements/);
  assert.ok(await page.locator('.check-plan a[href$="now/calf/"]').count() >= 1, 'links to the hold timer');
  assert.ok(await page.locator('.check-plan .cite').count() > 3, 'plan cites its sources');
  assert.ok(await page.locator('.check-answers .check-answer').count() >= 20, 'every answer listed');
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    const v = await axe(page);
    assert.deepEqual(v, [], `self-care result (${scheme}): ${JSON.stringify(v, null, 1)}`);
  }
  // Nothing was written to storage: saving was not chosen.
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), []);
  assert.deepEqual(w.errors, []);
  await ctx.close();
});

test('a factor and plan item say which answers put them there', async () => {
  const ctx = await browser.newContext();
  const { page, w } = await openAndStart(ctx);
  await completeByKeyboard(page, {
    ...MILD, age: '60-79', medicines: ['water-tablet', 'statin'], 'diuretic-type': ['thiazide'],
    tried: ['stretching'], improvement: 'no-better', 'sleep-nights': 4,
  }, 'routine path');
  assert.match(await resultHeading(page), /Book a routine appointment/);
  assert.equal(await page.locator('.check-result > .care-card--non-urgent').count(), 1);
  const factors = page.locator('.check-factors > li');
  assert.ok(await factors.count() >= 3);
  assert.match(await factors.first().innerText(), /Strong evidence|Some evidence|Weak evidence/);
  assert.match(await page.locator('.check-factors').innerText(), /Because you said: Age: 60 to 79/);
  assert.match(await page.locator('.check-plan').innerText(), /medicine review/);
  assert.deepEqual(w.errors, []);
  await ctx.close();
});

test('reload keeps answers only when "save on this device" was chosen; erase removes them', async () => {
  const ctx = await browser.newContext();
  // Not chosen: a reload starts afresh and nothing is stored.
  let { page } = await openAndStart(ctx);
  await answerByKeyboard(page, NO_RED_FLAGS);
  await answerByKeyboard(page, NO_RED_FLAGS);
  assert.equal(await page.locator('#check-save').isChecked(), false, 'saving is off by default');
  await page.reload();
  await hydrated(page);
  await page.waitForTimeout(300);
  assert.equal(await page.getByRole('button', { name: 'Continue where you left off' }).count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Start', exact: true }).count(), 1);
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), [], "nothing stored");
  await page.close();

  // Chosen: every step is saved, and a reload offers to continue where they left off.
  ({ page } = await openAndStart(ctx));
  const w = watch(page);
  await answerByKeyboard(page, NO_RED_FLAGS);
  await page.locator('#check-save').check();
  await page.locator('#check-focus').focus();
  await answerByKeyboard(page, NO_RED_FLAGS);
  const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('night-cramps.answers')));
  assert.deepEqual(saved.answers, { 'breathless-chest-pain': 'no', 'sudden-weakness': 'no' });
  await page.reload();
  await hydrated(page);
  const cont = page.getByRole('button', { name: 'Continue where you left off' });
  await cont.waitFor();
  assert.equal(await page.locator('#check-save').isChecked(), true);
  await cont.click();
  assert.equal(await page.locator('.check-progress__count').innerText().then((t) => t.split(' of')[0]), 'Question 3');
  assert.equal((await currentQuestion(page)).key, 'cold-pale-leg');
  // The result is saved too, for the diary's doctor summary.
  await completeByKeyboard(page, { ...EMERGENCY_NO, 'dark-urine': 'yes' }, 'saved path');
  const last = JSON.parse(await page.evaluate(() => localStorage.getItem('night-cramps.last-result')));
  assert.equal(last.schema, 1);
  assert.equal(last.disposition, 'emergency');
  assert.match(last.checked, /^\d{4}-\d{2}-\d{2}$/);
  // Erase: gone from storage, and a reload offers nothing.
  await page.getByRole('button', { name: 'Erase saved answers' }).click();
  await page.locator('.check-notes').getByText('erased').waitFor();
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => ['night-cramps.answers', 'night-cramps.last-result'].includes(k))), []);
  await page.reload();
  await hydrated(page);
  await page.waitForTimeout(300);
  assert.equal(await page.getByRole('button', { name: 'Continue where you left off' }).count(), 0);
  assert.deepEqual(w.errors, []);
  await ctx.close();
});

test('Back keeps answers, and a changed answer drops the ones it made irrelevant (and says so)', async () => {
  const ctx = await browser.newContext();
  const { page, w } = await openAndStart(ctx);
  const path = { ...MILD, age: '18-39', pregnant: 'yes', trimester: 'third-trimester' };
  while ((await currentQuestion(page)).key !== 'activity') await answerByKeyboard(page, path);
  // Back three times, by keyboard: Back is the button after Next.
  for (const expected of ['trimester', 'pregnant', 'age']) {
    const screen = await screenCount(page);
    await tabTo(page, (f) => f.text === 'Back', 'Back');
    await page.keyboard.press('Enter');
    await waitForNewScreen(page, screen);
    assert.equal((await currentQuestion(page)).key, expected);
  }
  assert.equal(await page.locator('input[value="18-39"]').isChecked(), true, 'the earlier answer is kept');
  await answerByKeyboard(page, { age: '80-plus' });
  assert.equal((await currentQuestion(page)).key, 'activity', 'pregnancy questions are skipped');
  const note = await page.locator('.check-notes').innerText();
  assert.match(note, /no longer apply/);
  assert.match(note, /Pregnant/);
  assert.match(note, /Stage of pregnancy/);
  assert.deepEqual(await axe(page), []);
  // Finish: the dropped answers are gone from the result's list of answers.
  await completeByKeyboard(page, path, 'after the change');
  const listed = await page.locator('.check-answers').innerText();
  assert.doesNotMatch(listed, /Stage of pregnancy/);
  assert.match(listed, /80 or over/);
  // "Change" on one answer goes back to that question, pre-filled.
  await page.locator('.check-answer', { hasText: 'How often' }).getByRole('button').click();
  assert.equal((await currentQuestion(page)).key, 'frequency');
  assert.equal(await page.locator('input[value="less-than-weekly"]').isChecked(), true);
  assert.deepEqual(w.errors, []);
  await ctx.close();
});

test('Next without an answer explains, and a number out of range is refused', async () => {
  const ctx = await browser.newContext();
  const { page, w } = await openAndStart(ctx);
  await page.keyboard.press('Tab');
  await tabTo(page, (f) => f.text === 'Next', 'Next');
  await page.evaluate(() => { window.__question = document.querySelector('#check-focus'); });
  await page.keyboard.press('Enter');
  await page.locator('#check-error').waitFor();
  assert.match(await page.locator('#check-error').innerText(), /answer this question/);
  assert.equal(await page.evaluate(() => window.__question === document.querySelector('#check-focus')), true,
    'the question is the same element once the error shows (not rebuilt)');
  // The first warning sign has a hint: the group is described by the hint and then the error.
  assert.equal(await page.locator('fieldset').getAttribute('aria-describedby'), 'check-hint check-error');
  assert.deepEqual(await axe(page), [], 'error state is accessible');
  await page.locator('#check-focus').focus();
  while ((await currentQuestion(page)).key !== 'sleep-nights') await answerByKeyboard(page, MILD);
  await page.keyboard.press('Tab');
  await page.keyboard.type('9');
  await page.keyboard.press('Enter');
  await page.locator('#check-error').waitFor();
  assert.match(await page.locator('#check-error').innerText(), /0 to 7/);
  assert.equal((await currentQuestion(page)).key, 'sleep-nights');
  assert.deepEqual(w.errors, []);
  await ctx.close();
});

test('screenshots of a question and the result: phone and desktop, light and dark, and print', async () => {
  for (const [name, width, height] of [['phone', 360, 800], ['desktop', 1280, 900]]) {
    for (const scheme of ['light', 'dark']) {
      const ctx = await browser.newContext({ viewport: { width, height }, colorScheme: scheme });
      const { page } = await openAndStart(ctx);
      while ((await currentQuestion(page)).key !== 'muscles') await answerByKeyboard(page, MILD);
      await page.locator('input[value="calf"]').check();
      await page.screenshot({ path: `${SHOTS}/check-question-${name}-${scheme}.png` });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `question ${name}: ${overflow}px wider than the screen`);
      await page.locator('#check-focus').focus();
      await completeByKeyboard(page, {
        ...MILD, age: '60-79', medicines: ['statin'], tried: ['magnesium'], improvement: 'no-better',
      }, `screenshot ${name} ${scheme}`);
      await page.screenshot({ path: `${SHOTS}/check-result-${name}-${scheme}.png`, fullPage: true });
      if (name === 'desktop' && scheme === 'light') {
        await page.emulateMedia({ media: 'print' });
        await page.screenshot({ path: `${SHOTS}/check-result-print.png`, fullPage: true });
        assert.equal(await page.locator('.check-actions').isVisible(), false, 'buttons are not printed');
        assert.equal(await page.locator('.site-header').isVisible(), false);
        await page.emulateMedia({ media: 'screen' });
      }
      await ctx.close();
    }
  }
  // The emergency result, on a phone.
  const ctx = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const { page } = await openAndStart(ctx);
  await completeByKeyboard(page, EMERGENCY, 'emergency screenshot');
  await page.screenshot({ path: `${SHOTS}/check-result-emergency-phone-light.png` });
  await ctx.close();
});
