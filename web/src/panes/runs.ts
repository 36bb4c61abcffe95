// The run panes: one column per run with its printed output; every number is a
// button marked as matching (✓) or diverging (≠) across runs, which opens its
// provenance. Errors show as tracebacks linked to the editor line.
// User text is only ever inserted with textContent, never as HTML.
import type { ProcessResult, RunResult } from '../engine/types';
import { showProvenance } from './provenance';
import { segments } from './segments';
import type { LineMark } from './editor';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function renderRun(run: ProcessResult, index: number, multi: boolean, goToLine: (line: number) => void): HTMLElement {
  const pane = el('section', 'run-pane');
  pane.dataset.run = String(index + 1);
  const head = el('header', 'run-head');
  head.append(el('h2', undefined, `Run ${index + 1}`), el('span', 'entropy', `entropy ${run.entropy}`));
  pane.append(head);
  const out = el('pre', 'run-output');
  out.setAttribute('aria-label', `Output of run ${index + 1}`);
  let lastCell = 0;
  run.events.forEach((ev) => {
    if (run.cellsRun.length && ev.cell !== lastCell) {
      out.append(el('span', 'cell-tag', `[cell ${ev.cell}]\n`));
      lastCell = ev.cell;
    }
    const line = el('span', ev.stderr ? 'event stderr' : 'event');
    if (ev.stderr) line.title = 'Written to stderr by the library (a warning), not printed by the script';
    line.dataset.line = String(ev.line);
    for (const seg of segments(ev.text, ev.numbers)) {
      if (seg.kind === 'text') {
        line.append(document.createTextNode(seg.text));
        continue;
      }
      const num = el('button', 'num', seg.text);
      num.type = 'button';
      const state = seg.info.same ? 'same' : 'diverged';
      if (multi) {
        num.classList.add(state);
        num.dataset.mark = seg.info.same ? '✓' : '≠';
      }
      num.setAttribute('aria-label', `${seg.text}, ${multi ? (seg.info.same ? 'same in every run' : 'differs between runs') : 'printed'}; show where it came from`);
      num.addEventListener('click', () => showProvenance(num, seg.info));
      line.append(num);
    }
    out.append(line);
  });
  if (run.error) {
    const err = el('button', `error error-${run.error.kind}`, run.error.text);
    err.type = 'button';
    err.title = `Go to line ${run.error.line}`;
    err.addEventListener('click', () => goToLine(run.error!.line));
    out.append(err);
  }
  if (!run.events.length && !run.error) out.append(el('span', 'empty', '(no output)'));
  pane.append(out);
  return pane;
}

export function renderResult(container: HTMLElement, banner: HTMLElement, result: RunResult, goToLine: (line: number) => void): void {
  container.replaceChildren(...result.runs.map((r, i) => renderRun(r, i, result.runs.length > 1, goToLine)));
  const c = result.comparison;
  const errors = result.runs.filter((r) => r.error).length;
  banner.className = 'banner ' + (c.runs < 2 ? 'neutral' : c.divergedNumbers === 0 ? 'match' : 'diverge');
  banner.replaceChildren(el('strong', undefined, c.summary));
  if (c.explanation) banner.append(el('span', 'explanation', ' ' + c.explanation));
  if (errors) banner.append(el('span', 'explanation', ` ${errors === result.runs.length ? 'Every run' : `${errors} run(s)`} ended with an error.`));
}

// Which editor lines printed matching or diverging numbers, or raised an error.
export function lineMarks(result: RunResult): Map<number, LineMark> {
  const marks = new Map<number, LineMark>();
  if (result.runs.length > 1) {
    for (const ev of result.runs[0].events) {
      if (!ev.numbers.length) continue;
      const diverged = ev.numbers.some((n) => !n.same) || marks.get(ev.line) === 'diverged';
      marks.set(ev.line, diverged ? 'diverged' : 'same');
    }
  }
  for (const r of result.runs) if (r.error && r.error.line > 0) marks.set(r.error.line, 'error');
  return marks;
}

export function renderMessage(banner: HTMLElement, text: string, kind: 'neutral' | 'busy' | 'failure' = 'neutral'): void {
  banner.className = `banner ${kind}`;
  banner.textContent = text;
}
