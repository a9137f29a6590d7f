import { IconLock } from '@tabler/icons-react';
import { PlannedPanel } from './planned-panel';

export function VaultPanel() {
  return (
    <PlannedPanel
      icon={IconLock}
      title="Coffre-fort documentaire"
      summary="Le coffre-fort réunira les pièces du dossier, déposées par chaque partie et classées par catégorie, avec leur historique de versions."
      contents={[
        'Pièces sociales du promoteur : extrait Kbis, statuts et pouvoirs, comptes sociaux',
        'Foncier et urbanisme : titre de propriété ou promesse de vente, permis de construire, constats d’affichage et de non-recours',
        'Commercialisation et travaux : bilan promoteur, grille de prix, état de commercialisation, marchés de travaux',
        'Assurances et garanties : dommages-ouvrage, CNR, GFA, cautions et sûretés',
      ]}
      testId="vault-panel"
    />
  );
}
