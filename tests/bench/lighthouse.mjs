// Lighthouse's largest contentful paint for each route against the same page with its scripts
// removed (the bench's plain-HTML baseline), mobile profile with simulated throttling, the two
// loaded in turn. A measurement is the median of `--each` Lighthouse runs of each variant (a
// single run's estimate steps by a simulated round trip when a browser-initiated request, such
// as the manifest's icon, happens to end before the paint); it is taken `--runs` times. Prints
// each route's medians, every measurement's app ÷ baseline ratio and the worst one, and writes
// target/lighthouse.json. Reports only, like the bench.
//
// Lighthouse is not a dependency of the app or its tests: it is fetched once, at a pinned version,
// by npx (from the npm registry) when this runs.
//
// Usage (normally `cargo xtask bench --lighthouse`, after the bench):
//   node tests/bench/lighthouse.mjs --dist dist-bench [--runs 3] [--each 3] [--routes /,check/,now/calf/]
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { routes as listRoutes, ROOT } from '../browser/helpers.mjs';
import { startServer } from '../browser/server.mjs';
import { baselineCopy } from './sizes.mjs';
import { median, pad, lpad, routeName } from './stats.mjs';

const LIGHTHOUSE = 'lighthouse@12.8.2';
const GOAL = 1.1;

const argv = process.argv.slice(2);
const opt = (name, dflt) => { const i = argv.indexOf(name); return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : dflt; };
const DIST = resolve(ROOT, opt('--dist', 'dist-bench'));
const RUNS = Math.max(1, Number(opt('--runs', '3')) || 3);
const EACH = Math.max(1, Number(opt('--each', '3')) || 3);
const SUB_PATH = opt('--sub-path', '/night-cramps/');
const ONLY = opt('--routes', null)?.split(',').map((r) => (r === '/' ? '' : r));
const JSON_OUT = resolve(ROOT, opt('--json', join('target', 'lighthouse.json')));
const CHROME = process.env.CHROMIUM || process.env.CHROME || '/usr/bin/chromium';

/** One Lighthouse run of `url`: its LCP and FCP (ms) and performance score (0–100). */
async function lighthouse(url) {
  const { stdout } = await promisify(execFile)('npx', ['--yes', LIGHTHOUSE, url, '--quiet', '--only-categories=performance',
    '--form-factor=mobile', '--throttling-method=simulate', '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    '--output=json', '--output-path=stdout'], { env: { ...process.env, CHROME_PATH: CHROME }, maxBuffer: 256 * 1024 * 1024 });
  const report = JSON.parse(stdout);
  const audit = (id) => report.audits[id]?.numericValue ?? null;
  return { lcp: audit('largest-contentful-paint'), fcp: audit('first-contentful-paint'), score: Math.round(100 * (report.categories.performance.score ?? 0)) };
}

const routes = listRoutes(DIST).filter((r) => !ONLY || ONLY.includes(r));
// Gzipped as GitHub Pages serves them: raw, a page over 14.6 KB takes one more simulated round
// trip than the same page without its scripts (TCP's first window), which a visitor never pays.
const app = await startServer({ dir: DIST, subPath: SUB_PATH, gzip: true });
const base = await startServer({ dir: baselineCopy(DIST), subPath: SUB_PATH, gzip: true });
const results = [];
try {
  for (const route of routes) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const run = { app: [], base: [] };
      for (let k = 0; k < EACH; k++) {
        // In turn, and each variant first every other time, so a busy moment hits both alike.
        const order = (i * EACH + k) % 2 === 0 ? ['app', 'base'] : ['base', 'app'];
        for (const kind of order) run[kind].push(await lighthouse((kind === 'app' ? app : base).url + route));
      }
      run.ratio = median(run.app.map((r) => r.lcp)) / median(run.base.map((r) => r.lcp));
      runs.push(run);
      console.error(`lighthouse: ${routeName(route)} measurement ${i + 1}: LCP ${run.app.map((r) => Math.round(r.lcp)).join(' ')} / ${run.base.map((r) => Math.round(r.lcp)).join(' ')} ms`);
    }
    results.push({ route, runs });
  }
} finally {
  app.close();
  base.close();
}

const ms = (values) => `${Math.round(median(values))} (${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))})`;
console.log(`\nLIGHTHOUSE (${LIGHTHOUSE}, mobile, simulated throttling): LCP ms, median (min–max) of all ${RUNS * EACH} runs; × = app ÷ the same page without scripts, each measurement the median of ${EACH} runs of each, loaded in turn`);
console.log(`${pad('route', 22)} ${pad('LCP app', 20)} ${pad('LCP base', 20)} ${pad('× each measurement', 22)} ${lpad('worst ×', 8)}  score app`);
let over = 0;
for (const { route, runs } of results) {
  const ratios = runs.map((r) => r.ratio);
  const worst = Math.max(...ratios);
  if (worst > GOAL) over++;
  console.log(`${pad(routeName(route), 22)} ${pad(ms(runs.flatMap((r) => r.app.map((x) => x.lcp))), 20)} ${pad(ms(runs.flatMap((r) => r.base.map((x) => x.lcp))), 20)} ${pad(ratios.map((r) => r.toFixed(2)).join(' '), 22)} ${lpad(worst.toFixed(2), 8)}  ${ms(runs.flatMap((r) => r.app.map((x) => x.score)))}`);
}
console.log(`${over ? 'MISSED' : 'met   '} LCP within ${GOAL}× of the page without scripts in every measurement: ${results.length - over} of ${results.length} routes`);
mkdirSync(resolve(JSON_OUT, '..'), { recursive: true });
writeFileSync(JSON_OUT, JSON.stringify({ lighthouse: LIGHTHOUSE, runs: RUNS, each: EACH, results }, null, 2));
