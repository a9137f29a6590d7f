import { createChildRpc } from '../process/create-child-rpc';
import type { LabelledSample } from '../vault-analysis/classifier/classifier-model';
import type { AnalysisJob } from './analysis-process';
import type { AnalyzeDocument, RetrainClassifier } from './analysis-runner';

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
 * Runs `analyzeDocument` (and retraining) in a forked child process, started on the first job
 * and kept for the next ones. A crash or a timeout fails that job only; the next job forks a new
 * child.
 */
export function createProcessAnalyzer(
  options: { timeoutMs?: number; modelPath?: string } = {},
): ProcessAnalyzer {
  const rpc = createChildRpc<AnalysisJob>(new URL('./analysis-process.ts', import.meta.url), {
    label: 'analysis',
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    args: options.modelPath ? [options.modelPath] : [],
  });
  return {
    analyze: (input) => rpc.request({ kind: 'analyze', ...input }),
    retrain: async (corrections: LabelledSample[]) => {
      await rpc.request({ kind: 'retrain', corrections });
    },
    release: () => rpc.release(),
  };
}
