import type { DealRole } from '@deedroom/shared';

/** What each role lets its holder do on the deal, in one line (mirrors the permission matrix). */
export const ROLE_SUMMARIES: Record<DealRole, string> = {
  bank_manager: 'Pilote le dossier : intervenants, actes, échéances, demandes de signature.',
  bank_legal: 'Rédige et approuve les actes, commente en interne, demande les signatures.',
  bank_analyst: 'Consulte le dossier et commente, y compris en notes internes à la banque.',
  developer_lead: 'Rédige et approuve les actes, dépose les pièces, signe les engagements.',
  developer_member: 'Propose des modifications, commente et dépose des pièces.',
  notary: 'Rédige, approuve et verrouille les actes, gère les échéances.',
  notary_clerk: 'Rédige les actes, commente et dépose des pièces.',
  observer: 'Consulte le dossier, sans rien modifier.',
};
