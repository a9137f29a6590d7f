import { type ChildProcess, fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { LabelledSample } from '../vault-analysis/classifier/classifier-model';
import type { AnalysisJob } from './analysis-process';
import type { AnalyzeDocument, RetrainClassifier } from './analysis-runner';

type Reply = { id: number; result: unknown } | { id: number; error: string };
type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

export interface ProcessAnalyzer {
  analyze: AnalyzeDocument;
  /** Retrains the model with people's corrections, into the installation's model file. */
  retrain: RetrainClassifier;
  /** Ends the child process (it releases its OCR worker first). */
  release(): Promise<void>;
}

/** One analysis this long is given up (the child is killed and restarted for the next one). */
const DEFAULT_TIMEOUT_MS = 10 * 60 * 1000;

/**
 * Runs `analyzeDocument` in a forked child process (TypeScript through tsx, as the server itself
 * runs), started on the first job and kept for the next ones. A crash or a timeout fails that
 * job only; the next job forks a new child.
 */
export function createProcessAnalyzer(
  options: { timeoutMs?: number; modelPath?: string } = {},
): ProcessAnalyzer {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const entry = new URL('./analysis-process.ts', import.meta.url);
  let child: ChildProcess | undefined;
  let nextId = 1;

  function start(): ChildProcess {
    const started = fork(entry, options.modelPath ? [options.modelPath] : [], {
      execArgv: ['--import', tsxLoader],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      serialization: 'advanced',
    });
    started.once('exit', () => {
      if (child === started) child = undefined;
    });
    return started;
  }

  function request<T>(job: DistributiveOmit<AnalysisJob, 'id'>): Promise<T> {
    child ??= start();
    const current = child;
    const id = nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        finish();
        current.kill('SIGKILL');
        reject(new Error(`analysis timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      const onMessage = (reply: Reply) => {
        if (reply.id !== id) return;
        finish();
        if ('error' in reply) reject(new Error(reply.error));
        else resolve(reply.result as T);
      };
      const onExit = (code: number | null, signal: string | null) => {
        finish();
        reject(new Error(`analysis process exited (${signal ?? code})`));
      };
      function finish() {
        clearTimeout(timer);
        current.off('message', onMessage);
        current.off('exit', onExit);
      }
      current.on('message', onMessage);
      current.once('exit', onExit);
      current.send({ ...job, id });
    });
  }

  return {
    analyze: (input) => request({ kind: 'analyze', ...input }),
    retrain: async (corrections: LabelledSample[]) => {
      await request({ kind: 'retrain', corrections });
    },
    async release() {
      const current = child;
      child = undefined;
      if (!current || current.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => current.once('exit', () => resolve()));
      current.disconnect();
      const timer = setTimeout(() => current.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
