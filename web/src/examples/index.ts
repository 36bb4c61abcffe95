// The built-in examples gallery: each a short story about one seeding behaviour,
// with the one-line explanation shown next to it. Examples only use what the engine
// emulates today; the browser tests run every one and check its marks.
export interface Example {
  id: string;
  title: string;
  explanation: string;
  source: string;
  runs: number;
  env?: Record<string, string>;
  expect: 'match' | 'diverge'; // what the comparison banner shows (checked by the browser tests)
}

export const EXAMPLES: Example[] = [
  {
    id: 'random-seeded',
    title: 'Python random: seed it and the runs agree',
    explanation: 'random.seed(0) fixes the Mersenne Twister state, so every fresh process prints the same numbers.',
    source: 'import random\nrandom.seed(0)\nprint(random.random())\nprint(random.random())\n',
    runs: 2,
    expect: 'match',
  },
  {
    id: 'random-unseeded',
    title: 'Python random without a seed',
    explanation: 'Without random.seed(), CPython seeds from OS entropy at import, so every process differs.',
    source: 'import random\nprint(random.random())\nprint(random.randint(1, 6))\n',
    runs: 2,
    expect: 'diverge',
  },
  {
    id: 'random-reseed',
    title: 'Reseeding replays the sequence',
    explanation: 'Calling random.seed(42) again rewinds the generator: the third draw equals the first.',
    source: 'import random\nrandom.seed(42)\na = random.random()\nb = random.random()\nrandom.seed(42)\nc = random.random()\nprint(a, b, c, a == c)\n',
    runs: 2,
    expect: 'match',
  },
  {
    id: 'random-instances',
    title: 'random.Random instances are independent',
    explanation: 'A Random(7) instance has its own state; seeding the module does not touch it, and it does not advance the module.',
    source: 'import random\nrng = random.Random(7)\nrandom.seed(7)\nprint(rng.random(), random.random())\nprint(rng.random())\nprint(random.random())\n',
    runs: 2,
    expect: 'match',
  },
  {
    id: 'gauss-cache',
    title: 'random.gauss caches its second value',
    explanation: 'gauss() makes two normals at a time and keeps one; random.seed() clears the cache, so reseeding still reproduces it.',
    source: 'import random\nrandom.seed(1)\nprint(random.gauss(0, 1))\nrandom.seed(1)\nprint(random.gauss(0, 1), random.gauss(0, 1))\n',
    runs: 2,
    expect: 'match',
  },
  {
    id: 'hashseed-sets',
    title: 'PYTHONHASHSEED and set order',
    explanation: 'str hashes are salted per process, so a set of strings prints in a different order in each run. Set PYTHONHASHSEED=0 in the environment field to make them agree.',
    source: 'fruits = {"apple", "banana", "cherry", "date", "elderberry"}\nprint(fruits)\nprint(list(fruits)[0])\nprint(hash("apple"))\n',
    runs: 3,
    expect: 'diverge',
  },
  {
    id: 'hashseed-env',
    title: 'PYTHONHASHSEED set inside the script does nothing',
    explanation: 'The hash secret is chosen when the process starts; setting os.environ["PYTHONHASHSEED"] afterwards changes nothing, as in CPython.',
    source: 'import os\nos.environ["PYTHONHASHSEED"] = "0"\nprint(hash("seed"))\n',
    runs: 2,
    expect: 'diverge',
  },
  {
    id: 'notebook-cells',
    title: 'Running a notebook cell again gives different numbers',
    explanation: 'The seed is set in cell 1; running cell 2 twice continues the same generator, so the second run of the cell differs from the first.',
    source: '# %% cell 1: seed once\nimport random\nrandom.seed(123)\n\n# %% cell 2: draw\nprint(random.random())\n',
    runs: 2,
    expect: 'match',
  },
];

export function findExample(id: string): Example | undefined {
  return EXAMPLES.find((e) => e.id === id);
}
