import type { WorkflowItem } from './workflow-item';

/** A milestone of the template, tagged with its step in DOMAIN.md's 12-step workflow. */
export interface WorkflowTemplateItem extends WorkflowItem {
  /** 1 to 12; steps 3 and 10 hold several dated milestones. */
  step: number;
}

const TEMPLATE_ITEMS: WorkflowTemplateItem[] = [
  {
    step: 1,
    id: 'promesse_vente',
    title: 'Promesse de vente du terrain signée',
    description: 'Avec sa date d’expiration et une échéance par condition suspensive.',
    responsibleParties: ['developer'],
    due: null,
    status: 'upcoming',
  },
  {
    step: 2,
    id: 'permis_construire',
    title: 'Permis de construire déposé puis obtenu',
    responsibleParties: ['developer'],
    due: null,
    dependsOn: ['promesse_vente'],
    status: 'upcoming',
  },
  {
    step: 3,
    id: 'affichage_permis',
    title: 'Affichage du permis sur site',
    description: 'Premier jour d’affichage constaté par commissaire de justice.',
    responsibleParties: ['developer'],
    due: null,
    dependsOn: ['permis_construire'],
    status: 'upcoming',
  },
  {
    step: 3,
    id: 'purge_recours',
    title: 'Purge du recours des tiers',
    description: 'Deux mois à compter du premier jour d’affichage sur site.',
    responsibleParties: ['developer'],
    due: { kind: 'relative', to: 'affichage_permis', offset: { months: 2 } },
    rollsToWorkingDay: true,
    dependsOn: ['affichage_permis'],
    status: 'upcoming',
  },
  {
    step: 3,
    id: 'non_retrait',
    title: 'Purge du retrait administratif (non-retrait)',
    description: 'Trois mois à compter de l’affichage : l’administration ne peut plus retirer le permis.',
    responsibleParties: ['developer'],
    due: { kind: 'relative', to: 'affichage_permis', offset: { months: 3 } },
    dependsOn: ['affichage_permis'],
    status: 'upcoming',
  },
  {
    step: 4,
    id: 'pre_commercialisation',
    title: 'Seuil de pré-commercialisation atteint',
    responsibleParties: ['developer'],
    due: null,
    status: 'upcoming',
  },
  {
    step: 5,
    id: 'offre_credit',
    title: 'Comité de crédit, offre de crédit et GFA émises',
    responsibleParties: ['bank'],
    due: null,
    dependsOn: ['permis_construire', 'pre_commercialisation'],
    status: 'upcoming',
  },
  {
    step: 6,
    id: 'levee_conditions',
    title: 'Levée des conditions suspensives et des conditions préalables au premier tirage',
    responsibleParties: ['developer', 'bank'],
    due: null,
    dependsOn: ['purge_recours', 'non_retrait', 'offre_credit'],
    status: 'upcoming',
  },
  {
    step: 7,
    id: 'signature_notaire',
    title: 'Signature chez le notaire : acquisition du terrain, acte de prêt, inscription hypothécaire',
    responsibleParties: ['notary'],
    due: null,
    dependsOn: ['levee_conditions'],
    status: 'upcoming',
  },
  {
    step: 8,
    id: 'droc',
    title: 'DROC, démarrage des travaux',
    responsibleParties: ['developer'],
    due: null,
    dependsOn: ['signature_notaire'],
    status: 'upcoming',
  },
  {
    step: 9,
    id: 'signature_vefa',
    title: 'Signature des actes VEFA',
    description: 'Nécessite la GFA et les attestations DO et CNR.',
    responsibleParties: ['notary'],
    due: null,
    dependsOn: ['offre_credit', 'signature_notaire'],
    status: 'upcoming',
  },
  {
    step: 10,
    id: 'appel_fonds_35',
    title: 'Appel de fonds 35 % (fondations achevées)',
    responsibleParties: ['developer', 'bank'],
    due: null,
    dependsOn: ['droc', 'signature_vefa'],
    status: 'upcoming',
  },
  {
    step: 10,
    id: 'appel_fonds_70',
    title: 'Appel de fonds 70 % (mise hors d’eau)',
    responsibleParties: ['developer', 'bank'],
    due: null,
    dependsOn: ['appel_fonds_35'],
    status: 'upcoming',
  },
  {
    step: 10,
    id: 'appel_fonds_95',
    title: 'Appel de fonds 95 % (achèvement)',
    responsibleParties: ['developer', 'bank'],
    due: null,
    dependsOn: ['appel_fonds_70'],
    status: 'upcoming',
  },
  {
    step: 11,
    id: 'achevement',
    title: 'Achèvement (DAACT) et livraison',
    description: 'La GFA prend fin à l’achèvement.',
    responsibleParties: ['developer'],
    due: null,
    dependsOn: ['appel_fonds_70'],
    status: 'upcoming',
  },
  {
    step: 12,
    id: 'mainlevee',
    title: 'Remboursement du crédit et mainlevée de l’hypothèque',
    responsibleParties: ['bank', 'notary'],
    due: null,
    dependsOn: ['achevement'],
    status: 'upcoming',
  },
];

/**
 * The workflow a new deal starts from (the bank may edit it per deal). Dates are « à fixer »
 * (null) except where the law ties them to another milestone: third parties may appeal a
 * building permit within 2 months of the first day of posting on site, the administration may
 * withdraw it within 3 months. Frozen: copy the items before editing them for a deal.
 */
export const DEFAULT_WORKFLOW_TEMPLATE: readonly Readonly<WorkflowTemplateItem>[] = Object.freeze(
  TEMPLATE_ITEMS.map((item) => Object.freeze(item)),
);
