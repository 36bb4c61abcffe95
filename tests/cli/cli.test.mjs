// CLI tests: `seedlab run` (native and wasm-under-Node builds) prints exactly what
// real CPython (/usr/bin/python3) prints for the same script, and uses the contract's
// exit codes. The oracle runs live in the test, so nothing here is hard-coded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'seedlab-cli-'));
const native = [join(root, 'build-native/seedlab')];
const wasm = ['node', '--no-experimental-fetch', join(root, 'build-wasm/seedlab.cjs')];

function script(name, text) {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
function runCmd(cmd, args, env = {}) {
  const r = spawnSync(cmd[0], [...cmd.slice(1), ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}
function cpython(path, env = {}) {
  return runCmd(['/usr/bin/python3'], [path], env);
}

const snippets = {
  'seeded_random.py': 'import random\nrandom.seed(0)\nprint(random.random())\nprint(random.random())\n',
  'big_seed.py': 'import random\nrandom.seed(2**40 + 17)\nprint(random.random())\nrandom.seed(-5)\nprint(random.random())\n',
  'instances.py': 'import random\nr = random.Random(42)\nrandom.seed(42)\nprint(r.random() == random.random(), r.random())\n',
  'formatting.py': 'x = 1/3\nprint(f"{x:.13f} {x!r} {2**70} {-7 // 2} {7 % -3}", "%5.2f|%d" % (x, 42))\n',
};

for (const [name, text] of Object.entries(snippets)) {
  const path = script(name, text);
  const expected = cpython(path);
  test(`native seedlab run ${name} prints what CPython prints`, () => {
    const got = runCmd(native, ['run', path]);
    assert.equal(got.stdout, expected.stdout);
    assert.equal(got.status, 0);
  });
  test(`wasm seedlab run ${name} prints what CPython prints`, () => {
    const got = runCmd(wasm, ['run', path]);
    assert.equal(got.stdout, expected.stdout);
  });
}

test('set order under PYTHONHASHSEED=0 matches CPython', () => {
  const path = script('sets.py', 'print({"apple", "banana", "cherry"}, hash("abc"))\n');
  for (const seed of ['0', '1', '42']) {
    const expected = cpython(path, { PYTHONHASHSEED: seed });
    assert.equal(runCmd(native, ['run', '--env', `PYTHONHASHSEED=${seed}`, path]).stdout, expected.stdout);
  }
});

test('a runtime error prints a CPython traceback ending and exits 1', () => {
  const path = script('name_error.py', 'print(1)\nprint(x)\n');
  const expected = cpython(path);
  const got = runCmd(native, ['run', path]);
  assert.equal(got.status, 1);
  assert.equal(got.stdout, expected.stdout);
  assert.equal(got.stderr.trim().split('\n').at(-1), expected.stderr.trim().split('\n').at(-1));
  assert.match(got.stderr, /^Traceback \(most recent call last\):\n  File ".*name_error.py", line 2, in <module>\n/);
});

test('an unsupported module names the line and exits 2', () => {
  const path = script('unsupported.py', 'import random\nimport pandas\n');
  const got = runCmd(native, ['run', path]);
  assert.equal(got.status, 2);
  assert.equal(got.stderr, "line 2: module 'pandas' is not supported in the playground\n");
});

test('several runs print each run and a comparison summary', () => {
  const path = script('unseeded.py', 'import random\nprint(random.random())\n');
  const got = runCmd(native, ['run', '--runs', '2', '--entropy', '1,2', path]);
  assert.match(got.stdout, /=== run 1 \(entropy 1\) ===/);
  assert.match(got.stdout, /=== comparison ===\n1 of 1 diverges; first at line 2\n/);
});
