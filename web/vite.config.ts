// Vite config for the playground page (root: web/) and its Vitest unit tests.
// The engine's wasm module is copied to web/src/wasm by the CMake wasm build.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: __dirname,
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000 },
  worker: { format: 'es' },
  preview: { host: '127.0.0.1' },
  test: { include: ['test/**/*.test.ts'], environment: 'node', testTimeout: 30000 },
});
