// Takes the manifest's screenshots (the richer install dialog) from a built site in headless
// Chromium: a phone's start page at night, and relief mode on a wide screen. Run when the look
// changes, from the repository root, after a release build (output is committed):
//   cargo xtask dist --out dist && CHROMIUM=/path/to/chromium node static/make_screenshots.mjs dist
// The sizes must match "sizes" in static/manifest.webmanifest.
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../tests/browser/server.mjs';

const dist = process.argv[2] ?? 'dist';
const out = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, 'screenshots');
const SHOTS = [
  { file: 'phone.jpg', route: '', width: 360, height: 740, scheme: 'dark' },
  { file: 'wide.jpg', route: 'now/calf/', width: 1280, height: 800, scheme: 'dark' },
];

const site = await startServer({ dir: dist, subPath: '/' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || process.env.CHROME || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, colorScheme: shot.scheme });
    await page.goto(site.url + shot.route);
    await page.waitForSelector('html[data-hydrated="true"]');
    await page.screenshot({ path: join(out, shot.file), type: 'jpeg', quality: 70 });
    console.log(`wrote static/screenshots/${shot.file} (${shot.width}x${shot.height})`);
    await page.close();
  }
} finally {
  await browser.close();
  await site.close();
}
