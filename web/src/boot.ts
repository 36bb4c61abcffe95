// The page's entry module, kept tiny: it starts the engine worker at once, so the
// engine downloads and compiles while the page's own code (editor, panes) loads, then
// loads that code (main.ts). The page's styles are linked here so nothing shows unstyled.
// What it is not: no page logic.
import './style.css';
import { startEarlyWorker } from './engine/spawn';

startEarlyWorker();
void import('./main');
