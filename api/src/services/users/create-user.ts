import { AppError, type CreateUserRequest } from '@deedroom/shared';
import { createId } from '../../create-id';
import type { UserWithOrg } from '../../store/records';
import { recordAudit } from '../audit/record-audit';
import { hashPassword } from '../auth/password-hashing';
import type { Actor, ServiceDeps } from '../deps';
import { requireAdmin } from '../orgs/require-admin';

export async function createUser(
  deps: ServiceDeps,
  actor: Actor,
  input: CreateUserRequest,
): Promise<UserWithOrg> {
  await requireAdmin(deps, actor, 'user.create');
  const org = await deps.stores.orgs.findById(input.orgId);
  if (!org) throw new AppError('NOT_FOUND', 'Organisation introuvable.');
  if (input.isAdmin && org.kind !== 'bank') {
    throw new AppError('VALIDATION_FAILED', 'Seul un membre de la banque peut administrer la plateforme.');
  }
  if (await deps.stores.users.findByEmail(input.email)) {
    throw new AppError('CONFLICT', 'Un compte existe déjà pour cette adresse e-mail.');
  }
  const now = deps.clock.now().toISOString();
  const id = createId();
  await deps.stores.users.create({
    id,
    orgId: org.id,
    email: input.email,
    name: input.name,
    passwordHash: await hashPassword(input.password),
    isAdmin: input.isAdmin,
    createdAt: now,
    updatedAt: now,
  });
  await recordAudit(deps, {
    action: 'user.create',
    actor,
    target: `user:${id}`,
    detail: { orgId: org.id, isAdmin: input.isAdmin },
  });
  const user = await deps.stores.users.findById(id);
  if (!user) throw new Error('user missing after insert');
  return user;
}
