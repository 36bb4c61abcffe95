// Writes <dist>/precache.json: every file of the page's build, relative to the page, for
// the service worker (web/public/sw.js) to cache on install so the playground works
// offline once loaded. Not a bundler plugin: it lists what Vite wrote.
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const dist = process.argv[2] || 'web/dist';
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name !== 'precache.json' && name !== 'sw.js') files.push(relative(dist, path).split('\\').join('/'));
  }
})(dist);
files.sort();
writeFileSync(join(dist, 'precache.json'), JSON.stringify(['./', ...files.filter((f) => f !== 'index.html'), 'index.html']));
console.log(`precache.json: ${files.length} files`);
