// Splits the page's engine into the part a first visit needs and a deferred part the
// worker loads on first use (Binaryen's wasm-split, Emscripten's SPLIT_MODULE). Run by
// the CMake wasm build after linking seedlab-engine.mjs, which then comes with two
// modules: seedlab-engine.wasm.orig (the engine) and seedlab-engine.wasm (the same,
// instrumented to record which functions ran).
//   node scripts/split_engine.mjs <build dir> <out dir>
// 1. Loads the instrumented module in Node and runs the first-visit workload: the
//    gallery's examples (the first is the page's default snippet, main.ts) that import no NumPy, scikit-learn, TensorFlow or Keras, the
//    golden scripts of Python's random, os and hash seeding, and the error paths (syntax
//    error, traceback, unsupported feature, step limit), with options as the page sends.
// 2. wasm-split keeps the functions that ran in <out>/seedlab-engine.wasm and moves the
//    rest to <out>/seedlab-engine.deferred.wasm; a call into the deferred part loads it
//    (web/src/engine/split.ts), after which every function is there.
// What it is not: no optimisation of the code itself, and not needed for correctness:
// any function can end up in either part.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const [buildDir, outDir] = process.argv.slice(2).map((p) => resolve(p));
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// The examples' sources, read from the gallery (single- or double-quoted JS strings).
function examples() {
  const text = readFileSync(join(root, 'web/src/examples/index.ts'), 'utf8');
  const out = [];
  for (const m of text.matchAll(/source: (['"])((?:\\.|(?!\1).)*)\1/g)) {
    const body = m[1] === "'" ? m[2].replace(/\\'/g, "'").replace(/"/g, '\\"') : m[2];
    out.push(JSON.parse(`"${body}"`));
  }
  if (out.length < 12) throw new Error(`split_engine: read ${out.length} examples from the gallery, expected at least 12`);
  return out;
}

// The golden scripts of Python's random, os and hash seeding (tests/golden): what a
// seeding tutorial without NumPy or TensorFlow calls. The whole language test suite
// (tests/lang) would add about 60 KB gzip to the first part; its rarer builtins load the
// deferred part instead.
function pythonTests() {
  const out = [];
  for (const dir of ['tests/golden/pyrandom', 'tests/golden/pyos', 'tests/golden/footguns']) {
    for (const name of readdirSync(join(root, dir), { recursive: true })) {
      if (name.endsWith('.py')) out.push(readFileSync(join(root, dir, name), 'utf8'));
    }
  }
  return out;
}

const libraries = /^\s*(import|from)\s+(numpy|sklearn|tensorflow|keras|torch)\b/m;
const workload = [
  ...examples().filter((s) => !libraries.test(s)),
  ...pythonTests().filter((s) => !libraries.test(s)),
  'print(1\n',
  'def f(x):\n    return 1 / x\nprint(f(0))\n',
  'import random\nprint(random.choice([]))\n',
  'x = [i * i for i in range(10)]\nprint(x, sum(x), {"a": 1}, (1, 2.5), "%d %s" % (3, "s"), f"{2.5:.3f}")\n',
  'import pickle\n',
  'while True:\n    pass\n',
];

const modulePath = join(buildDir, 'seedlab-engine.mjs');
// The module is built for the web; given its bytes, it runs in Node as the unit tests run it.
const create = (await import(modulePath)).default;
const engine = await create({ wasmBinary: readFileSync(join(buildDir, 'seedlab-engine.wasm')) });
// Options as the page sends them: 64-bit entropies, the TF version, environment variables.
const options = [
  { runs: 2, tfVersion: '2.16', entropy: ['12618007342591428349', '4184950310337893207'], env: {} },
  { runs: 3, tfVersion: '2.16', entropy: ['1', '2', '3'], env: { PYTHONHASHSEED: '0' } },
];
for (const source of workload) {
  for (const o of options) {
    const result = JSON.parse(engine.run(source, JSON.stringify(o)));
    if (!result.runs) throw new Error(`split_engine: the workload failed: ${JSON.stringify(result).slice(0, 200)}`);
  }
}
const exports = engine.asm;
const size = exports.__write_profile(0, 0);
const buffer = engine._malloc(size);
exports.__write_profile(buffer, size);
const profile = join(buildDir, 'seedlab-engine.profile');
writeFileSync(profile, engine.HEAPU8.slice(buffer, buffer + size));

mkdirSync(outDir, { recursive: true });
execFileSync('wasm-split', ['--split', '-all', `--profile=${profile}`, '--export-prefix=%', '--placeholder-namespace=placeholder',
  '--import-namespace=primary', '-o1', join(outDir, 'seedlab-engine.wasm'), '-o2', join(outDir, 'seedlab-engine.deferred.wasm'),
  join(buildDir, 'seedlab-engine.wasm.orig')], { stdio: 'inherit' });
copyFileSync(modulePath, join(outDir, 'seedlab-engine.mjs'));
const kb = (f) => (readFileSync(join(outDir, f)).length / 1024).toFixed(0);
console.log(`split_engine: ${workload.length} scripts; first part ${kb('seedlab-engine.wasm')} KB, deferred ${kb('seedlab-engine.deferred.wasm')} KB`);
