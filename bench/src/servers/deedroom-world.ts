import { randomBytes } from 'node:crypto';
import { hashPassword, type RunningServer } from '@deedroom/api';
import { canPerform, type DealRole, type OrgKind } from '@deedroom/shared';
import type { ProvisionedWorld, ProvisionRequest } from '../ipc/server-messages';

type Stores = RunningServer['deps']['stores'];

export const BENCH_PASSWORD = 'bench-password-not-secret';

/** Roles that may edit a deed, with the kind of organisation each belongs to. */
const EDITORS: ReadonlyArray<{ role: DealRole; org: OrgKind }> = [
  { role: 'bank_manager', org: 'bank' },
  { role: 'bank_legal', org: 'bank' },
  { role: 'developer_lead', org: 'developer' },
  { role: 'notary', org: 'notary' },
  { role: 'notary_clerk', org: 'notary' },
];

/** A real-estate financing deal carries a few deeds (credit agreement, GFA, guarantee...). */
const DEEDS_PER_DEAL = 4;

function newId(): string {
  return randomBytes(16).toString('base64url');
}

/**
 * Creates, through the running server's own stores, the organisations, users, deals, staffing
 * and deeds of a benchmark: every user is staffed with an editing role on every deal.
 */
export async function provisionDeedroomWorld(
  stores: Stores,
  request: ProvisionRequest,
): Promise<ProvisionedWorld> {
  for (const { role } of EDITORS) {
    if (!canPerform(role, 'deed.edit')) throw new Error(`role ${role} may not edit deeds`);
  }
  const now = new Date().toISOString();
  const run = randomBytes(4).toString('hex'); // e-mails are compared in lower case
  const orgIds = new Map<OrgKind, string>();
  for (const kind of ['bank', 'developer', 'notary'] as const) {
    const id = newId();
    await stores.orgs.create({ id, name: `Bench ${kind} ${run}`, kind, createdAt: now });
    orgIds.set(kind, id);
  }
  const orgId = (kind: OrgKind) => orgIds.get(kind) ?? '';

  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const users: Array<{ id: string; email: string; role: DealRole }> = [];
  for (let i = 0; i < request.users; i++) {
    const editor = EDITORS[i % EDITORS.length] ?? { role: 'bank_manager', org: 'bank' };
    const user = { id: newId(), email: `bench-${run}-${i}@bench.example`, role: editor.role };
    await stores.users.create({
      id: user.id,
      orgId: orgId(editor.org),
      email: user.email,
      name: `Juriste ${i}`,
      passwordHash,
      isAdmin: false,
      createdAt: now,
      updatedAt: now,
    });
    users.push(user);
  }
  const creator = users[0];
  if (!creator) throw new Error('a benchmark needs at least one user');

  const deedIds: string[] = [];
  for (let first = 0; first < request.deeds; first += DEEDS_PER_DEAL) {
    const dealId = newId();
    await stores.deals.create({
      deal: {
        id: dealId,
        name: `Programme bench ${first / DEEDS_PER_DEAL}`,
        city: 'Lyon',
        lots: 40,
        amountCents: 1_200_000_000,
        status: 'draft',
        createdBy: creator.id,
        createdAt: now,
        updatedAt: now,
      },
      partyOrgIds: [orgId('bank'), orgId('developer'), orgId('notary')],
      creatorStaff: { dealId, userId: creator.id, role: creator.role, addedBy: creator.id, addedAt: now },
    });
    for (const user of users.slice(1)) {
      await stores.staffing.upsert({
        dealId,
        userId: user.id,
        role: user.role,
        addedBy: creator.id,
        addedAt: now,
      });
    }
    for (let d = first; d < Math.min(request.deeds, first + DEEDS_PER_DEAL); d++) {
      const id = newId();
      await stores.deeds.create({
        id,
        dealId,
        title: `Convention de crédit ${d}`,
        kind: 'convention_credit',
        createdBy: creator.id,
        createdAt: now,
        updatedAt: now,
        suggestionOnlyFor: [],
        lock: null,
      });
      deedIds.push(id);
    }
  }
  return { deedIds, users: users.map((u) => ({ email: u.email, password: BENCH_PASSWORD })) };
}
