// Web Worker hosting the wasm engine, so a long run never freezes the page (the
// page's Stop button terminates this worker). The only place that calls the module.
// A run that ends in a JavaScript-level failure (the engine's deferred part could not be
// fetched, memory exhausted) leaves the module's state unknown: the next run gets a
// fresh module.
import createSeedlab from '../wasm/seedlab-engine.mjs';
import deferredUrl from '../wasm/seedlab-engine.deferred.wasm?url';
import { fetchSync, splitHooks } from './split';
import type { WorkerRequest, WorkerResponse } from './types';

interface EngineModule {
  run(source: string, optionsJson: string): string;
}

const load = () => createSeedlab(splitHooks(() => fetchSync(deferredUrl))) as Promise<EngineModule>;
let engine: Promise<EngineModule> = load();

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { id, source, options } = event.data;
  let reply: WorkerResponse;
  try {
    const module = await engine;
    const parsed = JSON.parse(module.run(source, JSON.stringify(options)));
    reply = parsed.optionsError ? { id, ok: false, message: parsed.optionsError } : { id, ok: true, result: parsed };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    reply = { id, ok: false, message: `The engine stopped unexpectedly: ${reason} Your code is unchanged; the next run starts a fresh engine.` };
    engine = load();
  }
  (self as unknown as Worker).postMessage(reply);
};
