import { recordAudit } from '../audit/record-audit';
import { requireDeedAccess } from '../deeds/require-deed-access';
import type { Actor, ServiceDeps } from '../deps';
import { collectDeedAnnexes } from './collect-deed-annexes';
import { loadPdfParties, nameExportFile, readExportedText } from './load-deed-pdf-frame';

export interface ExportedPdf {
  bytes: Buffer;
  fileName: string;
}

/**
 * The PDF of a version of a deed, or of its text now (`current`), for anyone who may view the
 * deal: 404 behind the wall and for another deed's version. Every export is audited with the hash
 * of the text exported.
 */
export async function exportDeedPdf(
  deps: ServiceDeps,
  actor: Actor,
  deedId: string,
  versionId: string,
): Promise<ExportedPdf> {
  const { deed, deal } = await requireDeedAccess(deps, actor, deedId, 'deal.view');
  const text = await readExportedText(deps, deedId, versionId);
  const [parties, annexes] = await Promise.all([
    loadPdfParties(deps, deal.id),
    collectDeedAnnexes(deps, deal.id, actor.user.orgId, text.content),
  ]);
  const bytes = await deps.pdf.renderDeed({
    content: text.content,
    dealName: deal.name,
    deedTitle: deed.title,
    versionLabel: text.label,
    contentHash: text.contentHash,
    parties,
    generatedAt: text.date,
    annexes,
  });
  await recordAudit(deps, {
    action: 'deed.export.pdf',
    actor,
    dealId: deal.id,
    target: deed.id,
    detail: { versionId: text.version?.id ?? null, contentHash: text.contentHash, bytes: bytes.length },
  });
  const suffix = text.version ? `V${text.version.number}` : 'texte en cours';
  return { bytes, fileName: nameExportFile(deed.title, suffix) };
}
