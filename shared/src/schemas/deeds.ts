import { z } from 'zod';
import { DEED_KINDS } from '../deed-kinds';
import { LIMITS } from '../limits';
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
