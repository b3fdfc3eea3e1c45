// Shared set-up for the browser suites: Debian's Chromium driven by playwright-core, the built
// dist/ served under a sub-path by a Pages-like server, request recording, axe-core.
import { before, after } from 'node:test';
import { mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = process.env.NC_DIST ?? join(ROOT, 'dist');
export const SUB_PATH = process.env.NC_SUB_PATH ?? '/night-cramps/';
export const SHOTS = join(ROOT, 'target', 'screenshots');
// The browser to drive: `cargo xtask test` passes the one it found (CHROMIUM, CHROME, or the
// usual install paths); Debian's Chromium otherwise.
export const CHROMIUM = process.env.CHROMIUM || process.env.CHROME || '/usr/bin/chromium';

// The flags that keep Chromium from calling Google on this offline machine (see TOOLCHAIN.md).
export const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export async function launch() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}

export async function startSite(dir = DIST) {
  return startServer({ dir, subPath: SUB_PATH });
}

/** Every prerendered route, as a path relative to the site root ('' for home, 'guide/causes/' ...). */
export function routes(dir = DIST) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name === 'index.html') out.push(relative(dir, d).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.map((r) => (r ? r + '/' : '')).sort();
}

/** Records every request the page makes, and console errors and page errors. */
export function watch(page) {
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  return {
    requests,
    errors,
    offOrigin(origin) {
      return requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
    },
  };
}

/** Waits until the app has hydrated (the app sets data-hydrated on <html>). */
export async function hydrated(page) {
  await page.waitForSelector('html[data-hydrated="true"]', { timeout: 20000 });
}

const AXE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** Runs axe-core (WCAG 2.x A/AA and best practices) and returns its violations. */
export async function axe(page) {
  // Evaluated through the DevTools protocol, so the page's CSP (no inline scripts) does not block it.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
}

/**
 * The usual suite set-up: one browser and the built site under the sub-path for the whole file,
 * closed afterwards. `ready(browser, site)` receives them once started.
 */
export function useBrowserAndSite(ready) {
  let browser, site;
  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launch();
    site = await startSite();
    ready(browser, site);
  });
  after(async () => { await browser?.close(); await site?.close(); });
}
