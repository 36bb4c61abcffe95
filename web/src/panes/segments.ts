// Splits a printed line into plain text and number segments. The engine reports
// number positions as UTF-8 byte offsets; JavaScript strings index UTF-16 units.
// Pure functions, unit-tested in Node.
import type { NumberInfo } from '../engine/types';

export type Segment = { kind: 'text'; text: string } | { kind: 'number'; text: string; info: NumberInfo; index: number };

function utf8Offsets(text: string): number[] {
  // byte offset -> UTF-16 index, for every code point boundary
  const map: number[] = [];
  let byte = 0;
  for (let i = 0; i < text.length; ) {
    map[byte] = i;
    const cp = text.codePointAt(i)!;
    byte += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += cp > 0xffff ? 2 : 1;
  }
  map[byte] = text.length;
  return map;
}

export function segments(text: string, numbers: NumberInfo[]): Segment[] {
  const map = utf8Offsets(text);
  const out: Segment[] = [];
  let pos = 0;
  numbers.forEach((info, index) => {
    const start = map[info.start];
    const end = map[info.start + info.length];
    if (start === undefined || end === undefined || start < pos) return;  // defensive: never lose text
    if (start > pos) out.push({ kind: 'text', text: text.slice(pos, start) });
    out.push({ kind: 'number', text: text.slice(start, end), info, index });
    pos = end;
  });
  if (pos < text.length) out.push({ kind: 'text', text: text.slice(pos) });
  return out;
}
