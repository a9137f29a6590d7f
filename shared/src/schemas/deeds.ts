import { z } from 'zod';
import { DEED_EDIT_MODES } from '../deed/edit-mode';
import { DEED_KINDS } from '../deed-kinds';
import { LIMITS } from '../limits';
import { ORG_KINDS } from '../orgs';
import { DEAL_ROLES } from '../permissions';
import { IdSchema } from './common';

export const DeedSchema = z.object({
  id: IdSchema,
  dealId: IdSchema,
  title: z.string(),
  kind: z.enum(DEED_KINDS),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Deed = z.infer<typeof DeedSchema>;

export const DeedListSchema = z.object({ deeds: z.array(DeedSchema) });

export const CreateDeedRequestSchema = z.strictObject({
  title: z.string().trim().min(1).max(LIMITS.deedTitleMaxLength),
  kind: z.enum(DEED_KINDS),
});
export type CreateDeedRequest = z.infer<typeof CreateDeedRequestSchema>;

/** One deed as the caller may use it: whether the editor opens read-only is decided here. */
export const DeedDetailSchema = DeedSchema.extend({
  dealName: z.string(),
  myRole: z.enum(DEAL_ROLES),
  /** False for roles that may only read (the collaboration server refuses their updates too). */
  canEdit: z.boolean(),
  /** `suggest`: every change is a tracked suggestion; the collaboration server refuses others. */
  editMode: z.enum(DEED_EDIT_MODES),
  /** Kinds of organisation held to suggestion mode on this deed. */
  suggestionOnlyFor: z.array(z.enum(ORG_KINDS)),
  /** Set once the final text is locked: nobody may change it until it is unlocked. */
  lock: z
    .object({
      lockedAt: z.string(),
      lockedBy: z.object({ id: IdSchema, name: z.string() }),
      versionId: IdSchema.nullable(),
    })
    .nullable(),
});
export type DeedDetail = z.infer<typeof DeedDetailSchema>;

export const CollabTokenSchema = z.object({
  /** Pass as the `token` query parameter of the WebSocket `/collab/<deedId>`. */
  token: z.string(),
  expiresAt: z.string(),
});
export type CollabToken = z.infer<typeof CollabTokenSchema>;

export const DeedSettingsRequestSchema = z.strictObject({
  /** Kinds of organisation whose members may only suggest changes (never the bank). */
  suggestionOnlyFor: z
    .array(z.enum(['developer', 'notary']))
    .max(2)
    .refine((kinds) => new Set(kinds).size === kinds.length, 'Chaque partie ne peut figurer qu’une fois.'),
});
export type DeedSettingsRequest = z.infer<typeof DeedSettingsRequestSchema>;
