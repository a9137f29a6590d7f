import type { DocumentCategory } from '@deedroom/shared';
import type { Facts } from './fake-facts';
import type { Random } from './random-source';
import { writeComptes, writeKbis, writeStatuts } from './write-company-documents';
import { writeEtatHypothecaire, writeEtudesSol, writeTitrePropriete } from './write-land-documents';
import { writeGaranties, writeNotarial } from './write-legal-documents';
import { writeAutre } from './write-other-documents';
import { writeAffichageRecours, writePermisConstruire } from './write-permit-documents';
import { writeBilanPromoteur, writeEtatCommercialisation, writeGrillePrix } from './write-sales-documents';
import { writeAssurances, writeMarchesTravaux } from './write-works-documents';

/** One writer per taxonomy code. */
export const CATEGORY_WRITERS: Record<DocumentCategory, (r: Random, f: Facts) => string> = {
  kbis: writeKbis,
  statuts: writeStatuts,
  comptes: writeComptes,
  titre_propriete: writeTitrePropriete,
  etat_hypothecaire: writeEtatHypothecaire,
  etudes_sol: writeEtudesSol,
  permis_construire: writePermisConstruire,
  affichage_recours: writeAffichageRecours,
  bilan_promoteur: writeBilanPromoteur,
  grille_prix: writeGrillePrix,
  etat_commercialisation: writeEtatCommercialisation,
  marches_travaux: writeMarchesTravaux,
  assurances: writeAssurances,
  garanties: writeGaranties,
  notarial: writeNotarial,
  autre: writeAutre,
};
