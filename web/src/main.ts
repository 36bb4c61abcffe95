// The playground page, loaded by boot.ts: wires the editor, the controls, the engine
// worker, the run panes, notebook cells, share links and embed mode. The editor
// text is autosaved locally; nothing the user typed is lost on errors or bad links.
import { EngineBridge, freshEntropy } from './engine/bridge';
import type { RunOptions } from './engine/types';
import { EXAMPLES, findExample } from './examples/index';
import { cellCount, renderCells } from './panes/cells';
import { createEditor } from './panes/editor';
import { closeProvenance } from './panes/provenance';
import { lineMarks, renderMessage, renderResult } from './panes/runs';
import { clearPlots, renderPlots } from './panes/plots';
import { decodeFragment, encodeState, type ShareState } from './share/link';

// The snippet a first visit shows: the gallery's first example (scripts/split_engine.mjs
// profiles the gallery, so what it runs is in the engine's first part).
const DEFAULT_SOURCE = EXAMPLES[0].source;
const STORAGE_KEY = 'seedlab.source';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const runButton = $<HTMLButtonElement>('run');
const stopButton = $<HTMLButtonElement>('stop');
const runsSelect = $<HTMLSelectElement>('runs');
const tfSelect = $<HTMLSelectElement>('tf');
const envInput = $<HTMLInputElement>('env');
const pinBox = $<HTMLInputElement>('pin');
const entropyInput = $<HTMLInputElement>('entropy');
const banner = $<HTMLDivElement>('banner');
const panes = $<HTMLDivElement>('panes');
const notice = $<HTMLDivElement>('notice');
const examplesSelect = $<HTMLSelectElement>('examples');
const plots = $<HTMLDivElement>('plots');
const exampleNote = $<HTMLParagraphElement>('example-note');
for (let n = 1; n <= 8; n++) runsSelect.append(new Option(String(n), String(n), n === 2, n === 2));
for (const ex of EXAMPLES) examplesSelect.append(new Option(ex.title, ex.id));

const params = new URLSearchParams(location.search);
const embed = params.get('embed') === '1';
if (embed) document.body.classList.add('embed');

function showNotice(text: string): void {
  notice.textContent = text;
  notice.hidden = !text;
}

function parseEnv(text: string): Record<string, string> | string {
  const env: Record<string, string> = {};
  for (const part of text.split(/[\s,;]+/).filter(Boolean)) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(part);
    if (!m) return `"${part}" is not of the form NAME=value.`;
    env[m[1]] = m[2];
  }
  return env;
}

function parseEntropy(text: string, runs: number): string[] | string {
  const parts = text.split(/[\s,]+/).filter(Boolean);
  if (parts.some((p) => !/^\d{1,20}$/.test(p) || BigInt(p) >= 2n ** 64n)) return 'Entropies are whole numbers below 2^64, separated by commas.';
  const fresh = freshEntropy(runs);
  return Array.from({ length: runs }, (_, i) => parts[i] ?? fresh[i]);
}

let saved: string | null = null;
try { saved = localStorage.getItem(STORAGE_KEY); } catch { /* storage may be disabled */ }

const bridge = new EngineBridge();
// Offline once loaded: the service worker keeps the build's files (web/public/sw.js). It
// registers a little after load, so its download of the build does not slow the first run.
// (boot.ts loads this code after the page, so the load event may have passed already.)
if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
  const register = () => setTimeout(() => {
    navigator.serviceWorker.register('./sw.js').catch(() => { /* the page works online without it */ });
  }, 1500);
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register);
}
let running = false;
let cellSequence: number[] = [];
let cellEntropy: string[] = [];

function currentOptions(runs: number): RunOptions | string {
  const env = parseEnv(envInput.value);
  if (typeof env === 'string') return env;
  let entropy: string[];
  if (pinBox.checked) {
    const parsed = parseEntropy(entropyInput.value, runs);
    if (typeof parsed === 'string') return parsed;
    entropy = parsed;
  } else {
    entropy = freshEntropy(runs);
  }
  return { runs, tfVersion: tfSelect.value, entropy, env };
}

async function execute(cells?: number[]): Promise<void> {
  if (running) return;
  closeProvenance();
  const runs = Number(runsSelect.value);
  const options = currentOptions(runs);
  if (typeof options === 'string') { renderMessage(banner, options, 'failure'); return; }
  if (cells) {
    // One notebook process per run: keep its entropy until Restart.
    if (!cellEntropy.length || cellEntropy.length !== runs) cellEntropy = options.entropy;
    options.entropy = cellEntropy;
    options.cells = cells;
  }
  running = true;
  runButton.disabled = true;
  stopButton.disabled = false;
  renderMessage(banner, 'Running…', 'busy');
  // Timings of the last run for `npm run bench` (performance.getEntriesByName).
  const started = performance.now();
  try {
    const result = await bridge.run(editor.getText(), options);
    const computed = performance.now();
    renderResult(panes, banner, result, (line) => editor.goToLine(line));
    renderPlots(plots, result);  // at once once uPlot is loaded; the first plot waits for it
    editor.setLineMarks(lineMarks(result));
    performance.measure('seedlab-engine', { start: started, end: computed });
    performance.measure('seedlab-run', { start: started, end: performance.now() });
    if (pinBox.checked || !entropyInput.value) entropyInput.value = result.runs.map((r) => r.entropy).join(',');
    if (!pinBox.checked) entropyInput.value = result.runs.map((r) => r.entropy).join(',');
  } catch (err) {
    renderMessage(banner, (err as Error).message === 'Stopped.' ? 'Stopped. The engine was restarted; your code is unchanged.' : (err as Error).message, 'failure');
  } finally {
    running = false;
    runButton.disabled = false;
    stopButton.disabled = true;
  }
}

function refreshCells(): void {
  renderCells($('cells'), $('cell-buttons'), $('timeline'), cellCount(editor.getText()), cellSequence, (cell) => {
    cellSequence = [...cellSequence, cell];
    refreshCells();
    void execute(cellSequence);
  });
}

const editor = createEditor($('editor'), saved ?? DEFAULT_SOURCE, () => void execute(), (text) => {
  try { localStorage.setItem(STORAGE_KEY, text); } catch { /* ignore */ }
  refreshCells();
});
if (params.get('readonly') === '1') editor.setReadOnly(true);
refreshCells();

function applyState(state: ShareState): void {
  editor.setText(state.source);
  runsSelect.value = String(state.runs);
  tfSelect.value = state.tfVersion;
  envInput.value = Object.entries(state.env).map(([k, v]) => `${k}=${v}`).join(' ');
  pinBox.checked = state.entropy.length > 0;
  entropyInput.disabled = !pinBox.checked;
  entropyInput.value = state.entropy.join(',');
}

function snapshot(): ShareState {
  const env = parseEnv(envInput.value);
  return {
    source: editor.getText(),
    runs: Number(runsSelect.value),
    tfVersion: tfSelect.value,
    env: typeof env === 'string' ? {} : env,
    entropy: entropyInput.value.split(',').filter((e) => /^\d{1,20}$/.test(e)),
    layout: 'side',
  };
}

runButton.addEventListener('click', () => void execute());
runButton.disabled = false;  // index.html keeps it disabled until this code has loaded
stopButton.addEventListener('click', () => bridge.stop());
pinBox.addEventListener('change', () => { entropyInput.disabled = !pinBox.checked; });
$('restart').addEventListener('click', () => {
  cellSequence = [];
  cellEntropy = [];
  refreshCells();
  renderMessage(banner, 'Restarted: the next cell runs in a fresh process.', 'neutral');
  panes.replaceChildren();
  clearPlots(plots);
});
examplesSelect.addEventListener('change', () => {
  const ex = findExample(examplesSelect.value);
  if (!ex) return;
  editor.setText(ex.source);
  runsSelect.value = String(ex.runs);
  envInput.value = Object.entries(ex.env ?? {}).map(([k, v]) => `${k}=${v}`).join(' ');
  if (ex.tf) tfSelect.value = ex.tf;
  exampleNote.textContent = ex.explanation;
  exampleNote.hidden = false;
  cellSequence = [];
  cellEntropy = [];
  refreshCells();
});
$('share').addEventListener('click', async () => {
  const state = snapshot();
  if (!state.entropy.length) state.entropy = entropyInput.value.split(',').filter(Boolean);
  const fragment = await encodeState(state);
  const link = `${location.origin}${location.pathname}#${fragment}`;
  history.replaceState(null, '', `#${fragment}`);
  lastHash = location.hash;
  try { await navigator.clipboard.writeText(link); showNotice('Link copied. It reproduces exactly these runs, entropies included.'); }
  catch { showNotice(`Copy this link: ${link}`); }
});
$('embed').addEventListener('click', async () => {
  const fragment = await encodeState(snapshot());
  const src = `${location.origin}${location.pathname}?embed=1&autorun=1#${fragment}`;
  const code = `<iframe src="${src}" width="100%" height="420" style="border:0" loading="lazy" title="Seedlab"></iframe>`;
  try { await navigator.clipboard.writeText(code); showNotice('Embed code copied.'); }
  catch { showNotice(`Embed code: ${code}`); }
});
document.addEventListener('keydown', (e) => { if (e.key === 'Escape') closeProvenance(); });

// A share link in the fragment wins over the autosaved text; a broken one says so
// and keeps whatever could be recovered (or the autosaved text).
async function loadFragment(): Promise<void> {
  const decoded = await decodeFragment(location.hash);
  if (decoded?.ok) { applyState(decoded.state); showNotice(''); }
  else if (decoded && !decoded.ok) {
    showNotice(decoded.message);
    if (decoded.partial?.source) editor.setText(decoded.partial.source);
  }
}
let lastHash = location.hash;
window.addEventListener('hashchange', () => {
  if (location.hash === lastHash) return;
  lastHash = location.hash;
  void loadFragment();
});
void loadFragment().then(() => { if (params.get('autorun') === '1') void execute(); });
