// Share links: the page state (source, options, entropies, layout) compressed into
// the URL fragment as `#v=<version>&s=<base64url(deflate-raw(JSON))>`. Every link
// version ever published still decodes (fixtures in web/test/fixtures); a damaged or
// oversized link is reported, and whatever could be recovered is returned.
// What it is not: no network, no storage.

export const LINK_VERSION = 1;
// Links longer than this are refused (browsers and chat tools truncate beyond ~64 KB).
export const MAX_LINK_CHARS = 60_000;
// Decompressed state larger than this is refused: a hostile link must not exhaust memory.
export const MAX_STATE_BYTES = 1_000_000;

export interface ShareState {
  source: string;
  runs: number;
  tfVersion: string;
  env: Record<string, string>;
  entropy: string[]; // pinned entropies; empty = fresh ones at every run
  layout: 'side' | 'stacked';
}

export type DecodeResult =
  | { ok: true; state: ShareState }
  | { ok: false; message: string; partial?: Partial<ShareState> };

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('the link contains characters that are not part of a Seedlab link');
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4);
  const bin = atob(b64);
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

class PartialError extends Error {
  constructor(message: string, readonly partial: Uint8Array) { super(message); }
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  return out;
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array> {
  const reader = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let step: ReadableStreamReadResult<Uint8Array>;
    try {
      step = await reader.read();
    } catch {
      throw new PartialError('the compressed state is cut short or corrupted', concat(chunks, total));
    }
    const { value, done } = step;
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      throw new Error('the link expands to more data than a Seedlab link can hold');
    }
    chunks.push(value);
  }
  return concat(chunks, total);
}

// Pulls as much of the "source" field as survives in a cut-off JSON text.
export function recoverSource(jsonPrefix: string): string | undefined {
  const m = /"source":"((?:[^"\\]|\\.)*)/.exec(jsonPrefix);
  if (!m) return undefined;
  let body = m[1];
  for (let cut = 0; cut < 8 && body.length; cut++) {
    try { return JSON.parse(`"${body}"`) as string; } catch { body = body.slice(0, -1); }
  }
  return undefined;
}

export async function encodeState(state: ShareState): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify({ v: LINK_VERSION, ...state }));
  const packed = await pipe(json as Uint8Array<ArrayBuffer>, new CompressionStream('deflate-raw'), MAX_STATE_BYTES);
  return `v=${LINK_VERSION}&s=${toBase64Url(packed)}`;
}

const DEFAULTS: ShareState = { source: '', runs: 2, tfVersion: '2.16', env: {}, entropy: [], layout: 'side' };

// Brings a decoded object of any version up to the current ShareState. Add a case
// per new version; never rename a field that appears in a published link.
function upgrade(version: number, raw: Record<string, unknown>): ShareState {
  if (version !== 1) throw new Error(`this link was made by a newer Seedlab (link version ${version})`);
  const str = (x: unknown, d: string) => (typeof x === 'string' ? x : d);
  const runs = typeof raw.runs === 'number' && raw.runs >= 1 && raw.runs <= 8 ? Math.floor(raw.runs) : DEFAULTS.runs;
  const env: Record<string, string> = {};
  if (raw.env && typeof raw.env === 'object') {
    for (const [k, v] of Object.entries(raw.env as Record<string, unknown>)) if (typeof v === 'string' && /^[A-Z_][A-Z0-9_]*$/i.test(k)) env[k] = v;
  }
  const entropy = Array.isArray(raw.entropy) ? raw.entropy.filter((e): e is string => typeof e === 'string' && /^\d{1,20}$/.test(e)).slice(0, 8) : [];
  return {
    source: str(raw.source, ''),
    runs,
    tfVersion: ['1.15', '2.4', '2.15', '2.16'].includes(str(raw.tfVersion, '')) ? str(raw.tfVersion, '') : DEFAULTS.tfVersion,
    env,
    entropy,
    layout: raw.layout === 'stacked' ? 'stacked' : 'side',
  };
}

export async function decodeFragment(fragment: string): Promise<DecodeResult | null> {
  const text = fragment.replace(/^#/, '');
  if (!text) return null;
  if (text.length > MAX_LINK_CHARS) return { ok: false, message: 'This link is too long to be a Seedlab link; it may have been damaged.' };
  const params = new URLSearchParams(text);
  const v = params.get('v');
  const s = params.get('s');
  if (v === null && s === null) return null;  // not a share link
  if (!v || !s || !/^\d+$/.test(v)) return { ok: false, message: 'This share link is incomplete: it needs both a version and a state.' };
  let raw: Record<string, unknown>;
  try {
    const json = await pipe(fromBase64Url(s), new DecompressionStream('deflate-raw'), MAX_STATE_BYTES);
    const parsed: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: false }).decode(json));
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('the state is not an object');
    raw = parsed as Record<string, unknown>;
  } catch (err) {
    const partial = err instanceof PartialError ? recoverSource(new TextDecoder().decode(err.partial)) : undefined;
    const recovered = partial ? ' The part of the code that could be recovered is in the editor.' : '';
    return { ok: false, message: `This share link is damaged and could not be opened (${(err as Error).message}).${recovered}`,
             partial: partial !== undefined ? { source: partial } : undefined };
  }
  try {
    return { ok: true, state: upgrade(Number(v), raw) };
  } catch (err) {
    return { ok: false, message: `This share link could not be opened: ${(err as Error).message}.`, partial: { source: typeof raw.source === 'string' ? raw.source : undefined } };
  }
}
