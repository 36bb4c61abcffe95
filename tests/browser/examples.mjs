// Loads the page's example list (TypeScript) for the browser tests without a build
// step: the file is plain data plus one function, so stripping types is enough.
import { readFileSync } from 'node:fs';

const text = readFileSync(new URL('../../web/src/examples/index.ts', import.meta.url), 'utf8');
const start = text.indexOf('export const EXAMPLES');
const body = text.slice(text.indexOf('[', start), text.indexOf('\n];', start) + 2);
export const EXAMPLES = Function(`"use strict"; return (${body});`)();
