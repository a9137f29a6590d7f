import { createId, createSecretToken } from '../../create-id';
import { recordAudit } from '../audit/record-audit';
import { hashPassword } from '../auth/password-hashing';
import type { ServiceDeps } from '../deps';
import { createDefaultChecklist } from '../vault/create-default-checklist';
import { buildCompletionGuarantee } from './deed-content/completion-guarantee';
import { buildCreditAgreement, type DealFacts } from './deed-content/credit-agreement';
import { DEMO_DEALS, DEMO_ORGS, DEMO_USERS } from './demo-data';
import { seedDemoWorkflow } from './seed-demo-workflow';
import { writeDeedContent } from './write-deed-content';

export interface DemoSeedResult {
  password: string;
  emails: string[];
}

/**
 * Fills an empty database with the demo world. Does nothing (returns undefined) when any
 * organisation already exists, so restarting never duplicates or resets data.
 */
export async function seedDemo(deps: ServiceDeps, password?: string): Promise<DemoSeedResult | undefined> {
  const { stores } = deps;
  if ((await stores.orgs.list()).length > 0) return undefined;
  const demoPassword = password ?? createSecretToken().slice(0, 16);
  const now = deps.clock.now().toISOString();
  const passwordHash = await hashPassword(demoPassword);

  const orgIds = new Map<string, string>();
  for (const org of DEMO_ORGS) {
    const id = createId();
    orgIds.set(org.key, id);
    await stores.orgs.create({ id, name: org.name, kind: org.kind, createdAt: now });
  }
  const orgIdOf = (key: string): string => {
    const id = orgIds.get(key);
    if (!id) throw new Error(`demo org ${key} missing`);
    return id;
  };

  const orgNameOf = (key: string): string => DEMO_ORGS.find((o) => o.key === key)?.name ?? key;

  const userIds = new Map<string, string>();
  for (const user of DEMO_USERS) {
    const id = createId();
    userIds.set(user.email, id);
    await stores.users.create({
      id,
      orgId: orgIdOf(user.org),
      email: user.email,
      name: user.name,
      passwordHash,
      isAdmin: user.isAdmin ?? false,
      createdAt: now,
      updatedAt: now,
    });
  }

  const [creator] = DEMO_USERS;
  const creatorId = creator && userIds.get(creator.email);
  if (!creatorId) throw new Error('demo creator missing');
  for (const spec of DEMO_DEALS) {
    const dealId = createId();
    await stores.deals.create({
      deal: {
        id: dealId,
        name: spec.name,
        city: spec.city,
        lots: spec.lots,
        amountCents: spec.amountCents,
        status: spec.status,
        createdBy: creatorId,
        createdAt: now,
        updatedAt: now,
      },
      partyOrgIds: [orgIdOf('bank'), orgIdOf(spec.developer), orgIdOf('notary')],
      creatorStaff: { dealId, userId: creatorId, role: 'bank_manager', addedBy: creatorId, addedAt: now },
    });
    await createDefaultChecklist(deps, dealId);
    for (const user of DEMO_USERS) {
      const role = user.roles[spec.key];
      const userId = userIds.get(user.email);
      if (!role || !userId || userId === creatorId) continue;
      await stores.staffing.upsert({ dealId, userId, role, addedBy: creatorId, addedAt: now });
    }
    const facts: DealFacts = {
      programme: spec.name,
      city: spec.city,
      lots: spec.lots,
      amountCents: spec.amountCents,
      bankName: orgNameOf('bank'),
      developerName: orgNameOf(spec.developer),
      borrowerName: spec.borrower,
      notaryName: orgNameOf('notary'),
      signingCity: spec.city,
    };
    const deedIds = new Map<string, string>();
    for (const deed of spec.deeds) {
      const deedId = createId();
      deedIds.set(deed.kind, deedId);
      await stores.deeds.create({
        id: deedId,
        dealId,
        title: deed.title,
        kind: deed.kind,
        createdBy: creatorId,
        createdAt: now,
        updatedAt: now,
        suggestionOnlyFor: [],
        lock: null,
      });
      const content = deed.kind === 'gfa' ? buildCompletionGuarantee(facts) : buildCreditAgreement(facts);
      await writeDeedContent(deps, deedId, content);
    }
    const requests = await stores.vaultRequests.listByDeal(dealId);
    await seedDemoWorkflow(deps, dealId, {
      gfaDeedId: deedIds.get('gfa'),
      insuranceRequestId: requests.find((r) => r.category === 'assurances')?.id,
    });
  }
  await recordAudit(deps, {
    action: 'demo.seed',
    detail: { users: DEMO_USERS.length, deals: DEMO_DEALS.length },
  });
  return { password: demoPassword, emails: DEMO_USERS.map((u) => u.email) };
}
