// What the site weighs: every shipped file raw, gzip -9 and brotli, the service worker's
// precache, and the plain-HTML baseline (the same pages with every script removed).
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { gzipSync, brotliCompressSync, constants as Z } from 'node:zlib';

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

// `gzip -9 -n` itself (as the goals are stated); Node's zlib at level 9 comes out ~1% larger on
// the wasm. zlib only where there is no gzip binary.
function gzip9(file, bytes) {
  try { return execFileSync('gzip', ['-9', '-n', '-c', file], { maxBuffer: 1 << 28 }).length; } catch { return gzipSync(bytes, { level: 9 }).length; }
}

function sizes(file) {
  const bytes = readFileSync(file);
  return {
    raw: bytes.length,
    gzip: gzip9(file, bytes),
    br: brotliCompressSync(bytes, { params: { [Z.BROTLI_PARAM_QUALITY]: 11, [Z.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length,
  };
}

export const sum = (list, key) => list.reduce((t, f) => t + (f?.[key] ?? 0), 0);

/** Every file of `DIST` by gzip size (largest first), its bundles, and the precache's total. */
export function siteSizes(DIST) {
  // Dot-folders (e.g. Trunk's .stage while a build runs) are not shipped.
  const files = walk(DIST)
    .filter((p) => !relative(DIST, p).split(/[\\/]/).some((part) => part.startsWith('.')))
    .map((p) => ({ path: relative(DIST, p).split('\\').join('/'), ...sizes(p) }))
    .sort((a, b) => b.gzip - a.gzip || a.path.localeCompare(b.path));
  const byPath = new Map(files.map((f) => [f.path, f]));
  // Files are sorted by gzip size, so this is the largest of the bundles (crates/core/src/islands.rs).
  const wasms = files.filter((f) => f.path.endsWith('_bg.wasm'));
  const wasm = wasms[0];

  // What the service worker downloads in the background after the first load (its precache list).
  let precache = null;
  try {
    const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
    const list = JSON.parse(sw.match(/const PRECACHE = (\[[^\]]*\]);/)[1]);
    const paths = list.map((p) => (p === './' ? 'index.html' : p.endsWith('/') ? p + 'index.html' : p));
    const found = paths.map((p) => byPath.get(p)).filter(Boolean);
    precache = { files: found.length, raw: sum(found, 'raw'), gzip: sum(found, 'gzip'), br: sum(found, 'br') };
  } catch { /* no service worker, or another format: reported as unknown */ }
  return { files, byPath, wasms, wasm, precache };
}

/** A copy of `DIST` with every script and script preload removed from its pages, removed again
 * when the process ends. */
export function baselineCopy(DIST) {
  // The plain-HTML limit: the same prerendered pages and CSS, without any script or script preload.
  const BASE = mkdtempSync(join(tmpdir(), 'nc-bench-baseline-'));
  process.on('exit', () => rmSync(BASE, { recursive: true, force: true }));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
  cpSync(DIST, BASE, { recursive: true });
  for (const p of walk(BASE).filter((p) => p.endsWith('.html'))) {
    const html = readFileSync(p, 'utf8')
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/gi, '')
      .replace(/<link\b[^>]*\brel="?(?:modulepreload|preload)"?[^>]*>\s*/gi, '');
    writeFileSync(p, html);
  }
  return BASE;
}
