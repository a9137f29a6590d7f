import { z } from 'zod';
import { ORG_KINDS } from '../orgs';
import { IdSchema } from './common';
import { DEED_VERSION_KINDS, DeedVersionRefSchema, PersonRefSchema } from './versions';

/**
 * « Historique »: who changed what and when on a deed, newest first. Edits are reported per
 * author as periods of activity (the update log itself is compacted, so the server keeps
 * per-author counts apart).
 */
const OrgRefSchema = z.object({ id: IdSchema, name: z.string(), kind: z.enum(ORG_KINDS) });

export const DeedHistoryEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('edit'),
    at: z.string(),
    /** End of the period of activity. */
    until: z.string(),
    actor: PersonRefSchema,
    /** Updates received in the period (a keystroke or a paste each, roughly). */
    updates: z.number().int().nonnegative(),
  }),
  z.object({
    type: z.literal('version'),
    at: z.string(),
    actor: PersonRefSchema,
    version: DeedVersionRefSchema.extend({ kind: z.enum(DEED_VERSION_KINDS), note: z.string() }),
    restoredFrom: DeedVersionRefSchema.nullable(),
  }),
  z.object({
    type: z.literal('approval'),
    at: z.string(),
    actor: PersonRefSchema,
    org: OrgRefSchema,
    version: DeedVersionRefSchema,
  }),
  z.object({
    type: z.literal('approval-withdrawn'),
    at: z.string(),
    actor: PersonRefSchema,
    org: OrgRefSchema,
    version: DeedVersionRefSchema,
  }),
  z.object({
    type: z.literal('lock'),
    at: z.string(),
    actor: PersonRefSchema,
    version: DeedVersionRefSchema.nullable(),
  }),
  z.object({ type: z.literal('unlock'), at: z.string(), actor: PersonRefSchema, reason: z.string() }),
]);
export type DeedHistoryEvent = z.infer<typeof DeedHistoryEventSchema>;

export const DeedHistorySchema = z.object({
  events: z.array(DeedHistoryEventSchema),
  /** Everyone named in the events, for the author filter. */
  authors: z.array(PersonRefSchema),
});
export type DeedHistory = z.infer<typeof DeedHistorySchema>;
