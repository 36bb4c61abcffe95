// Web Worker hosting the wasm engine, so a long run never freezes the page (the
// page's Stop button terminates this worker). The only place that calls the module.
import createSeedlab from '../wasm/seedlab-engine.mjs';
import deferredUrl from '../wasm/seedlab-engine.deferred.wasm?url';
import { fetchSync, splitHooks } from './split';
import type { WorkerRequest, WorkerResponse } from './types';

interface EngineModule {
  run(source: string, optionsJson: string): string;
}

const engine: Promise<EngineModule> = createSeedlab(splitHooks(() => fetchSync(deferredUrl))) as Promise<EngineModule>;

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { id, source, options } = event.data;
  let reply: WorkerResponse;
  try {
    const module = await engine;
    const parsed = JSON.parse(module.run(source, JSON.stringify(options)));
    reply = parsed.optionsError ? { id, ok: false, message: parsed.optionsError } : { id, ok: true, result: parsed };
  } catch (err) {
    reply = { id, ok: false, message: `The engine stopped unexpectedly: ${String(err)}` };
  }
  (self as unknown as Worker).postMessage(reply);
};
