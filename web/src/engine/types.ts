// Types of the engine's JSON result (session::to_json) and of the worker messages.
// What it is not: no logic.

export interface Provenance {
  library: string;
  generator: string;
  seed: string;
  counter: string;
  rule: string;
  fromEntropy: boolean;
}

export interface NumberInfo {
  start: number; // byte offset in the UTF-8 text
  length: number;
  text: string;
  dtype: string;
  same: boolean;
  provenance?: Provenance;
}

export interface PrintEvent {
  line: number;
  cell: number;
  occurrence: number;
  text: string;
  numbers: NumberInfo[];
  stderr?: boolean;  // a library warning (Python's logging writes it to stderr)
}

export interface ErrorInfo {
  kind: 'syntax' | 'unsupported' | 'runtime' | 'limit';
  type: string;
  message: string;
  line: number;
  column: number;
  text: string;
}

// A series of numbers a library emitted for plots: a fit's per-epoch "loss"/"val_loss",
// a layer's "initial_weights" (null stands for a non-finite value).
export interface Series {
  line: number;
  cell: number;
  name: string;
  values: (number | null)[];
}

export interface ProcessResult {
  entropy: string;
  stdout: string;
  cellsRun: number[];
  events: PrintEvent[];
  series: Series[];
  error: ErrorInfo | null;
}

export interface Comparison {
  runs: number;
  totalNumbers: number;
  divergedNumbers: number;
  outputsIdentical: boolean;
  firstLine: number;
  firstText: string;
  explanation: string;
  summary: string;
}

export interface RunResult {
  runs: ProcessResult[];
  comparison: Comparison;
}

export interface RunOptions {
  runs: number;
  tfVersion?: string;
  entropy: string[];
  env?: Record<string, string>;
  cells?: number[];
}

export type WorkerRequest = { id: number; source: string; options: RunOptions };
export type WorkerResponse =
  | { id: number; ok: true; result: RunResult }
  | { id: number; ok: false; message: string };
