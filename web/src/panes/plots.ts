// The plots under the run panes, drawn with uPlot: every run's training loss (and
// validation loss, dashed) per epoch overlaid, and a histogram of every run's initial
// Keras kernels, so a divergence between runs is visible at a glance. The data comes
// from the engine's series (fit and layer builds emit them); no series, no plots.
// uPlot is loaded on the first run that has something to plot, so pages without a fit
// never download it.
// What it is not: no plotting of printed values (the panes show those).
import type uPlot from 'uplot';
import type { ProcessResult, RunResult } from '../engine/types';
import { firstDivergence } from './divergence';

const RUN_COLOURS = ['#2f5fb3', '#c2410c', '#15803d', '#7e22ce', '#b91c1c', '#0e7490', '#a16207', '#be185d'];
const BINS = 24;

// Axes in the page's theme colours (uPlot draws on a canvas, outside CSS).
// [wholeX]: the x axis counts (epochs), so its ticks are whole numbers.
function axes(x: string, y: string, wholeX = false): uPlot.Axis[] {
  const css = getComputedStyle(document.documentElement);
  const fg = css.getPropertyValue('--fg').trim() || '#1d1f21';
  const grid = { stroke: css.getPropertyValue('--border').trim() || '#d8d8d4', width: 1 };
  const xAxis: uPlot.Axis = { label: x, stroke: fg, grid, ticks: grid };
  if (wholeX) xAxis.incrs = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000];
  return [xAxis, { label: y, stroke: fg, grid, ticks: grid }];
}

function finite(values: (number | null)[]): number[] {
  return values.filter((v): v is number => v !== null && Number.isFinite(v));
}

// The values of [name] a run emitted, concatenated (several fits or layers).
function collect(run: ProcessResult, name: string): number[] {
  return run.series.filter((s) => s.name === name).flatMap((s) => finite(s.values));
}

function figure(title: string, note: string): { box: HTMLElement; canvas: HTMLElement } {
  const box = document.createElement('figure');
  box.className = 'plot';
  const caption = document.createElement('figcaption');
  caption.textContent = title;
  const hint = document.createElement('span');
  hint.className = 'plot-note';
  hint.textContent = note;
  caption.append(' ', hint);
  const canvas = document.createElement('div');
  box.append(caption, canvas);
  return { box, canvas };
}

function same(runs: number[][]): boolean {
  return runs.every((r) => r.length === runs[0].length && r.every((v, i) => Object.is(v, runs[0][i])));
}

type UPlot = typeof uPlot;

function lossPlot(uPlot: UPlot, result: RunResult, width: number): HTMLElement | null {
  const losses = result.runs.map((r) => collect(r, 'loss'));
  const vals = result.runs.map((r) => collect(r, 'val_loss'));
  const epochs = Math.max(...losses.map((l) => l.length));
  if (!epochs) return null;
  const diverged = [firstDivergence(losses), firstDivergence(vals)].filter((e) => e > 0);
  const first = diverged.length ? Math.min(...diverged) : 0;
  const note = result.runs.length > 1 ? (first ? `the runs differ from epoch ${first} on (marked)` : 'identical in every run') : '';
  const { box, canvas } = figure('Loss per epoch', note);
  const x = Array.from({ length: epochs }, (_, i) => i + 1);
  const data: (number | null)[][] = [x];
  const series: uPlot.Series[] = [{ label: 'epoch' }];
  result.runs.forEach((_, i) => {
    const colour = RUN_COLOURS[i % RUN_COLOURS.length];
    data.push(x.map((_, e) => losses[i][e] ?? null));
    series.push({ label: `run ${i + 1} loss`, stroke: colour, width: 2 });
    if (vals[i].length) {
      data.push(x.map((_, e) => vals[i][e] ?? null));
      series.push({ label: `run ${i + 1} val_loss`, stroke: colour, width: 1.5, dash: [6, 4] });
    }
  });
  // A vertical rule at the first epoch where the runs part.
  const mark = (u: uPlot) => {
    if (!first) return;
    const cx = u.valToPos(first, 'x', true);
    const ctx = u.ctx;
    ctx.save();
    ctx.strokeStyle = getComputedStyle(document.documentElement).getPropertyValue('--diverged').trim() || '#b91c1c';
    ctx.setLineDash([3, 3]);
    ctx.beginPath();
    ctx.moveTo(cx, u.bbox.top);
    ctx.lineTo(cx, u.bbox.top + u.bbox.height);
    ctx.stroke();
    ctx.restore();
  };
  new uPlot({ width, height: 220, series, axes: axes('epoch', 'loss', true), scales: { x: { time: false } }, hooks: { draw: [mark] } }, data as uPlot.AlignedData, canvas);
  return box;
}

function weightsPlot(uPlot: UPlot, result: RunResult, width: number): HTMLElement | null {
  const runs = result.runs.map((r) => collect(r, 'initial_weights'));
  const all = runs.flat();
  if (!all.length) return null;
  let lo = Math.min(...all), hi = Math.max(...all);
  if (lo === hi) { lo -= 0.5; hi += 0.5; }
  const step = (hi - lo) / BINS;
  const x = Array.from({ length: BINS + 1 }, (_, b) => lo + b * step);
  const counts = runs.map((values) => {
    const c = new Array<number>(BINS + 1).fill(0);
    for (const v of values) c[Math.min(BINS - 1, Math.floor((v - lo) / step))]++;
    return c;
  });
  const { box, canvas } = figure('Initial kernel weights', result.runs.length > 1 ? (same(runs) ? 'identical in every run' : 'the runs differ') : '');
  const series: uPlot.Series[] = [{ label: 'weight' }];
  const stepped = uPlot.paths.stepped!({ align: 1 });
  counts.forEach((_, i) => series.push({ label: `run ${i + 1}`, stroke: RUN_COLOURS[i % RUN_COLOURS.length], width: 2, paths: stepped }));
  new uPlot({ width, height: 200, series, axes: axes('initial value', 'count'), scales: { x: { time: false } } }, [x, ...counts] as uPlot.AlignedData, canvas);
  return box;
}

let loaded: UPlot | null = null;
let loading: Promise<UPlot> | null = null;
function loadUPlot(): Promise<UPlot> {
  loading ??= Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]).then(([m]) => (loaded = m.default));
  return loading;
}

let generation = 0;

function draw(uPlot: UPlot, container: HTMLElement, result: RunResult): void {
  const width = Math.max(240, Math.min(container.clientWidth || 560, 900) - 16);
  const plots = [lossPlot(uPlot, result, width), weightsPlot(uPlot, result, width)].filter((p): p is HTMLElement => p !== null);
  container.append(...plots);
  container.hidden = plots.length === 0;
}

// Removes the plots (and any still waiting for uPlot).
export function clearPlots(container: HTMLElement): void {
  ++generation;
  container.replaceChildren();
  container.hidden = true;
}

// Replaces [container]'s plots with those of [result] (hidden when there is nothing to
// plot): at once when uPlot is loaded, otherwise once it has loaded (unless a later call
// superseded this one).
export function renderPlots(container: HTMLElement, result: RunResult): void {
  clearPlots(container);
  const mine = generation;
  if (!result.runs.some((r) => r.series.some((s) => s.name === 'loss' || s.name === 'initial_weights'))) return;
  container.hidden = false;
  if (loaded) {
    draw(loaded, container, result);
    return;
  }
  loadUPlot().then((uPlot) => { if (mine === generation) draw(uPlot, container, result); }, () => {
    loading = null;  // offline before the plotting library was ever cached: try again next run
    container.hidden = true;
  });
}
