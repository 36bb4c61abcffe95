// Creates engine workers (worker.ts). The first one may be started before the page's
// code has loaded (boot.ts); the bridge then takes it over instead of starting another.
// What it is not: no messaging (bridge.ts).

export function spawnWorker(): Worker {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
}

let early: Worker | null = null;

export function startEarlyWorker(): void {
  early ??= spawnWorker();
}

// The worker started early, once; null if none was started or it was already taken.
export function takeEarlyWorker(): Worker | null {
  const worker = early;
  early = null;
  return worker;
}
