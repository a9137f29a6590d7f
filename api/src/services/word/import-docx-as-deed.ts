import type { DeedKind, DocxImportReport } from '@deedroom/shared';
import type { DeedRecord } from '../../store/records';
import { readDocxUpload } from '../../word/read-docx-upload';
import { recordAudit } from '../audit/record-audit';
import { requireDealAccess } from '../deals/require-deal-access';
import { createDeed } from '../deeds/create-deed';
import type { Actor, ServiceDeps } from '../deps';
import { readDeedContent } from '../versions/read-deed-content';
import { replaceDeedText } from '../versions/replace-deed-text';
import { saveDeedVersion } from '../versions/save-deed-version';

export interface DocxUpload {
  fileName: string;
  bytes: Buffer;
}

/** « Document.docx » → « Document ». */
export function titleFromFileName(fileName: string): string {
  return fileName.replace(/\.docx$/i, '').trim() || 'Acte importé';
}

/**
 * « Importer un document Word »: a new deed of the deal whose text is the Word file's, with a
 * first version « Import Word » so the imported text can always be found again.
 */
export async function importDocxAsDeed(
  deps: ServiceDeps,
  actor: Actor,
  dealId: string,
  upload: DocxUpload,
  options: { title?: string | undefined; kind: DeedKind },
): Promise<{ deed: DeedRecord; report: DocxImportReport }> {
  await requireDealAccess(deps, actor, dealId, 'deed.create');
  const read = await readDocxUpload(upload.bytes);
  const title = (options.title ?? titleFromFileName(upload.fileName)).slice(0, 200);
  const deed = await createDeed(deps, actor, dealId, { title, kind: options.kind });
  await replaceDeedText(deps, actor, deed.id, read.content, 'import');
  const version = await saveDeedVersion(deps, {
    deedId: deed.id,
    kind: 'manual',
    name: 'Import Word',
    note: upload.fileName,
    createdBy: actor.user.id,
    snapshot: await readDeedContent(deps, deed.id),
  });
  await recordAudit(deps, {
    action: 'deed.import.docx',
    actor,
    dealId,
    target: `deed:${deed.id}`,
    detail: { fileName: upload.fileName, bytes: upload.bytes.length, versionId: version.id },
  });
  return {
    deed,
    report: {
      fileName: upload.fileName,
      articles: read.articles,
      paragraphs: read.paragraphs,
      tables: read.tables,
      warnings: read.warnings,
    },
  };
}
