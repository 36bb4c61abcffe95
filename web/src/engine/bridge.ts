// The page's handle on the engine worker: run() resolves with the result; stop()
// terminates the worker (a stuck script cannot block the page) and starts a new one.
import { spawnWorker, takeEarlyWorker } from './spawn';
import type { RunOptions, RunResult, WorkerResponse } from './types';

export class EngineBridge {
  private worker: Worker;
  private nextId = 1;
  private pending = new Map<number, { resolve: (r: RunResult) => void; reject: (e: Error) => void }>();

  constructor() {
    this.worker = this.spawn(takeEarlyWorker() ?? spawnWorker());
  }

  run(source: string, options: RunOptions): Promise<RunResult> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, source, options });
    });
  }

  stop(): void {
    this.worker.terminate();
    for (const { reject } of this.pending.values()) reject(new Error('Stopped.'));
    this.pending.clear();
    this.worker = this.spawn(spawnWorker());
  }

  private spawn(worker: Worker): Worker {
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const msg = event.data;
      const waiter = this.pending.get(msg.id);
      if (!waiter) return;
      this.pending.delete(msg.id);
      if (msg.ok) waiter.resolve(msg.result);
      else waiter.reject(new Error(msg.message));
    };
    worker.onerror = (event) => {
      for (const { reject } of this.pending.values()) reject(new Error(event.message || 'The engine failed to load.'));
      this.pending.clear();
    };
    return worker;
  }
}

// A fresh 64-bit entropy per run, as decimal text (what a new OS process would draw).
export function freshEntropy(count: number): string[] {
  const words = new BigUint64Array(count);
  crypto.getRandomValues(words);
  return Array.from(words, (w) => w.toString());
}
