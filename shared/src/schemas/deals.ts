import { z } from 'zod';
import { DEAL_STATUSES } from '../deal-status';
import { LIMITS } from '../limits';
import { ORG_KINDS } from '../orgs';
import { DEAL_ACTIONS, DEAL_ROLES } from '../permissions';
import { IdSchema } from './common';

export const DealPartySchema = z.object({
  orgId: IdSchema,
  name: z.string(),
  kind: z.enum(ORG_KINDS),
});
export type DealParty = z.infer<typeof DealPartySchema>;

export const DealSchema = z.object({
  id: IdSchema,
  name: z.string(),
  city: z.string(),
  lots: z.number().int(),
  amountCents: z.number().int(),
  status: z.enum(DEAL_STATUSES),
  parties: z.array(DealPartySchema),
  /** The caller's role on this deal and what it lets them do. */
  myRole: z.enum(DEAL_ROLES),
  myActions: z.array(z.enum(DEAL_ACTIONS)),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Deal = z.infer<typeof DealSchema>;

export const DealListSchema = z.object({ deals: z.array(DealSchema) });

const DealFieldsSchema = z.strictObject({
  name: z.string().trim().min(1).max(LIMITS.dealNameMaxLength),
  city: z.string().trim().min(1).max(LIMITS.cityMaxLength),
  lots: z.number().int().min(1).max(LIMITS.maxLotsPerDeal),
  amountCents: z.number().int().min(0).max(LIMITS.maxDealAmountCents),
  status: z.enum(DEAL_STATUSES),
});

export const CreateDealRequestSchema = DealFieldsSchema.extend({
  status: z.enum(DEAL_STATUSES).default('draft'),
  developerOrgId: IdSchema,
  /** Other banks of a pool; the creator's bank is always a party. */
  bankOrgIds: z.array(IdSchema).max(10).default([]),
  notaryOrgIds: z.array(IdSchema).max(10).default([]),
});
export type CreateDealRequest = z.infer<typeof CreateDealRequestSchema>;

export const UpdateDealRequestSchema = DealFieldsSchema.partial().refine(
  (v) => Object.keys(v).length > 0,
  'au moins un champ à modifier',
);
export type UpdateDealRequest = z.infer<typeof UpdateDealRequestSchema>;
