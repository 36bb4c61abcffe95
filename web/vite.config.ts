// Vite config for the playground page (root: web/) and its Vitest unit tests.
// The engine's wasm module is copied to web/src/wasm by the CMake wasm build.
import { defineConfig, type Plugin } from 'vitest/config';

// boot.ts loads the page's code (main.ts) with a dynamic import once it has started the
// engine worker; a modulepreload link lets the browser fetch and compile that chunk
// from the start instead of after boot.ts has run.
function preloadMain(): Plugin {
  return {
    name: 'seedlab-preload-main',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const main = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('/src/main.ts'));
        if (!main) return html;
        return html.replace('</head>', `  <link rel="modulepreload" crossorigin href="./${main.fileName}">\n</head>`);
      },
    },
  };
}

export default defineConfig({
  root: __dirname,
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000 },
  worker: { format: 'es' },
  plugins: [preloadMain()],
  preview: { host: '127.0.0.1' },
  test: { include: ['test/**/*.test.ts'], environment: 'node', testTimeout: 30000 },
});
