import type { SignatureSources } from '@deedroom/shared';
import { requireDealAccess } from '../deals/require-deal-access';
import type { Actor, ServiceDeps } from '../deps';
import { isEligibleSigner } from './create-signature-request';

/** What the bank may put to signature in a deal (locked deed versions, vault PDFs) and who may sign. */
export async function listSignatureSources(
  deps: ServiceDeps,
  actor: Actor,
  dealId: string,
): Promise<SignatureSources> {
  await requireDealAccess(deps, actor, dealId, 'signature.request');
  const deeds = await deps.stores.deeds.listByDeal(dealId);
  const deedVersions: SignatureSources['deedVersions'] = [];
  for (const deed of deeds) {
    if (!deed.lock?.versionId) continue;
    const version = await deps.stores.deedVersions.findById(deed.lock.versionId);
    if (!version) continue;
    deedVersions.push({
      deedId: deed.id,
      deedTitle: deed.title,
      versionId: version.id,
      versionName: version.name,
      lockedAt: deed.lock.lockedAt,
    });
  }
  const documents = await deps.stores.vault.listDocuments({ dealId, viewerOrgId: actor.user.orgId });
  const versions = await deps.stores.vault.listVersions(documents.map((d) => d.id));
  const vaultPdfs: SignatureSources['vaultPdfs'] = [];
  for (const document of documents) {
    const version = versions.find((v) => v.id === document.currentVersionId);
    if (version?.mediaType !== 'application/pdf') continue;
    // Signed files are results, not drafts to sign again.
    if (await deps.stores.signatures.findBySignedDocument(document.id)) continue;
    vaultPdfs.push({
      documentId: document.id,
      versionId: version.id,
      title: document.title,
      category: document.category,
      uploadedAt: version.uploadedAt,
    });
  }
  // Commitment documents first (« Garanties et sûretés »).
  vaultPdfs.sort((a, b) => Number(b.category === 'garanties') - Number(a.category === 'garanties'));
  const staff = await deps.stores.staffing.list(dealId);
  return {
    deedVersions,
    vaultPdfs,
    signers: staff
      .filter((s) => isEligibleSigner(s.role))
      .map((s) => ({ userId: s.userId, name: s.name, orgName: s.orgName, role: s.role })),
  };
}
