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

/** Larger files are not analysed (extraction reads them whole); a person files them. */
export const ANALYSIS_MAX_BYTES = 200 * 1024 * 1024;

export interface AnalysisRunnerOptions {
  analyze?: AnalyzeDocument;
  /** Releases what the analysis holds (the OCR worker) when the runner stops. */
  release?: () => Promise<void>;
  /** How long to wait before looking for pending versions again when there were none. */
  idleMs?: number;
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
  const inChild = options.analyze ? undefined : createProcessAnalyzer();
  const analyze = options.analyze ?? inChild?.analyze ?? (() => Promise.reject(new Error('no analyzer')));
  const release = options.release ?? inChild?.release ?? (async () => undefined);
  const idleMs = options.idleMs ?? 2_000;
  let isRunning = false;
  let loop: Promise<void> | undefined;
  let wakeUp: (() => void) | undefined;
  let idleWaiters: Array<() => void> = [];

  async function runOne(): Promise<boolean> {
    const version = await deps.stores.vault.nextPendingAnalysis();
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

  async function run(): Promise<void> {
    while (isRunning) {
      let didWork = false;
      try {
        didWork = await runOne();
      } catch (error) {
        deps.logger.error({ err: error }, 'vault analysis runner');
      }
      if (didWork) continue;
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
