// Type of the Emscripten-generated engine module (built into src/wasm by CMake).
declare module '*/seedlab-engine.mjs' {
  const createSeedlab: (options?: {
    wasmBinary?: ArrayBuffer | Uint8Array;
    loadSplitModule?: (file: string, imports: WebAssembly.Imports, placeholder: string) => [WebAssembly.Instance, WebAssembly.Module];
    printErr?: (text: string) => void;
  }) => Promise<unknown>;
  export default createSeedlab;
}
