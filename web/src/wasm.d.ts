// Type of the Emscripten-generated engine module (built into src/wasm by CMake).
declare module '*/seedlab-engine.mjs' {
  const createSeedlab: (options?: { wasmBinary?: ArrayBuffer | Uint8Array }) => Promise<unknown>;
  export default createSeedlab;
}
