// Medians, spreads and resampled intervals of the samples, and how the report prints them.

export const median = (v) => { const s = [...v].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
export function stats(values) {
  const v = values.filter((x) => x !== null && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  return { median: median(v), min: v[0], max: v[v.length - 1], samples: v.map((x) => Math.round(x * 10) / 10) };
}

/** A 95 % interval for `statistic` of the sample sets (each resampled with replacement, 2,000
 * times; a fixed seed, so the same samples always give the same interval): how far a route's
 * figure could move with this machine's noise. */
export function interval(sets, statistic) {
  let seed = 0x9e3779b9;
  const next = () => { seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5; return (seed >>> 0) / 2 ** 32; };
  const values = [];
  for (let i = 0; i < 2000; i++) values.push(statistic(...sets.map((set) => set.map(() => set[Math.floor(next() * set.length)]))));
  values.sort((a, b) => a - b);
  return [values[Math.floor(values.length * 0.025)], values[Math.ceil(values.length * 0.975) - 1]];
}
export const METRICS = ['fcp', 'lcp', 'hydrated', 'tbt', 'longest', 'hydrationTask', 'windowTask'];
export const kb = (n) => (n / 1000).toFixed(1);
export const ms = (n) => (n === null || n === undefined ? '—' : Math.round(n).toString());
export const spread = (s) => (s ? `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})` : '—');
export const ratio = (a, b) => (a && b && b.median > 0 ? a.median / b.median : null);
export const fmtRatio = (r) => (r === null ? '—' : r.toFixed(2));
export const pad = (s, n) => String(s).padEnd(n);
export const lpad = (s, n) => String(s).padStart(n);
export const routeName = (r) => '/' + r;
