import { z } from 'zod';
import { ORG_KINDS } from '../orgs';
import { DEAL_ROLES } from '../permissions';
import { IdSchema } from './common';

export const StaffMemberSchema = z.object({
  userId: IdSchema,
  name: z.string(),
  email: z.string(),
  orgId: IdSchema,
  orgName: z.string(),
  orgKind: z.enum(ORG_KINDS),
  role: z.enum(DEAL_ROLES),
});
export type StaffMember = z.infer<typeof StaffMemberSchema>;

export const StaffListSchema = z.object({ members: z.array(StaffMemberSchema) });

export const StaffRequestSchema = z.strictObject({
  userId: IdSchema,
  role: z.enum(DEAL_ROLES),
});
export type StaffRequest = z.infer<typeof StaffRequestSchema>;

/** People of the deal's organisations who can be staffed on it. */
export const StaffCandidateSchema = StaffMemberSchema.omit({ role: true });
export const StaffCandidateListSchema = z.object({ candidates: z.array(StaffCandidateSchema) });
