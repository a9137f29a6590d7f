import { z } from 'zod';
import { ORG_KINDS } from '../orgs';
import { EmailSchema, IdSchema, PasswordSchema, PersonNameSchema } from './common';

export const UserSchema = z.object({
  id: IdSchema,
  email: z.string(),
  name: z.string(),
  orgId: IdSchema,
  orgName: z.string(),
  orgKind: z.enum(ORG_KINDS),
  isAdmin: z.boolean(),
});
export type User = z.infer<typeof UserSchema>;

export const CreateUserRequestSchema = z.strictObject({
  email: EmailSchema,
  name: PersonNameSchema,
  orgId: IdSchema,
  password: PasswordSchema,
  isAdmin: z.boolean().default(false),
});
export type CreateUserRequest = z.infer<typeof CreateUserRequestSchema>;

export const UserListSchema = z.object({ users: z.array(UserSchema) });
