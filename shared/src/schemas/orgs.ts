import { z } from 'zod';
import { LIMITS } from '../limits';
import { ORG_KINDS } from '../orgs';
import { IdSchema } from './common';

export const OrgSchema = z.object({
  id: IdSchema,
  name: z.string(),
  kind: z.enum(ORG_KINDS),
});
export type Org = z.infer<typeof OrgSchema>;

export const CreateOrgRequestSchema = z.strictObject({
  name: z.string().trim().min(1).max(LIMITS.nameMaxLength),
  kind: z.enum(ORG_KINDS),
});
export type CreateOrgRequest = z.infer<typeof CreateOrgRequestSchema>;

export const OrgListSchema = z.object({ orgs: z.array(OrgSchema) });
