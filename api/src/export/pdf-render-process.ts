/**
 * The child process PDFs are laid out in (forked by `create-pdf-renderer.ts`): pdfmake works
 * synchronously for seconds on a long deed, which must not stall the server's sockets.
 */
import { serveChildRpc } from '../process/serve-child-rpc';
import { type RenderDeedPdfInput, renderDeedPdf } from './render-deed-pdf';
import { type RenderRedlinePdfInput, renderRedlinePdf } from './render-redline-pdf';

export type PdfRenderJob =
  | { kind: 'deed'; id: number; input: RenderDeedPdfInput }
  | { kind: 'redline'; id: number; input: RenderRedlinePdfInput };

serveChildRpc<PdfRenderJob>((job) =>
  job.kind === 'deed' ? renderDeedPdf(job.input) : renderRedlinePdf(job.input),
);
