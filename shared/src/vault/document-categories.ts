/**
 * The vault's document taxonomy (../shared/DOMAIN.md): the categories the bank's checklist asks
 * for and the classifier predicts. Codes are stable identifiers; labels are what users read.
 */
export const DOCUMENT_CATEGORIES = [
  'kbis',
  'statuts',
  'comptes',
  'titre_propriete',
  'etat_hypothecaire',
  'etudes_sol',
  'permis_construire',
  'affichage_recours',
  'bilan_promoteur',
  'grille_prix',
  'etat_commercialisation',
  'marches_travaux',
  'assurances',
  'garanties',
  'notarial',
  'autre',
] as const;
export type DocumentCategory = (typeof DOCUMENT_CATEGORIES)[number];

export const DOCUMENT_CATEGORY_LABELS: Record<DocumentCategory, string> = {
  kbis: 'Extrait Kbis',
  statuts: 'Statuts / pouvoirs',
  comptes: 'Comptes sociaux',
  titre_propriete: 'Titre de propriété / promesse de vente',
  etat_hypothecaire: 'État hypothécaire',
  etudes_sol: 'Études de sol / pollution',
  permis_construire: 'Permis de construire',
  affichage_recours: 'Constat d’affichage / non-recours',
  bilan_promoteur: 'Bilan promoteur',
  grille_prix: 'Grille de prix',
  etat_commercialisation: 'État de commercialisation',
  marches_travaux: 'Marchés de travaux',
  assurances: 'Attestations d’assurance',
  garanties: 'Garanties et sûretés',
  notarial: 'Projets d’actes notariés',
  autre: 'Autre',
};

/** Where a document's category came from, and whether a person should look at it. */
export const CATEGORY_SOURCES = ['pending', 'predicted', 'to_review', 'person'] as const;
export type CategorySource = (typeof CATEGORY_SOURCES)[number];

export const CATEGORY_SOURCE_LABELS: Record<CategorySource, string> = {
  pending: 'Classement en cours',
  predicted: 'Classé automatiquement',
  to_review: 'À vérifier',
  person: 'Classé par une personne',
};

/** The classifier files a document itself only from this confidence up; below, « à vérifier ». */
export const CLASSIFIER_CONFIDENCE_THRESHOLD = 0.6;
