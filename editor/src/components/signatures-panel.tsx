import { IconWritingSign } from '@tabler/icons-react';
import { PlannedPanel } from './planned-panel';

export function SignaturesPanel() {
  return (
    <PlannedPanel
      icon={IconWritingSign}
      title="Signatures électroniques"
      summary="Les engagements de la banque y seront soumis à la signature électronique des personnes habilitées, puis conservés avec leur preuve."
      contents={[
        'Garantie financière d’achèvement, actes de caution, offre de crédit, lettre d’engagement',
        'Suivi des signataires et de l’état de chaque demande de signature',
        'Empreinte du document signé, certificat de signature et piste d’audit infalsifiable',
        'Les actes authentiques restent signés chez le notaire et sont remis ici en version définitive',
      ]}
      testId="signatures-panel"
    />
  );
}
