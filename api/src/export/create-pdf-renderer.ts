import { createChildRpc } from '../process/create-child-rpc';
import type { PdfRenderJob } from './pdf-render-process';
import type { RenderDeedPdfInput } from './render-deed-pdf';
import type { RenderRedlinePdfInput } from './render-redline-pdf';

export interface PdfRenderer {
  renderDeed(input: RenderDeedPdfInput): Promise<Buffer>;
  renderRedline(input: RenderRedlinePdfInput): Promise<Buffer>;
  release(): Promise<void>;
}

/** A 100-page deed takes seconds; beyond this something is wrong. */
const RENDER_TIMEOUT_MS = 2 * 60 * 1000;

/**
 * Lays PDFs out in a child process (`pdf-render-process.ts`), one at a time: pdfmake holds the
 * event loop for the whole layout (seconds for a long deed), which in the server would stall
 * every collaboration socket and request of the node.
 */
export function createPdfRenderer(): PdfRenderer {
  const rpc = createChildRpc<PdfRenderJob>(new URL('./pdf-render-process.ts', import.meta.url), {
    label: 'PDF rendering',
    timeoutMs: RENDER_TIMEOUT_MS,
  });
  // Structured clone hands a Buffer back as a plain Uint8Array.
  const toBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    renderDeed: async (input) => toBuffer(await rpc.request<Uint8Array>({ kind: 'deed', input })),
    renderRedline: async (input) => toBuffer(await rpc.request<Uint8Array>({ kind: 'redline', input })),
    release: () => rpc.release(),
  };
}
