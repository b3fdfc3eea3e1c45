// Gives each page's main thread a CPU of its own while the bench runs, as it has on a phone.
//
// CPU throttling (Emulation.setCPUThrottlingRate) slows a page's main thread by letting it run
// only a share of the time. On a machine with few cores that thread also shares its core with
// the browser, its compositor, V8's background compilers, the bench itself and its server; each
// time the system takes the core away during the thread's share, the throttling multiplies the
// loss. A phone has four to eight cores, and its main thread rarely waits for one. So this keeps
// the last CPU the bench may use for the renderers' main threads (and the thread that throttles
// them) and moves every other thread of the run (the bench's Node process and the Chromium it
// starts, with all their descendants) to the other CPUs. Other programs on the machine are
// left alone.
//
// Run by bench.mjs as a child process: `fork(own_core.mjs, [rootPid])`. It polls /proc every few
// milliseconds (a new renderer is moved long before its page's code arrives) and answers a
// 'report' message with what it did. Linux only; on anything else, with one CPU, or without
// `taskset` (util-linux) it moves nothing and its report says why.
import { readFileSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const root = Number(process.argv[2]);
const POLL_MS = 5;

/** CPU list syntax ("0-3,6") to numbers. */
function parseList(list) {
  return list.trim().split(',').filter(Boolean).flatMap((part) => {
    const [a, b] = part.split('-').map(Number);
    return b === undefined ? [a] : Array.from({ length: b - a + 1 }, (_, i) => a + i);
  });
}

const read = (path) => { try { return readFileSync(path, 'utf8'); } catch { return null; } };
const allowed = (tid) => read(`/proc/${tid}/status`)?.match(/^Cpus_allowed_list:\s*(.*)$/m)?.[1].trim() ?? null;

function unavailable(why) {
  process.send?.({ on: false, why });
  process.on('message', () => process.send?.({ on: false, why }));
  process.on('disconnect', () => process.exit(0));
}

const cpus = process.platform === 'linux' ? parseList(allowed('self') ?? '') : [];
let tasksetWorks = false;
try { execFileSync('taskset', ['-p', String(process.pid)], { stdio: 'ignore' }); tasksetWorks = true; } catch { /* reported below */ }

if (process.platform !== 'linux') unavailable('not Linux');
else if (cpus.length < 2) unavailable(`only ${cpus.length} CPU available`);
else if (!tasksetWorks) unavailable('no taskset (util-linux)');
else run();

function run() {
  // Written as the kernel writes them in /proc, so a thread's list compares as text.
  const own = String(cpus.at(-1));
  const rest = allowedFormat(cpus.slice(0, -1));
  const stats = { on: true, ownCpu: Number(own), otherCpus: rest, renderersGiven: 0, threadsMoved: 0, failures: 0 };
  // What is known, so that each poll reads only what is new: a process's parent and kind, and
  // where each of its threads was put (a thread's CPUs do not change unless this helper changes
  // them). A process's records go as soon as it is gone, so a reused pid starts afresh; the
  // threads are looked at again every second in case a thread id was reused inside a process.
  const parent = new Map();
  const kind = new Map();
  const placed = new Map(); // pid → Map(tid → CPU list)
  const failed = new Map(); // tid → failed moves; a thread is given up after three

  const parentOf = (pid) => Number(read(`/proc/${pid}/stat`)?.split(') ').at(-1).split(' ')[1] ?? -1);
  const set = (tid, list, all = false) => {
    try { execFileSync('taskset', [...(all ? ['-a'] : []), '-p', '-c', list, String(tid)], { stdio: 'ignore' }); return true; } catch { return false; }
  };
  const place = (pid, tid, mainOrThrottler) => {
    const want = mainOrThrottler ? own : rest;
    if (!placed.has(pid)) placed.set(pid, new Map());
    const threads = placed.get(pid);
    if (threads.get(tid) === want || (failed.get(tid) ?? 0) >= 3) return;
    const now = allowed(`${pid}/task/${tid}`);
    if (now === null) return;
    if (now !== want) {
      if (!set(tid, want)) {
        stats.failures++;
        failed.set(tid, (failed.get(tid) ?? 0) + 1);
        return;
      }
      if (tid === pid && mainOrThrottler) stats.renderersGiven++;
      else stats.threadsMoved++;
    }
    threads.set(tid, want);
  };

  let polls = 0;
  function poll() {
    let pids;
    try { pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p)).map(Number); } catch { return; }
    const live = new Set(pids);
    for (const map of [parent, kind, placed]) for (const pid of map.keys()) if (!live.has(pid)) map.delete(pid);
    if (++polls % 200 === 0) {
      placed.clear();
      failed.clear();
    }
    for (const pid of pids) if (!parent.has(pid)) parent.set(pid, parentOf(pid));
    // The run's processes: the bench (root) and everything it started, however deep.
    const ours = new Set([root]);
    for (let grew = true; grew;) {
      grew = false;
      for (const pid of pids) if (!ours.has(pid) && ours.has(parent.get(pid))) { ours.add(pid); grew = true; }
    }
    for (const pid of ours) {
      // Not this helper, nor the tasksets it starts.
      if (pid === process.pid || parent.get(pid) === process.pid) continue;
      // A renderer forked from Chromium's zygote starts with the zygote's command line and
      // renames itself after the fork: read again until it says what it is.
      let k = kind.get(pid);
      if (k === undefined || k === 'zygote') {
        const cmd = read(`/proc/${pid}/cmdline`) ?? '';
        k = cmd.includes('--type=renderer') ? 'renderer' : cmd.includes('--type=zygote') ? 'zygote' : 'other';
        // An empty command line (just forked, or exiting) says nothing yet: look again next time.
        if (cmd) kind.set(pid, k);
      }
      let tids;
      try { tids = readdirSync(`/proc/${pid}/task`).map(Number); } catch { continue; }
      for (const tid of tids) {
        // A renderer's main thread keeps the process's name; the throttler names itself
        // "CPUThrottlingThread" once it runs, so a renderer's threads are looked at each time.
        const mainOrThrottler = k === 'renderer' && (tid === pid || (read(`/proc/${pid}/task/${tid}/comm`) ?? '').startsWith('CPUThrottling'));
        place(pid, tid, mainOrThrottler);
      }
    }
  }

  // This helper's own threads too; if even that is refused, nothing can be moved.
  if (!set(process.pid, rest, true)) {
    unavailable('not allowed to set CPU affinity');
    return;
  }
  const timer = setInterval(poll, POLL_MS);
  // With the CPU time this helper itself took (on the other CPUs), for the report.
  const report = () => { const { user, system } = process.cpuUsage(); return { ...stats, helperCpuSeconds: Math.round((user + system) / 1e4) / 100 }; };
  process.on('message', (m) => { if (m === 'report') process.send?.(report()); });
  process.on('disconnect', () => { clearInterval(timer); process.exit(0); });
  poll();
  process.send?.({ ...report(), ready: true });
}

/** How the kernel writes a CPU list in /proc (ranges collapsed), to compare with `allowed`. */
function allowedFormat(list) {
  const parts = [];
  for (let i = 0; i < list.length;) {
    let j = i;
    while (j + 1 < list.length && list[j + 1] === list[j] + 1) j++;
    parts.push(j > i ? `${list[i]}-${list[j]}` : `${list[i]}`);
    i = j + 1;
  }
  return parts.join(',');
}
