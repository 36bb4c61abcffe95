// Lints for classic seeding mistakes, shown inline in the editor. Pure text rules
// (no parsing): each finds a pattern a seed tutorial warns about and says why.
// What they are not: proofs; the runs themselves are the evidence.
export interface Lint {
  line: number;        // 1-based
  from: number;        // column offsets within the line (0-based)
  to: number;
  message: string;
}

const DRAW = /\b(random\.(random|randint|randrange|choice|choices|shuffle|sample|uniform|gauss)|np\.random\.(rand|randn|randint|random|normal|uniform|choice|shuffle|permutation)|tf\.random\.(uniform|normal|truncated_normal|shuffle)|(keras|layers)\.(Dense|Sequential|Dropout))\s*\(/;
const SEED = /\b(random\.seed|np\.random\.seed|tf\.random\.set_seed|tf\.compat\.v1\.set_random_seed|tf\.keras\.utils\.set_random_seed|keras\.utils\.set_random_seed)\s*\(/;

export function findLints(source: string): Lint[] {
  const lints: Lint[] = [];
  const lines = source.split('\n');
  let firstDraw: { line: number; text: string } | null = null;
  let usesDefaultRng = false;
  lines.forEach((text, i) => {
    const code = text.replace(/#.*$/, '');
    if (/default_rng\s*\(/.test(code)) usesDefaultRng = true;
  });
  lines.forEach((text, i) => {
    const line = i + 1;
    const code = text.replace(/#.*$/, '');
    const env = /os\.environ\s*\[\s*["']PYTHONHASHSEED["']\s*\]\s*=/.exec(code);
    if (env) {
      lints.push({ line, from: env.index, to: env.index + env[0].length,
        message: 'Setting PYTHONHASHSEED inside the script has no effect on this process: the hash secret is fixed at start-up. Set it in the Environment field (or before starting Python).' });
    }
    const det = /enable_op_determinism\b(?!\s*\()/.exec(code);
    if (det) {
      lints.push({ line, from: det.index, to: det.index + det[0].length,
        message: 'enable_op_determinism is referenced but not called: add () to turn determinism on.' });
    }
    const npSeed = /\bnp\.random\.seed\s*\(/.exec(code);
    if (npSeed && usesDefaultRng) {
      lints.push({ line, from: npSeed.index, to: npSeed.index + npSeed[0].length,
        message: 'np.random.seed does not affect generators made by np.random.default_rng(): seed those with default_rng(seed).' });
    }
    const seed = SEED.exec(code);
    if (seed && firstDraw) {
      lints.push({ line, from: seed.index, to: seed.index + seed[0].length,
        message: `This seed is set after line ${firstDraw.line} already drew random numbers (${firstDraw.text.trim()}); those numbers are not controlled by it.` });
    }
    const draw = DRAW.exec(code);
    if (draw && !firstDraw) firstDraw = { line, text: draw[0].replace(/\s*\($/, '(…)') };
  });
  return lints;
}
