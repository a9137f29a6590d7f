import type { DocxImportReport } from '@deedroom/shared';
import type { DeedVersionRecord } from '../../store/records';
import { readDocxUpload } from '../../word/read-docx-upload';
import { recordAudit } from '../audit/record-audit';
import type { Actor, ServiceDeps } from '../deps';
import { readDeedContent } from '../versions/read-deed-content';
import { replaceDeedText } from '../versions/replace-deed-text';
import { requireFullEdit } from '../versions/require-full-edit';
import { saveDeedVersion } from '../versions/save-deed-version';
import type { DocxUpload } from './import-docx-as-deed';

export interface ImportedVersion {
  before: DeedVersionRecord;
  imported: DeedVersionRecord;
  report: DocxImportReport;
}

/**
 * « Importer une nouvelle version (Word) »: the Word file's text replaces the live text through
 * the collaboration server, like a restore. The text as it was is saved as a version first, and
 * the imported one after, so the comparison between the two shows what the file changed.
 */
export async function importDocxAsVersion(
  deps: ServiceDeps,
  actor: Actor,
  deedId: string,
  upload: DocxUpload,
): Promise<ImportedVersion> {
  const { deed } = await requireFullEdit(deps, actor, deedId, 'remplacer son texte par un document Word');
  const read = await readDocxUpload(upload.bytes);
  const before = await saveDeedVersion(deps, {
    deedId,
    kind: 'manual',
    name: 'Avant import Word',
    note: `Texte remplacé par ${upload.fileName}`,
    createdBy: actor.user.id,
    snapshot: await readDeedContent(deps, deedId),
  });
  await replaceDeedText(deps, actor, deedId, read.content, 'import');
  const imported = await saveDeedVersion(deps, {
    deedId,
    kind: 'manual',
    name: 'Import Word',
    note: upload.fileName,
    createdBy: actor.user.id,
    snapshot: await readDeedContent(deps, deedId),
  });
  await recordAudit(deps, {
    action: 'deed.import.docx',
    actor,
    dealId: deed.dealId,
    target: `deed:${deedId}`,
    detail: {
      fileName: upload.fileName,
      bytes: upload.bytes.length,
      beforeVersionId: before.id,
      versionId: imported.id,
    },
  });
  deps.deedSignals.publish({ deedId, topic: 'versions', orgId: null });
  deps.deedSignals.publish({ deedId, topic: 'approvals', orgId: null });
  return {
    before,
    imported,
    report: {
      fileName: upload.fileName,
      articles: read.articles,
      paragraphs: read.paragraphs,
      tables: read.tables,
      warnings: read.warnings,
    },
  };
}
