import { DOCUMENT_CATEGORIES, DOCUMENT_CATEGORY_LABELS, type DocumentCategory } from '@deedroom/shared';
import { createId } from '../../create-id';
import type { VaultRequestRecord } from '../../store/vault-records';
import type { ServiceDeps } from '../deps';

/** What the bank cannot commit without (../shared/DOMAIN.md); the rest of the taxonomy is optional. */
export const MANDATORY_CATEGORIES: readonly DocumentCategory[] = [
  'kbis',
  'statuts',
  'comptes',
  'titre_propriete',
  'permis_construire',
  'affichage_recours',
  'bilan_promoteur',
  'grille_prix',
  'etat_commercialisation',
  'assurances',
];

/** Every deal starts with one request per category of the taxonomy but « Autre ». */
export async function createDefaultChecklist(deps: ServiceDeps, dealId: string): Promise<void> {
  const now = deps.clock.now().toISOString();
  const requests: VaultRequestRecord[] = DOCUMENT_CATEGORIES.filter((c) => c !== 'autre').map((category) => ({
    id: createId(),
    dealId,
    category,
    description: DOCUMENT_CATEGORY_LABELS[category],
    dueDate: null,
    mandatory: MANDATORY_CATEGORIES.includes(category),
    status: 'missing',
    rejectionReason: null,
    documentId: null,
    createdBy: null,
    createdAt: now,
    decidedAt: null,
    decidedBy: null,
  }));
  await deps.stores.vaultRequests.createMany(requests);
}
