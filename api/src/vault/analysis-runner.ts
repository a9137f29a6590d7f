import { readFile, writeFile } from 'node:fs/promises';
import {
  CLASSIFIER_CONFIDENCE_THRESHOLD,
  type DocumentCategory,
  LIMITS,
  type VaultMetadata,
} from '@deedroom/shared';
import type { ServiceDeps } from '../services/deps';
import { createProcessAnalyzer } from './create-process-analyzer';

/** The contract of `vault-analysis/analyze-document.ts` (run in a child by default). */
export type AnalyzeDocument = (input: { filePath: string; mediaType: string }) => Promise<{
  text: string;
  category: DocumentCategory;
  confidence: number;
  metadata: VaultMetadata;
}>;

/** Rebuilds the classifier from the shipped corpus plus people's corrections (text, chosen category). */
export type RetrainClassifier = (
  corrections: Array<{ text: string; category: DocumentCategory }>,
) => Promise<void>;

/** The classifier is retrained once this many new corrections have been made since the last time. */
export const RETRAIN_AFTER_CORRECTIONS = 5;

/** Larger files are not analysed (extraction reads them whole); a person files them. */
export const ANALYSIS_MAX_BYTES = 200 * 1024 * 1024;

/**
 * How long a node holds the version it analyses: far longer than an analysis takes (OCR of a
 * large scan included), so that only a node that died leaves its claim to lapse for another.
 */
const ANALYSIS_CLAIM_MS = 15 * 60 * 1000;

export interface AnalysisRunnerOptions {
  analyze?: AnalyzeDocument;
  /** Releases what the analysis holds (the OCR worker) when the runner stops. */
  release?: () => Promise<void>;
  /** How long to wait before looking for pending versions again when there were none. */
  idleMs?: number;
  retrain?: RetrainClassifier;
  /** The installation's model file, retrained from corrections (next to it: how many it has seen). */
  modelPath?: string;
}

export interface AnalysisRunner {
  start(): void;
  /** Looks for work now (after an upload) instead of at the next idle tick. */
  wake(): void;
  /** Resolves once every pending version has been handled (tests). */
  drain(): Promise<void>;
  /** Finishes the current job, then stops. */
  stop(): Promise<void>;
}

/**
 * The background analysis: one version at a time, oldest first, outside any request, so uploads
 * never wait for OCR. Stores the text (capped) and metadata, and files the document in the
 * predicted category ('predicted' from the confidence threshold up, else 'to_review') unless a
 * person already filed it. Nothing is pushed to clients: the web app polls.
 */
export function createAnalysisRunner(deps: ServiceDeps, options: AnalysisRunnerOptions = {}): AnalysisRunner {
  // By default the analysis runs in a child process: PDF parsing and OCR never stall uploads.
  const inChild = options.analyze ? undefined : createProcessAnalyzer({ modelPath: options.modelPath });
  const analyze = options.analyze ?? inChild?.analyze ?? (() => Promise.reject(new Error('no analyzer')));
  const retrain = options.retrain ?? inChild?.retrain;
  const countPath = options.modelPath && `${options.modelPath}.corrections`;
  let correctionsSeen: number | undefined;
  const release = options.release ?? inChild?.release ?? (async () => undefined);
  const idleMs = options.idleMs ?? 2_000;
  let isRunning = false;
  let loop: Promise<void> | undefined;
  let wakeUp: (() => void) | undefined;
  let idleWaiters: Array<() => void> = [];

  async function runOne(): Promise<boolean> {
    const startedAt = deps.clock.now();
    const version = await deps.stores.vault.claimPendingAnalysis(
      startedAt.toISOString(),
      new Date(startedAt.getTime() + ANALYSIS_CLAIM_MS).toISOString(),
    );
    if (!version) return false;
    const now = () => deps.clock.now().toISOString();
    if (version.size > ANALYSIS_MAX_BYTES) {
      deps.logger.info(
        { versionId: version.id, size: version.size },
        'vault analysis skipped: file too large',
      );
      await deps.stores.vault.failAnalysis(version.id, now());
      return true;
    }
    try {
      const result = await analyze({
        filePath: deps.blobs.localPath(version.blobKey),
        mediaType: version.mediaType,
      });
      await deps.stores.vault.completeAnalysis(
        version.id,
        {
          text: result.text.slice(0, LIMITS.vaultExtractedTextMaxChars),
          metadata: result.metadata,
          category: result.category,
          confidence: result.confidence,
          source: result.confidence >= CLASSIFIER_CONFIDENCE_THRESHOLD ? 'predicted' : 'to_review',
        },
        now(),
      );
    } catch (error) {
      deps.logger.warn({ err: error, versionId: version.id }, 'vault analysis failed');
      await deps.stores.vault.failAnalysis(version.id, now());
    }
    return true;
  }

  /**
   * People's corrections are kept and used: once enough new ones have accumulated, the model is
   * retrained (in the analysis process) on the corpus plus every correction with its document's text.
   */
  async function retrainIfDue(): Promise<void> {
    if (!retrain) return;
    correctionsSeen ??= await readCorrectionsSeen(countPath);
    const corrections = await deps.stores.vault.listCorrections();
    if (corrections.length - correctionsSeen < RETRAIN_AFTER_CORRECTIONS) return;
    const samples = [];
    for (const correction of corrections) {
      const text = await deps.stores.vault.readText(correction.versionId);
      if (text.trim()) samples.push({ text, category: correction.toCategory });
    }
    await retrain(samples);
    correctionsSeen = corrections.length;
    if (countPath) await writeFile(countPath, String(correctionsSeen));
    deps.logger.info({ corrections: samples.length }, 'vault classifier retrained with corrections');
  }

  async function run(): Promise<void> {
    while (isRunning) {
      let didWork = false;
      try {
        didWork = await runOne();
      } catch (error) {
        deps.logger.error({ err: error }, 'vault analysis runner');
      }
      if (didWork) continue;
      try {
        await retrainIfDue();
      } catch (error) {
        deps.logger.error({ err: error }, 'vault classifier retraining failed');
      }
      for (const resolve of idleWaiters.splice(0)) resolve();
      if (!isRunning) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, idleMs);
        wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wakeUp = undefined;
    }
  }

  return {
    start() {
      if (isRunning) return;
      isRunning = true;
      loop = run();
    },
    wake() {
      wakeUp?.();
    },
    drain() {
      return new Promise<void>((resolve) => {
        idleWaiters.push(resolve);
        wakeUp?.();
      });
    },
    async stop() {
      isRunning = false;
      wakeUp?.();
      await loop;
      for (const resolve of idleWaiters.splice(0)) resolve();
      idleWaiters = [];
      await release().catch(() => undefined);
    },
  };
}

async function readCorrectionsSeen(countPath: string | undefined): Promise<number> {
  if (!countPath) return 0;
  const text = await readFile(countPath, 'utf8').catch(() => '0');
  return Number.parseInt(text, 10) || 0;
}
