/**
 * The child process the vault's analysis runs in (forked by `create-process-analyzer.ts`), so
 * parsing a large PDF, running OCR or retraining the classifier never stalls the server's event
 * loop. One job at a time. Its only argument is the installation's model file (retrained from
 * people's corrections): used when it exists, else the model the project ships.
 */
import { existsSync } from 'node:fs';
import { LIMITS } from '@deedroom/shared';
import { serveChildRpc } from '../process/serve-child-rpc';
import {
  analyzeDocument,
  closeDocumentAnalysis,
  useClassifierModel,
} from '../vault-analysis/analyze-document';
import type { LabelledSample } from '../vault-analysis/classifier/classifier-model';
import { retrainWithCorrections } from '../vault-analysis/retrain-with-corrections';

export type AnalysisJob =
  | { kind: 'analyze'; id: number; filePath: string; mediaType: string }
  | { kind: 'retrain'; id: number; corrections: LabelledSample[] };

const modelPath = process.argv[2];
if (modelPath && existsSync(modelPath)) useClassifierModel(modelPath);

async function run(job: AnalysisJob): Promise<unknown> {
  if (job.kind === 'retrain') {
    if (!modelPath) throw new Error('no model path to retrain into');
    const model = await retrainWithCorrections(job.corrections, modelPath);
    return { terms: model.vocabulary.length };
  }
  const result = await analyzeDocument({ filePath: job.filePath, mediaType: job.mediaType });
  // Only what the vault keeps crosses the IPC channel.
  return { ...result, text: result.text.slice(0, LIMITS.vaultExtractedTextMaxChars) };
}

serveChildRpc(run, closeDocumentAnalysis);
