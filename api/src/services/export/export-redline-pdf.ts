import { compareDeeds } from '@deedroom/shared';
import { recordAudit } from '../audit/record-audit';
import { requireDeedAccess } from '../deeds/require-deed-access';
import type { Actor, ServiceDeps } from '../deps';
import type { ExportedPdf } from './export-deed-pdf';
import { loadPdfParties, nameExportFile, readExportedText } from './load-deed-pdf-frame';

/**
 * The redline PDF between two versions of a deed, or a version and the text now (`current`),
 * with the same gate as the on-screen comparison (`deal.view`, 404 behind the wall). Audited.
 */
export async function exportRedlinePdf(
  deps: ServiceDeps,
  actor: Actor,
  deedId: string,
  fromId: string,
  toId: string,
): Promise<ExportedPdf> {
  const { deed, deal } = await requireDeedAccess(deps, actor, deedId, 'deal.view');
  const from = await readExportedText(deps, deedId, fromId);
  const to = await readExportedText(deps, deedId, toId);
  const parties = await loadPdfParties(deps, deal.id);
  // A comparison of two versions is dated by the newer one, so it too is the same every time.
  const generatedAt = new Date(Math.max(from.date.getTime(), to.date.getTime()));
  const bytes = await deps.pdf.renderRedline({
    dealName: deal.name,
    deedTitle: deed.title,
    versionLabel: `Comparaison ${shortLabel(from.version?.number)} → ${shortLabel(to.version?.number)}`,
    contentHash: to.contentHash,
    parties,
    generatedAt,
    from: { label: from.label, contentHash: from.contentHash },
    to: { label: to.label, contentHash: to.contentHash },
    comparison: compareDeeds(from.content, to.content),
  });
  await recordAudit(deps, {
    action: 'deed.export.redline',
    actor,
    dealId: deal.id,
    target: deed.id,
    detail: {
      fromVersionId: from.version?.id ?? null,
      toVersionId: to.version?.id ?? null,
      fromHash: from.contentHash,
      toHash: to.contentHash,
    },
  });
  return {
    bytes,
    fileName: nameExportFile(
      deed.title,
      `comparaison ${shortLabel(from.version?.number)} - ${shortLabel(to.version?.number)}`,
    ),
  };
}

function shortLabel(versionNumber: number | undefined): string {
  return versionNumber === undefined ? 'texte en cours' : `V${versionNumber}`;
}
