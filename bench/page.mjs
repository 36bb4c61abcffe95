// `npm run bench` (second part): the page's budgets, measured in Debian's Chromium against
// `vite preview` of the built page. Prints, never fails on a number:
//  * first load to first result: navigation start to the run panes showing the default
//    snippet's output (targets < 1 s on localhost);
//  * transferred size: every asset the page loads until that first result, gzip-compressed
//    (target < 600 KB), and beside it the engine's deferred part (fetched on the first call
//    into it, e.g. by NumPy or TensorFlow) and the whole build the service worker keeps;
//  * rerun of the Keras tutorial example (target < 50 ms), median of 5 after a warm-up, as
//    the page measures it (performance.measure from the Run click to the rendered result).
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const root = new URL('../', import.meta.url).pathname;
const port = 5000 + Math.floor(Math.random() * 1000);
const url = `http://127.0.0.1:${port}/`;
const server = spawn(join(root, 'node_modules/.bin/vite'), ['preview', '--config', 'web/vite.config.ts', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
                     { cwd: root, stdio: 'ignore' });
try {
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(url)).ok) break; } catch { /* starting */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'seedlab-bench-')), {
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync'],
  });
  const page = await context.newPage();
  const assets = new Set();
  page.on('response', (r) => { if (r.url().startsWith(url)) assets.add(new URL(r.url()).pathname); });
  const t0 = Date.now();
  await page.goto(url);
  await page.click('#run');
  await page.waitForSelector('.run-pane .num');
  const firstResult = Date.now() - t0;
  const firstLoad = [...assets];
  const gzipped = (path) => {
    try {
      const bytes = readFileSync(join(root, 'web/dist', path === '/' ? 'index.html' : path));
      return [bytes.length, gzipSync(bytes, { level: 9 }).length];
    } catch { return [0, 0]; }  // not a file of the build (e.g. a redirect)
  };
  let gz = 0, raw = 0;
  for (const path of firstLoad) {
    const [r, g] = gzipped(path);
    raw += r;
    gz += g;
  }
  const dist = readdirSync(join(root, 'web/dist'), { recursive: true }).filter((f) => /\.[a-z]+$/.test(f)).map((f) => '/' + f);
  const deferred = dist.filter((f) => f.includes('.deferred')).reduce((sum, f) => sum + gzipped(f)[1], 0);
  const whole = dist.reduce((sum, f) => sum + gzipped(f)[1], 0);
  await page.selectOption('#examples', 'keras-tutorial-tf24');
  const times = [], engine = [];
  for (let i = 0; i < 6; i++) {
    await page.click('#run');
    await page.waitForFunction(() => !document.querySelector('#run').disabled && document.querySelector('.banner.match'));
    // The page measures from the Run click to the rendered result (engine in the worker,
    // message round trip, panes, plots, gutter marks).
    const [run, eng] = await page.evaluate(() => ['seedlab-run', 'seedlab-engine'].map((n) => performance.getEntriesByName(n).at(-1).duration));
    times.push(run);
    engine.push(eng);
    await page.evaluate(() => document.querySelector('.banner').classList.remove('match'));
  }
  const median = (xs) => xs.slice(1).sort((a, b) => a - b)[2];
  const rerun = median(times);
  console.log('Seedlab page budgets (Chromium, vite preview on localhost)');
  console.log(`first load to first result   ${firstResult} ms        (target < 1000 ms)`);
  console.log(`transferred size             ${(gz / 1024).toFixed(0)} KB gzip (${(raw / 1024).toFixed(0)} KB raw, ${firstLoad.length} assets until the first result; target < 600 KB gzip)`);
  console.log(`  engine's deferred part     ${(deferred / 1024).toFixed(0)} KB gzip (fetched on first use: NumPy, scikit-learn, TensorFlow, Keras, rarer builtins)`);
  console.log(`  whole build                ${(whole / 1024).toFixed(0)} KB gzip (what the service worker keeps for offline use)`);
  console.log(`rerun of the Keras tutorial  ${rerun.toFixed(1)} ms      (median of 5, 2 runs each, click to rendered result; ${median(engine).toFixed(1)} ms until the worker's answer; target < 50 ms)`);
  await context.close();
} finally {
  server.kill();
}
