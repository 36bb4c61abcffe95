// The engine comes in two modules (scripts/split_engine.mjs): the part a first visit
// runs, and a deferred part with everything else. The first call into a deferred
// function lands in Emscripten's placeholder, which asks the Module's loadSplitModule
// for the deferred instance; this builds that hook from a synchronous source of the
// deferred module's bytes (a synchronous request in the worker, a file read in Node).
// What it is not: no prefetching (the deferred part is fetched only when a script needs
// it) and no caching (the service worker keeps the file for offline use).

type SplitHook = (file: string, imports: WebAssembly.Imports, placeholder: string) => [WebAssembly.Instance, WebAssembly.Module];

export interface EngineHooks {
  loadSplitModule: SplitHook;
  printErr: (text: string) => void;
}

export function splitHooks(deferredBytes: () => BufferSource): EngineHooks {
  return {
    loadSplitModule: (_file, imports) => {
      const module = new WebAssembly.Module(deferredBytes());
      return [new WebAssembly.Instance(module, imports), module];
    },
    // Emscripten announces each placeholder call and the load on stderr; those are not
    // the user's business. Anything else still reaches the console.
    printErr: (text) => {
      if (!text.startsWith('placeholder function called') && !text.startsWith('instantiated deferred module')) console.warn(text);
    },
  };
}

// The deferred module's bytes from [url], synchronously (allowed in workers only).
export function fetchSync(url: string): ArrayBuffer {
  const request = new XMLHttpRequest();
  request.open('GET', url, false);
  request.responseType = 'arraybuffer';
  const failed = (why: string) => new Error(`this script needs the rest of the engine, which could not be loaded (${why}).`);
  try {
    request.send();
  } catch {
    throw failed('no connection');  // a synchronous request throws on a network error
  }
  if (request.status !== 200 && !(request.status === 0 && request.response)) throw failed(`HTTP ${request.status}`);
  return request.response as ArrayBuffer;
}
