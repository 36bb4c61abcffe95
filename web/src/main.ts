// Entry point of the playground page: wires the editor, the controls, the engine
// worker and the run panes. The editor text is autosaved locally.
import './style.css';
import { EngineBridge, freshEntropy } from './engine/bridge';
import { createEditor } from './panes/editor';
import { renderMessage, renderResult } from './panes/runs';

const DEFAULT_SOURCE = `import random
random.seed(0)
print(random.random())
print(random.random())
`;
const STORAGE_KEY = 'seedlab.source';

function byId<T extends HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

const runButton = byId<HTMLButtonElement>('run');
const stopButton = byId<HTMLButtonElement>('stop');
const runsSelect = byId<HTMLSelectElement>('runs');
const banner = byId<HTMLDivElement>('banner');
const panes = byId<HTMLDivElement>('panes');
for (let n = 1; n <= 8; n++) runsSelect.append(new Option(String(n), String(n), n === 2, n === 2));

let saved: string | null = null;
try { saved = localStorage.getItem(STORAGE_KEY); } catch { /* storage may be disabled */ }

const bridge = new EngineBridge();
let running = false;

async function run(): Promise<void> {
  if (running) return;
  running = true;
  runButton.disabled = true;
  stopButton.disabled = false;
  renderMessage(banner, 'Running…', 'busy');
  const runs = Number(runsSelect.value);
  try {
    const result = await bridge.run(editor.getText(), { runs, entropy: freshEntropy(runs) });
    renderResult(panes, banner, result);
  } catch (err) {
    renderMessage(banner, (err as Error).message, 'failure');
  } finally {
    running = false;
    runButton.disabled = false;
    stopButton.disabled = true;
  }
}

const editor = createEditor(byId('editor'), saved ?? DEFAULT_SOURCE, () => void run(), (text) => {
  try { localStorage.setItem(STORAGE_KEY, text); } catch { /* ignore */ }
});
runButton.addEventListener('click', () => void run());
stopButton.addEventListener('click', () => bridge.stop());
