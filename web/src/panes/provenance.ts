// The provenance popover: clicking a printed number shows where it came from
// (library, generator, seed, counter and the rule that chose the seed).
// Text only; no HTML from user data.
import type { NumberInfo } from '../engine/types';

let open: HTMLElement | null = null;

export function closeProvenance(): void {
  open?.remove();
  open = null;
}

function row(dl: HTMLElement, term: string, value: string): void {
  const dt = document.createElement('dt');
  dt.textContent = term;
  const dd = document.createElement('dd');
  dd.textContent = value;
  dl.append(dt, dd);
}

export function showProvenance(anchor: HTMLElement, info: NumberInfo): void {
  closeProvenance();
  const box = document.createElement('div');
  box.className = 'provenance';
  box.setAttribute('role', 'dialog');
  box.setAttribute('aria-label', `Where ${info.text} came from`);
  const title = document.createElement('strong');
  title.textContent = `${info.text} ${info.same ? '(same in every run)' : '(differs between runs)'}`;
  const dl = document.createElement('dl');
  const p = info.provenance;
  if (p) {
    row(dl, 'library', p.library);
    row(dl, 'generator', p.generator);
    row(dl, 'seed', p.seed);
    row(dl, 'counter', p.counter);
    row(dl, 'why', p.rule);
  } else {
    row(dl, 'origin', 'Computed by the script (no generator drew it directly).');
  }
  if (info.dtype) row(dl, 'type', info.dtype);
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Close';
  close.addEventListener('click', closeProvenance);
  box.append(title, dl, close);
  document.body.append(box);
  const r = anchor.getBoundingClientRect();
  box.style.left = `${Math.max(8, Math.min(window.scrollX + r.left, window.scrollX + window.innerWidth - box.offsetWidth - 8))}px`;
  box.style.top = `${window.scrollY + r.bottom + 6}px`;
  open = box;
  close.focus();
}
