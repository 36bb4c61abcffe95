// Web unit tests: the wasm engine module, loaded in Node exactly as the page's worker
// loads it, prints CPython's numbers and reports matches and divergences.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import createSeedlab from '../src/wasm/seedlab-engine.mjs';
import { splitHooks } from '../src/engine/split';
import type { RunResult } from '../src/engine/types';
import { segments } from '../src/panes/segments';

const wasmBinary = readFileSync(new URL('../src/wasm/seedlab-engine.wasm', import.meta.url));
let deferredLoads = 0;
const deferred = () => {
  deferredLoads++;
  return readFileSync(new URL('../src/wasm/seedlab-engine.deferred.wasm', import.meta.url));
};
const engine = (await createSeedlab({ wasmBinary, ...splitHooks(deferred) })) as { run(source: string, options: string): string };
const run = (source: string, options: object): RunResult => JSON.parse(engine.run(source, JSON.stringify(options)));

describe('wasm engine in Node', () => {
  it('NumPy runs from the engine\'s deferred part, loaded once on first use', () => {
    const r = run('import numpy as np\nnp.random.seed(0)\nprint(np.random.rand(3))\n', { runs: 2, entropy: ['1', '2'] });
    expect(r.runs[1].stdout).toBe('[0.5488135  0.71518937 0.60276338]\n');
    run('import numpy as np\nprint(np.random.default_rng(1).random())\n', { runs: 1, entropy: ['1'] });
    expect(deferredLoads).toBe(1);
  });

  it('random.seed(0) then random() prints CPython 3.11 values', () => {
    const r = run('import random\nrandom.seed(0)\nprint(random.random())\nprint(random.random())\n', { runs: 1, entropy: ['1'] });
    expect(r.runs[0].stdout).toBe('0.8444218515250481\n0.7579544029403025\n');
    expect(r.runs[0].events[0].numbers[0].provenance?.generator).toBe('MT19937');
  });

  it('an unseeded random() diverges between runs with different entropy', () => {
    const r = run('import random\nprint(random.random())\n', { runs: 2, entropy: ['1', '2'] });
    expect(r.comparison.divergedNumbers).toBe(1);
    expect(r.runs[0].events[0].numbers[0].same).toBe(false);
    expect(r.comparison.summary).toBe('1 of 1 diverges; first at line 2');
  });

  it('a seeded random() matches across three runs', () => {
    const r = run('import random\nrandom.seed(1)\nprint(random.random(), random.random())\n', { runs: 3, entropy: ['5', '6', '7'] });
    expect(r.comparison.summary).toBe('all 2 numbers match across 3 runs');
  });

  it('pinned entropy reproduces an unseeded run exactly', () => {
    const a = run('import random\nprint(random.random())\n', { runs: 1, entropy: ['42'] });
    const b = run('import random\nprint(random.random())\n', { runs: 1, entropy: ['42'] });
    expect(a.runs[0].stdout).toBe(b.runs[0].stdout);
  });

  it('a syntax error is reported with its line and the page keeps working', () => {
    const r = run('print(1\n', { runs: 1, entropy: ['1'] });
    expect(r.runs[0].error?.kind).toBe('syntax');
    expect(r.runs[0].error?.line).toBe(1);
    const ok = run('print(2)\n', { runs: 1, entropy: ['1'] });
    expect(ok.runs[0].stdout).toBe('2\n');
  });

  it('rejects malformed options with a message instead of crashing', () => {
    const raw = JSON.parse(engine.run('print(1)', '{"runs": 99}'));
    expect(raw.optionsError).toMatch(/runs must be/);
  });
});

describe('segments', () => {
  it('splits text at UTF-8 byte offsets of numbers', () => {
    const text = 'é=0.5 ok';
    const segs = segments(text, [{ start: 3, length: 3, text: '0.5', dtype: 'float', same: true }]);
    expect(segs.map((s) => s.text)).toEqual(['é=', '0.5', ' ok']);
  });
});

import { findLints } from '../src/panes/lints';

describe('lints', () => {
  it('flags PYTHONHASHSEED set inside the script', () => {
    const l = findLints('import os\nos.environ["PYTHONHASHSEED"] = "0"\n');
    expect(l).toHaveLength(1);
    expect(l[0].line).toBe(2);
    expect(l[0].message).toMatch(/no effect on this process/);
  });
  it('flags a seed set after the draw it should control', () => {
    const l = findLints('import random\nx = random.random()\nrandom.seed(0)\n');
    expect(l.map((x) => x.line)).toEqual([3]);
  });
  it('flags enable_op_determinism referenced without a call', () => {
    expect(findLints('tf.config.experimental.enable_op_determinism\n')).toHaveLength(1);
    expect(findLints('tf.config.experimental.enable_op_determinism()\n')).toHaveLength(0);
  });
  it('flags np.random.seed next to default_rng', () => {
    const l = findLints('import numpy as np\nnp.random.seed(0)\ng = np.random.default_rng()\n');
    expect(l[0].message).toMatch(/default_rng/);
  });
  it('stays quiet for the classic correct recipe', () => {
    expect(findLints('import random\nrandom.seed(0)\nprint(random.random())\n')).toEqual([]);
  });
});
