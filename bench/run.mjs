// `npm run bench`: throughput of the engine (native CLI and wasm CLI under Node)
// against its peer measured in the same run (CPython / Debian's NumPy; for TensorFlow, which cannot be installed here, the native engine), printed as
// ratios. Each case runs with n and with 0 iterations, and the difference is timed,
// so process start-up and imports cancel out. Not a test: it never fails on speed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'seedlab-bench-'));
const runners = {
  cpython: (f) => ['/usr/bin/python3', [f]],
  native: (f) => [join(root, 'build-native/seedlab'), ['run', f]],
  wasm: (f) => ['node', ['--no-experimental-fetch', join(root, 'build-wasm/seedlab.cjs'), 'run', f]],
};

const cases = [
  { name: 'random.random() x n', n: 1_000_000, unit: 'calls',
    code: (n) => `import random\nrandom.seed(1)\nr = random.random\nfor _ in range(${n}):\n    r()\nprint("done")\n` },
  { name: 'np.random.rand(n)', n: 10_000_000, unit: 'floats',
    code: (n) => `import numpy as np\nnp.random.seed(1)\nx = np.random.rand(${n})\nprint(x.shape)\n` },
  // The same five times in one process: after the first call the engine reuses its
  // memory (wasm's linear memory is already grown and touched), NumPy maps fresh pages.
  { name: 'np.random.rand(n) x5', n: 50_000_000, unit: 'floats',
    code: (n) => `import numpy as np\nnp.random.seed(1)\nfor _ in range(5):\n    x = np.random.rand(${n / 5})\nprint(x.shape)\n` },
  { name: 'default_rng().random(n)', n: 10_000_000, unit: 'floats',
    code: (n) => `import numpy as np\ng = np.random.default_rng(1)\nx = g.random(${n})\nprint(x.shape)\n` },
  // TensorFlow is not installed here: its rows compare wasm with native (the first runner
  // that succeeds is the peer). The Philox blocks run eight counters side by side.
  { name: 'tf.random.uniform([n])', n: 10_000_000, unit: 'floats', tf: true,
    code: (n) => `import tensorflow as tf\ntf.random.set_seed(1)\nx = tf.random.uniform([${Math.max(n, 1)}])\nprint(x.shape)\n` },
  { name: 'tf.random.normal([n])', n: 10_000_000, unit: 'floats', tf: true,
    code: (n) => `import tensorflow as tf\ntf.random.set_seed(1)\nx = tf.random.normal([${Math.max(n, 1)}])\nprint(x.shape)\n` },
  { name: 'default_rng().standard_normal(n)', n: 10_000_000, unit: 'floats',
    code: (n) => `import numpy as np\ng = np.random.default_rng(1)\nx = g.standard_normal(${n})\nprint(x.shape)\n` },
];

function seconds(runner, file) {
  const [cmd, args] = runner(file);
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
  const t = Number(process.hrtime.bigint() - t0) / 1e9;
  return { t, ok: r.status === 0, err: (r.stderr || '').trim().split('\n').at(-1) };
}

function best(runner, file, reps = 3) {
  let min = Infinity;
  for (let i = 0; i < reps; i++) {
    const r = seconds(runner, file);
    if (!r.ok) return r;
    min = Math.min(min, r.t);
  }
  return { t: min, ok: true };
}

console.log(`Seedlab bench (${new Date().toISOString()}), best of 3, start-up subtracted`);
console.log('case'.padEnd(34) + 'runner'.padEnd(9) + 'throughput'.padStart(16) + '   vs peer');
for (const c of cases) {
  const full = join(dir, `${c.name.replace(/\W+/g, '_')}_n.py`);
  const empty = join(dir, `${c.name.replace(/\W+/g, '_')}_0.py`);
  writeFileSync(full, c.code(c.n));
  writeFileSync(empty, c.code(0));
  let peer = null;
  for (const [name, runner] of Object.entries(runners)) {
    if (c.tf && name === 'cpython') continue;
    const a = best(runner, full);
    const b = best(runner, empty);
    if (!a.ok || !b.ok) {
      console.log(c.name.padEnd(34) + name.padEnd(9) + 'unsupported'.padStart(16) + `   (${(a.err || b.err || '').slice(0, 70)})`);
      continue;
    }
    const rate = c.n / Math.max(a.t - b.t, 1e-6);
    if (peer === null) peer = rate;
    const ratio = peer ? (rate / peer).toFixed(2) + 'x' : '';
    console.log(c.name.padEnd(34) + name.padEnd(9) + `${(rate / 1e6).toFixed(2)} M ${c.unit}/s`.padStart(16) + '   ' + ratio);
  }
}
