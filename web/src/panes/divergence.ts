// Where per-epoch series of several runs part: the epoch the loss plot marks.
// What it is not: the comparison of printed numbers (the engine does that).

// The first epoch (1-based) at which some run's value differs from run 1's (a missing
// value, as when one run stopped early, counts as different), or 0 when all agree.
export function firstDivergence(runs: number[][]): number {
  const longest = Math.max(0, ...runs.map((r) => r.length));
  for (let e = 0; e < longest; e++) {
    if (runs.some((r) => !Object.is(r[e], runs[0][e]))) return e + 1;
  }
  return 0;
}
