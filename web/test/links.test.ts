// Share links: every link version ever published still decodes to the state it was made
// from (fixtures/links-v<N>.txt hold real links of each version), and a fresh link round-trips.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeFragment, encodeState, type ShareState } from '../src/share/link';

const dir = join(__dirname, 'fixtures');
const files = readdirSync(dir).filter((f) => /^links-v\d+\.txt$/.test(f));

describe('share links', () => {
  it('has fixtures for version 1', () => expect(files).toContain('links-v1.txt'));
  for (const file of files) {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
    for (let i = 0; i + 1 < lines.length; i += 2) {
      const link = lines[i].replace(/^LINK /, '');
      const state = JSON.parse(lines[i + 1].replace(/^STATE /, '')) as ShareState;
      it(`${file} #${i / 2 + 1} decodes to the state it was made from`, async () => {
        const decoded = await decodeFragment(link);
        expect(decoded).toEqual({ ok: true, state });
      });
    }
  }
  it('a fresh link round-trips and a damaged one reports what it recovered', async () => {
    const state: ShareState = { source: 'print(1)\n', runs: 2, tfVersion: '2.15', env: { A: 'b' }, entropy: ['5', '6'], layout: 'side' };
    const link = await encodeState(state);
    expect(await decodeFragment(link)).toEqual({ ok: true, state });
    const damaged = await decodeFragment(link.slice(0, link.length - 6));
    expect(damaged && damaged.ok).toBe(false);
  });
});
