import { IconCalendarDue } from '@tabler/icons-react';
import { PlannedPanel } from './planned-panel';

export function DeadlinesPanel() {
  return (
    <PlannedPanel
      icon={IconCalendarDue}
      title="Échéancier du dossier"
      summary="L’échéancier suivra chaque étape du financement, avec sa date, la partie responsable et son état d’avancement."
      contents={[
        'Promesse de vente du terrain et ses conditions suspensives',
        'Permis de construire, purge du recours des tiers et du retrait administratif',
        'Seuil de pré-commercialisation, comité de crédit, émission de l’offre et de la GFA',
        'Levée des conditions préalables au premier tirage, signature chez le notaire',
        'Appels de fonds, achèvement et mainlevée',
      ]}
      testId="deadlines-panel"
    />
  );
}
