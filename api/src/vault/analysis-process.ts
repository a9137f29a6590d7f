/**
 * The child process the vault's analysis runs in (forked by `create-process-analyzer.ts`), so
 * parsing a large PDF or running OCR never stalls the server's event loop. One job at a time.
 */
import { LIMITS } from '@deedroom/shared';
import { analyzeDocument, closeDocumentAnalysis } from '../vault-analysis/analyze-document';

interface AnalysisJob {
  id: number;
  filePath: string;
  mediaType: string;
}

process.on('message', (job: AnalysisJob) => {
  analyzeDocument({ filePath: job.filePath, mediaType: job.mediaType })
    .then((result) => {
      // Only what the vault keeps crosses the IPC channel.
      const text = result.text.slice(0, LIMITS.vaultExtractedTextMaxChars);
      process.send?.({ id: job.id, result: { ...result, text } });
    })
    .catch((error: unknown) => {
      process.send?.({ id: job.id, error: error instanceof Error ? error.message : String(error) });
    });
});

process.on('disconnect', () => {
  void closeDocumentAnalysis()
    .catch(() => undefined)
    .finally(() => process.exit(0));
});
