// Notebook cells: scripts with "# %%" lines get a button per cell and a Restart
// button. The page keeps the sequence of cells run since the last restart (one
// notebook process) and replays it, with the same entropies, in fresh engine runs;
// the timeline shows the sequence so "running the cell again" is visible.
export function cellCount(source: string): number {
  const lines = source.split('\n');
  let count = 1;
  lines.forEach((line, i) => { if (i > 0 && /^#\s?%%/.test(line)) count++; });
  return lines.some((l) => /^#\s?%%/.test(l)) ? count : 0;
}

export function renderCells(box: HTMLElement, buttons: HTMLElement, timeline: HTMLElement, count: number, sequence: number[],
                            onCell: (cell: number) => void): void {
  box.hidden = count === 0;
  const wanted = Array.from({ length: count }, (_, i) => i + 1);
  if (buttons.childElementCount !== count) {
    buttons.replaceChildren(...wanted.map((n) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = `Run cell ${n}`;
      b.dataset.cell = String(n);
      b.addEventListener('click', () => onCell(n));
      return b;
    }));
  }
  timeline.textContent = sequence.length ? `process so far: ${sequence.map((c) => `cell ${c}`).join(' → ')}` : 'fresh process';
}
