// The run panes: one column per run with its printed output; every number is marked
// as matching (✓) or diverging (≠) across runs, and errors show as tracebacks.
// User text is only ever inserted with textContent, never as HTML.
import type { ProcessResult, RunResult } from '../engine/types';
import { segments } from './segments';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function renderRun(run: ProcessResult, index: number, multi: boolean): HTMLElement {
  const pane = el('section', 'run-pane');
  pane.dataset.run = String(index + 1);
  const head = el('header', 'run-head');
  head.append(el('h2', undefined, `Run ${index + 1}`), el('span', 'entropy', `entropy ${run.entropy}`));
  pane.append(head);
  const out = el('pre', 'run-output');
  out.setAttribute('aria-label', `Output of run ${index + 1}`);
  for (const ev of run.events) {
    const line = el('span', 'event');
    line.dataset.line = String(ev.line);
    for (const seg of segments(ev.text, ev.numbers)) {
      if (seg.kind === 'text') {
        line.append(document.createTextNode(seg.text));
        continue;
      }
      const num = el('span', 'num', seg.text);
      if (multi) {
        num.classList.add(seg.info.same ? 'same' : 'diverged');
        num.title = seg.info.same ? 'Same in every run' : 'Differs between runs';
        num.dataset.mark = seg.info.same ? '✓' : '≠';
      }
      line.append(num);
    }
    out.append(line);
  }
  if (run.error) {
    const err = el('span', `error error-${run.error.kind}`, run.error.text);
    out.append(err);
  }
  if (!run.events.length && !run.error) out.append(el('span', 'empty', '(no output)'));
  pane.append(out);
  return pane;
}

export function renderResult(container: HTMLElement, banner: HTMLElement, result: RunResult): void {
  container.replaceChildren(...result.runs.map((r, i) => renderRun(r, i, result.runs.length > 1)));
  const c = result.comparison;
  banner.className = 'banner ' + (c.runs < 2 ? 'neutral' : c.divergedNumbers === 0 ? 'match' : 'diverge');
  banner.replaceChildren(el('strong', undefined, c.summary));
  if (c.explanation) banner.append(el('span', 'explanation', ' ' + c.explanation));
}

export function renderMessage(banner: HTMLElement, text: string, kind: 'neutral' | 'busy' | 'failure' = 'neutral'): void {
  banner.className = `banner ${kind}`;
  banner.textContent = text;
}
