/**
 * What exporting a long deed costs: a 100-page credit agreement (the demo deed's articles repeated,
 * tables and amounts included) rendered to PDF, cold (first export in a fresh process: fonts
 * loaded and parsed) and warm (median of 5 more). `measureExport` takes any format's renderer, so
 * the Word export can be timed beside it on the same deed.
 *
 *   pnpm bench:export
 */
import { performance } from 'node:perf_hooks';
import {
  buildCreditAgreement,
  createPdfRenderer,
  type RenderDeedPdfInput,
  renderDeedPdf,
} from '@deedroom/api';
import type { DeedJsonNode } from '@deedroom/shared';

/** The demo credit agreement's articles, six times over: about 100 A4 pages. */
const REPEATS = 6;
const WARM_RUNS = 5;

export interface ExportTiming {
  format: string;
  coldMs: number;
  warmMedianMs: number;
  warmRunsMs: number[];
  bytes: number;
  /** Pages, when the format has them (read by the caller from its output). */
  pages?: number;
}

/** A renderer of one format: the deed's JSON in, the file's bytes out. */
export type ExportRenderer = (content: DeedJsonNode) => Promise<Uint8Array>;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Times one format: the first call (cold), then `warmRuns` more and their median. */
export async function measureExport(
  format: string,
  render: ExportRenderer,
  content: DeedJsonNode,
  warmRuns = WARM_RUNS,
): Promise<ExportTiming & { output: Uint8Array }> {
  let start = performance.now();
  const output = await render(content);
  const coldMs = performance.now() - start;
  const warmRunsMs: number[] = [];
  for (let i = 0; i < warmRuns; i += 1) {
    start = performance.now();
    await render(content);
    warmRunsMs.push(performance.now() - start);
  }
  return { format, coldMs, warmMedianMs: median(warmRunsMs), warmRunsMs, bytes: output.length, output };
}

/** The demo credit agreement with its articles repeated `times` times (numbering continues). */
export function buildLongDeed(times: number): DeedJsonNode {
  const base = buildCreditAgreement({
    programme: 'Résidence Les Tilleuls',
    city: 'Lyon',
    lots: 42,
    amountCents: 840_000_000,
    bankName: 'Banque Horizon',
    developerName: 'Promoteur Rhône SA',
    borrowerName: 'SCCV Les Tilleuls',
    notaryName: 'Étude Martin & Associés',
    signingCity: 'Lyon',
  }) as DeedJsonNode;
  const blocks = base.content ?? [];
  const articles = blocks.filter((b) => b.type === 'article');
  const firstArticle = blocks.findIndex((b) => b.type === 'article');
  const lastArticle = blocks.length - 1 - [...blocks].reverse().findIndex((b) => b.type === 'article');
  const repeated = Array.from({ length: times }, () => articles).flat();
  return {
    type: 'doc',
    content: [...blocks.slice(0, firstArticle), ...repeated, ...blocks.slice(lastArticle + 1)],
  };
}

function frameOf(content: DeedJsonNode): RenderDeedPdfInput {
  return {
    content,
    dealName: 'Résidence Les Tilleuls',
    deedTitle: 'Convention de crédit promoteur',
    versionLabel: 'Version 12 – Envoyée à la banque',
    contentHash: '3f'.repeat(32),
    parties: [
      { name: 'Banque Horizon', role: 'Banque' },
      { name: 'Promoteur Rhône SA', role: 'Promoteur' },
      { name: 'Étude Martin & Associés', role: 'Notaire' },
    ],
    generatedAt: new Date('2026-03-12T13:05:00Z'),
    annexes: [],
  };
}

/** The PDF renderer itself, in this process, with a fixed frame. */
export const renderPdf: ExportRenderer = (content) => renderDeedPdf(frameOf(content));

/**
 * What one export does to everyone else on the node: the longest gap between ticks of a 5 ms
 * timer while it runs, i.e. how long every socket and request of the process waited.
 */
async function measureStall(label: string, render: () => Promise<unknown>): Promise<void> {
  let last = performance.now();
  let longest = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  const started = performance.now();
  await render();
  const elapsed = performance.now() - started;
  // One more tick: a stall is only seen once the loop is free again.
  await new Promise((resolve) => setTimeout(resolve, 20));
  clearInterval(ticker);
  console.log(
    `${label.padEnd(36)} ${elapsed.toFixed(0).padStart(6)} ms, longest event-loop stall ${longest.toFixed(0)} ms`,
  );
}

function countPdfPages(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type \/Page\b/g) ?? []
  ).length;
}

function print(t: ExportTiming): void {
  const runs = t.warmRunsMs.map((ms) => ms.toFixed(0)).join(', ');
  console.log(
    `${t.format.padEnd(5)} ${t.pages ?? '?'} pages, ${(t.bytes / 1024).toFixed(0)} KiB — cold ${t.coldMs.toFixed(0)} ms, warm median ${t.warmMedianMs.toFixed(0)} ms (runs: ${runs})`,
  );
}

async function main(): Promise<void> {
  const content = buildLongDeed(REPEATS);
  // The first render of this fresh process is the cold one (fonts read and parsed, code warmed).
  const pdf = await measureExport('PDF', renderPdf, content);
  print({ ...pdf, pages: countPdfPages(pdf.output) });
  // Word: the same deed (pages as laid out in the PDF; a DOCX is paginated by its reader).
  const { renderDocx } = await import('./export-docx');
  print({ ...(await measureExport('DOCX', renderDocx, content)), pages: countPdfPages(pdf.output) });
  const renderer = createPdfRenderer();
  await renderer.renderDeed(frameOf(content)); // the child's own cold start, not counted
  await measureStall('PDF laid out in the server process', () => renderPdf(content));
  await measureStall('PDF laid out in the render child', () => renderer.renderDeed(frameOf(content)));
  await renderer.release();
}

await main();
