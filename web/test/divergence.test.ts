// firstDivergence: the epoch the loss plot marks where runs part.
import { describe, expect, it } from 'vitest';
import { firstDivergence } from '../src/panes/divergence';

describe('firstDivergence', () => {
  it('is 0 when every run has the same values', () => {
    expect(firstDivergence([[0.5, 0.4], [0.5, 0.4], [0.5, 0.4]])).toBe(0);
  });
  it('names the first epoch (1-based) where any run differs from run 1', () => {
    expect(firstDivergence([[0.5, 0.4, 0.3], [0.5, 0.4, 0.31], [0.5, 0.41, 0.3]])).toBe(2);
  });
  it('counts a run that stopped early as different', () => {
    expect(firstDivergence([[0.5, 0.4], [0.5]])).toBe(2);
  });
  it('tells -0 from 0 and matches NaN with NaN, as the printed numbers do', () => {
    expect(firstDivergence([[0], [-0]])).toBe(1);
    expect(firstDivergence([[NaN], [NaN]])).toBe(0);
  });
});
