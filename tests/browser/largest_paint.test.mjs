// Every route's largest paint is part of the prerendered page: hydrating its islands and reading
// the diary fill in around it and never draw a larger element, so the page's largest paint
// comes as early as it does without scripts (BENCHMARKS.md measures how early). The page's title
// and lead are the prerendered elements themselves, kept, not drawn again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { routes, hydrated } from './helpers.mjs';
import { env, keptFor } from './diary_support.mjs';

// Before any page script: every element the HTML itself brought (marked once it is parsed,
// before the loader starts the bundle) and every largest-paint candidate the browser reports.
const RECORD = `(() => {
  const prerendered = window.__prerendered = new WeakSet();
  document.addEventListener('DOMContentLoaded', () => {
    for (const el of document.querySelectorAll('*')) prerendered.add(el);
  });
  // Each candidate is judged when it is reported: an element can be replaced later by an equal
  // one, which the browser does not report again.
  window.__largest = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const el = e.element;
      window.__largest.push({
        what: el ? '<' + el.tagName.toLowerCase() + ' class="' + el.className + '"> "' + el.textContent.trim().slice(0, 60) + '"' : 'an element already gone',
        prerendered: !!el && prerendered.has(el),
      });
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
})();`;

/** Resolves after `n` more frames have been drawn, so the paints of the last change are reported. */
const frames = (page, n) => page.evaluate((count) => new Promise((resolve) => {
  const next = () => (--count <= 0 ? resolve() : requestAnimationFrame(next));
  requestAnimationFrame(next);
}), n);

test('on every route, at phone size and with two months in the diary, the largest paint was prerendered', async () => {
  for (const route of routes()) {
    const ctx = await env.browser.newContext({ viewport: { width: 412, height: 823 } });
    await ctx.addInitScript(RECORD);
    if (route.startsWith('diary/')) await ctx.addInitScript(keptFor(60));
    const page = await ctx.newPage();
    await page.goto(env.site.url + route);
    await hydrated(page);
    // A diary page is live once the diary is on screen; the parts that follow a task or two
    // later say aria-busy until they are drawn.
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"], .diary-opening'));
    await frames(page, 5);
    const largest = await page.evaluate(() => window.__largest);
    assert.ok(largest.length > 0, `/${route}: a largest paint was reported`);
    const later = largest.filter((candidate) => !candidate.prerendered).map((candidate) => candidate.what);
    assert.deepEqual(later, [], `/${route}: a larger element was drawn after the page loaded`);
    // Hydrating and opening the diary keep the page's title and lead as they were prerendered.
    const kept = await page.evaluate(() => [...document.querySelectorAll('main h1, main .lead')]
      .map((el) => [el.tagName.toLowerCase(), window.__prerendered.has(el)]));
    assert.ok(kept.length > 0 && kept.every(([, was]) => was), `/${route}: title and lead kept: ${JSON.stringify(kept)}`);
    await ctx.close();
  }
});

// A bundle's download that ends before the first paint is shown competes with it, and
// Lighthouse's simulation charges it to the largest paint: the loader waits for the paint.
test('each bundle is requested only after the page has painted', async () => {
  for (const route of ['', 'check/', 'now/calf/', 'privacy/', 'diary/']) {
    const ctx = await env.browser.newContext({ viewport: { width: 412, height: 823 } });
    const page = await ctx.newPage();
    await page.goto(env.site.url + route);
    await hydrated(page);
    const { painted, requested } = await page.evaluate(() => ({
      painted: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      requested: performance.getEntriesByType('resource')
        .filter((e) => /\/nc-[a-z]+-[0-9a-f]+(_bg\.wasm|\.js)$/.test(e.name))
        .map((e) => [e.name.split('/').pop(), e.startTime]),
    }));
    assert.ok(painted > 0, `/${route}: the first contentful paint was reported`);
    assert.equal(requested.length, 2, `/${route}: the bundle's JS and wasm were requested: ${JSON.stringify(requested)}`);
    for (const [file, at] of requested) {
      assert.ok(at >= painted, `/${route}: ${file} was requested at ${at.toFixed(1)} ms, before the first paint at ${painted.toFixed(1)} ms`);
    }
    await ctx.close();
  }
});
