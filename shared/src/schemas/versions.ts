import { z } from 'zod';
import { LIMITS } from '../limits';
import { ORG_KINDS } from '../orgs';
import { IdSchema } from './common';
import { DeedComparisonSchema } from './compare';

/**
 * Named versions of a deed. A version freezes the deed's content with its SHA-256 hash; the
 * product makes some by itself at milestones (an approval given on the current text, the lock)
 * and restoring one adds a new version rather than rewriting history.
 */
export const DEED_VERSION_KINDS = ['manual', 'approval', 'lock', 'restore'] as const;
export type DeedVersionKind = (typeof DEED_VERSION_KINDS)[number];

export const DEED_VERSION_KIND_LABELS: Record<DeedVersionKind, string> = {
  manual: 'Enregistrée',
  approval: 'Accord',
  lock: 'Verrouillage',
  restore: 'Restauration',
};

/** Someone named in a version, an approval or the history: « Julie Morel (Atlantique Promotion) ». */
export const PersonRefSchema = z.object({
  id: IdSchema,
  name: z.string(),
  orgName: z.string(),
  orgKind: z.enum(ORG_KINDS),
});
export type PersonRef = z.infer<typeof PersonRefSchema>;

/** Just enough to name a version: « V3 – Envoyée à la banque ». */
export const DeedVersionRefSchema = z.object({
  id: IdSchema,
  number: z.number().int().positive(),
  name: z.string(),
});
export type DeedVersionRef = z.infer<typeof DeedVersionRefSchema>;

export const DeedVersionSummarySchema = DeedVersionRefSchema.extend({
  deedId: IdSchema,
  note: z.string(),
  kind: z.enum(DEED_VERSION_KINDS),
  /** SHA-256 (hex) of the canonical JSON of the document: equal hashes, identical texts. */
  contentHash: z.string(),
  createdAt: z.string(),
  createdBy: PersonRefSchema,
  /** The version this one restored. */
  restoredFrom: DeedVersionRefSchema.nullable(),
});
export type DeedVersionSummary = z.infer<typeof DeedVersionSummarySchema>;

export const DeedVersionListSchema = z.object({
  /** Newest first. */
  versions: z.array(DeedVersionSummarySchema),
  /** Hash of the deed's text now: a version with the same hash is the current text. */
  currentHash: z.string(),
});
export type DeedVersionList = z.infer<typeof DeedVersionListSchema>;

/** A ProseMirror document of the deed schema, as JSON. */
export const DeedContentJsonSchema = z.record(z.string(), z.unknown());

/** One version with its content, to show it read-only. */
export const DeedVersionSchema = DeedVersionSummarySchema.extend({ content: DeedContentJsonSchema });
export type DeedVersion = z.infer<typeof DeedVersionSchema>;

export const CreateDeedVersionRequestSchema = z.strictObject({
  name: z.string().trim().min(1).max(LIMITS.versionNameMaxLength),
  note: z.string().trim().max(LIMITS.versionNoteMaxLength).default(''),
});
export type CreateDeedVersionRequest = z.input<typeof CreateDeedVersionRequestSchema>;

/** `current` stands for the deed's text now, wherever a version id is expected in a comparison. */
export const CURRENT_VERSION = 'current';

export const DeedCompareQuerySchema = z.object({
  from: IdSchema,
  to: IdSchema,
});

export const DeedCompareResponseSchema = z.object({
  /** null: the current text. */
  from: DeedVersionSummarySchema.nullable(),
  to: DeedVersionSummarySchema.nullable(),
  comparison: DeedComparisonSchema,
});
export type DeedCompareResponse = z.infer<typeof DeedCompareResponseSchema>;
