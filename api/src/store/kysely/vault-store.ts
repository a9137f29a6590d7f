import type {
  CategorySource,
  DocumentCategory,
  VaultAnalysisStatus,
  VaultMetadata,
  VaultVisibility,
} from '@deedroom/shared';
import { type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type { Database } from '../database';
import type {
  VaultCategoryCorrectionRecord,
  VaultDocumentRecord,
  VaultUploadRecord,
  VaultVersionRecord,
} from '../vault-records';
import type { VaultStore } from '../vault-stores';
import { serializeWithin } from './serialize-within';

type DocumentRow = Selectable<Database['vault_documents']>;
type VersionRow = Omit<Selectable<Database['vault_versions']>, 'extracted_text' | 'analysis_claimed_until'>;

const VERSION_COLUMNS = [
  'id',
  'document_id',
  'deal_id',
  'org_id',
  'number',
  'original_name',
  'size',
  'media_type',
  'sha256',
  'blob_key',
  'uploaded_by',
  'uploaded_at',
  'analysis_status',
  'metadata',
] as const;

function toDocument(row: DocumentRow): VaultDocumentRecord {
  return {
    id: row.id,
    dealId: row.deal_id,
    orgId: row.org_id,
    title: row.title,
    category: row.category as DocumentCategory | null,
    categorySource: row.category_source as CategorySource,
    categoryConfidence: row.category_confidence,
    visibility: row.visibility as VaultVisibility,
    requestId: row.request_id,
    currentVersionId: row.current_version_id,
    versionCount: row.version_count,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toVersion(row: VersionRow): VaultVersionRecord {
  return {
    id: row.id,
    documentId: row.document_id,
    dealId: row.deal_id,
    orgId: row.org_id,
    number: row.number,
    originalName: row.original_name,
    size: row.size,
    mediaType: row.media_type,
    sha256: row.sha256,
    blobKey: row.blob_key,
    uploadedBy: row.uploaded_by,
    uploadedAt: row.uploaded_at,
    analysisStatus: row.analysis_status as VaultAnalysisStatus,
    metadata: JSON.parse(row.metadata) as VaultMetadata,
  };
}

function versionRow(v: VaultVersionRecord): Insertable<Database['vault_versions']> {
  return {
    id: v.id,
    document_id: v.documentId,
    deal_id: v.dealId,
    org_id: v.orgId,
    number: v.number,
    original_name: v.originalName,
    size: v.size,
    media_type: v.mediaType,
    sha256: v.sha256,
    blob_key: v.blobKey,
    uploaded_by: v.uploadedBy,
    uploaded_at: v.uploadedAt,
    analysis_status: v.analysisStatus,
    metadata: JSON.stringify(v.metadata),
    extracted_text: '',
  };
}

/** SQLite and PostgreSQL both report the (deal, sha256) unique index this way. */
function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505';
}

/** `%` and `_` typed by the user are matched literally. */
function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

function toCorrection(
  row: Selectable<Database['vault_category_corrections']>,
): VaultCategoryCorrectionRecord {
  return {
    id: row.id,
    documentId: row.document_id,
    versionId: row.version_id,
    fromCategory: row.from_category as DocumentCategory | null,
    fromSource: row.from_source as CategorySource,
    toCategory: row.to_category as DocumentCategory,
    correctedBy: row.corrected_by,
    correctedAt: row.corrected_at,
  };
}

export function createVaultStore(db: Kysely<Database>): VaultStore {
  return {
    async createDocument(d, v) {
      try {
        await db.transaction().execute(async (trx) => {
          await trx
            .insertInto('vault_documents')
            .values({
              id: d.id,
              deal_id: d.dealId,
              org_id: d.orgId,
              title: d.title,
              category: d.category,
              category_source: d.categorySource,
              category_confidence: d.categoryConfidence,
              visibility: d.visibility,
              request_id: d.requestId,
              current_version_id: d.currentVersionId,
              version_count: d.versionCount,
              created_by: d.createdBy,
              created_at: d.createdAt,
              updated_at: d.updatedAt,
            })
            .execute();
          await trx.insertInto('vault_versions').values(versionRow(v)).execute();
        });
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },
    async addVersion(v, at) {
      try {
        return await db.transaction().execute(async (trx) => {
          await serializeWithin(trx, `vault_versions:${v.documentId}`);
          const last = await trx
            .selectFrom('vault_versions')
            .select((eb) => eb.fn.max('number').as('n'))
            .where('document_id', '=', v.documentId)
            .executeTakeFirst();
          const version: VaultVersionRecord = { ...v, number: Number(last?.n ?? 0) + 1 };
          await trx.insertInto('vault_versions').values(versionRow(version)).execute();
          await trx
            .updateTable('vault_documents')
            .set((eb) => ({
              current_version_id: version.id,
              version_count: eb('version_count', '+', 1),
              title: version.originalName,
              updated_at: at,
            }))
            .where('id', '=', v.documentId)
            .execute();
          return version;
        });
      } catch (error) {
        if (isUniqueViolation(error)) return undefined;
        throw error;
      }
    },
    async findDocument(id) {
      const row = await db.selectFrom('vault_documents').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toDocument(row);
    },
    async listDocuments(filter) {
      let query = db
        .selectFrom('vault_documents as d')
        .selectAll('d')
        .where('d.deal_id', '=', filter.dealId)
        .where((eb) => eb.or([eb('d.visibility', '=', 'all'), eb('d.org_id', '=', filter.viewerOrgId)]));
      if (filter.category) query = query.where('d.category', '=', filter.category);
      if (filter.text) {
        const pattern = likePattern(filter.text);
        query = query.where((eb) =>
          eb.or([
            eb(sql`lower(d.title)`, 'like', sql`${pattern} escape '\\'`),
            eb.exists(
              eb
                .selectFrom('vault_versions as v')
                .select('v.id')
                .whereRef('v.document_id', '=', 'd.id')
                .where((inner) =>
                  inner.or([
                    inner(sql`lower(v.original_name)`, 'like', sql`${pattern} escape '\\'`),
                    inner(sql`lower(v.extracted_text)`, 'like', sql`${pattern} escape '\\'`),
                  ]),
                ),
            ),
          ]),
        );
      }
      const rows = await query.orderBy('d.updated_at', 'desc').orderBy('d.id').execute();
      return rows.map(toDocument);
    },
    async findVersion(id) {
      const row = await db
        .selectFrom('vault_versions')
        .select(VERSION_COLUMNS)
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toVersion(row);
    },
    async listVersions(documentIds) {
      if (documentIds.length === 0) return [];
      const rows = await db
        .selectFrom('vault_versions')
        .select(VERSION_COLUMNS)
        .where('document_id', 'in', documentIds)
        .orderBy('document_id')
        .orderBy('number', 'desc')
        .execute();
      return rows.map(toVersion);
    },
    async findVersionBySha(dealId, orgId, sha256) {
      const row = await db
        .selectFrom('vault_versions')
        .select(VERSION_COLUMNS)
        .where('deal_id', '=', dealId)
        .where('org_id', '=', orgId)
        .where('sha256', '=', sha256)
        .executeTakeFirst();
      return row && toVersion(row);
    },
    async readText(versionId) {
      const row = await db
        .selectFrom('vault_versions')
        .select('extracted_text')
        .where('id', '=', versionId)
        .executeTakeFirst();
      return row?.extracted_text ?? '';
    },
    async updateDocument(id, patch) {
      await db
        .updateTable('vault_documents')
        .set({
          ...(patch.category !== undefined && { category: patch.category }),
          ...(patch.categorySource !== undefined && { category_source: patch.categorySource }),
          ...(patch.categoryConfidence !== undefined && { category_confidence: patch.categoryConfidence }),
          ...(patch.visibility !== undefined && { visibility: patch.visibility }),
          ...(patch.requestId !== undefined && { request_id: patch.requestId }),
          updated_at: patch.updatedAt,
        })
        .where('id', '=', id)
        .execute();
    },
    async addCorrection(c) {
      await db
        .insertInto('vault_category_corrections')
        .values({
          id: c.id,
          document_id: c.documentId,
          version_id: c.versionId,
          from_category: c.fromCategory,
          from_source: c.fromSource,
          to_category: c.toCategory,
          corrected_by: c.correctedBy,
          corrected_at: c.correctedAt,
        })
        .execute();
    },
    async listCorrections() {
      const rows = await db
        .selectFrom('vault_category_corrections')
        .selectAll()
        .orderBy('corrected_at')
        .orderBy('id')
        .execute();
      return rows.map(toCorrection);
    },
    async claimPendingAnalysis(now, claimUntil) {
      // Another node may take the same candidate between the read and the update: try the next.
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const candidate = await db
          .selectFrom('vault_versions')
          .select('id')
          .where('analysis_status', '=', 'pending')
          .where((eb) =>
            eb.or([eb('analysis_claimed_until', 'is', null), eb('analysis_claimed_until', '<', now)]),
          )
          .orderBy('uploaded_at')
          .orderBy('id')
          .executeTakeFirst();
        if (!candidate) return undefined;
        const claimed = await db
          .updateTable('vault_versions')
          .set({ analysis_claimed_until: claimUntil })
          .where('id', '=', candidate.id)
          .where('analysis_status', '=', 'pending')
          .where((eb) =>
            eb.or([eb('analysis_claimed_until', 'is', null), eb('analysis_claimed_until', '<', now)]),
          )
          .executeTakeFirst();
        if (Number(claimed.numUpdatedRows) === 1) {
          const row = await db
            .selectFrom('vault_versions')
            .select(VERSION_COLUMNS)
            .where('id', '=', candidate.id)
            .executeTakeFirstOrThrow();
          return toVersion(row);
        }
      }
      return undefined;
    },
    async countPendingAnalyses() {
      const row = await db
        .selectFrom('vault_versions')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('analysis_status', '=', 'pending')
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async completeAnalysis(versionId, result, at) {
      await db.transaction().execute(async (trx) => {
        const version = await trx
          .updateTable('vault_versions')
          .set({
            analysis_status: 'done',
            extracted_text: result.text,
            metadata: JSON.stringify(result.metadata),
          })
          .where('id', '=', versionId)
          .returning('document_id')
          .executeTakeFirst();
        if (!version) return;
        await trx
          .updateTable('vault_documents')
          .set({
            category: result.category,
            category_source: result.source,
            category_confidence: result.confidence,
            updated_at: at,
          })
          .where('id', '=', version.document_id)
          .where('current_version_id', '=', versionId)
          .where('category_source', '!=', 'person')
          .execute();
      });
    },
    async failAnalysis(versionId, at) {
      await db.transaction().execute(async (trx) => {
        const version = await trx
          .updateTable('vault_versions')
          .set({ analysis_status: 'failed' })
          .where('id', '=', versionId)
          .returning('document_id')
          .executeTakeFirst();
        if (!version) return;
        await trx
          .updateTable('vault_documents')
          .set({ category_source: 'to_review', updated_at: at })
          .where('id', '=', version.document_id)
          .where('current_version_id', '=', versionId)
          .where('category_source', '=', 'pending')
          .execute();
      });
    },
    async recordUpload(u: VaultUploadRecord) {
      await db
        .insertInto('vault_uploads')
        .values({
          upload_id: u.uploadId,
          deal_id: u.dealId,
          user_id: u.userId,
          document_id: u.documentId,
          is_duplicate: u.isDuplicate ? 1 : 0,
          finished_at: u.finishedAt,
        })
        .onConflict((oc) => oc.column('upload_id').doNothing())
        .execute();
    },
    async findUpload(uploadId) {
      const row = await db
        .selectFrom('vault_uploads')
        .selectAll()
        .where('upload_id', '=', uploadId)
        .executeTakeFirst();
      return (
        row && {
          uploadId: row.upload_id,
          dealId: row.deal_id,
          userId: row.user_id,
          documentId: row.document_id,
          isDuplicate: row.is_duplicate === 1,
          finishedAt: row.finished_at,
        }
      );
    },
  };
}
