import { Alert, Button, Group, Modal, Text } from '@mantine/core';
import { IconCircleCheck, IconTemplate } from '@tabler/icons-react';
import { useState } from 'react';
import { saveWorkflowTemplate } from '../api/workflow-api';
import { FormErrorAlert } from '../components/form-error-alert';
import { useApiMutation } from '../hooks/use-api-mutation';
import { useAuthenticatedSession } from '../session/session-context';
import { describeWorkflowError } from './describe-workflow-error';

/** « Enregistrer comme modèle de la banque »: this workflow becomes the starting point of the bank's new deals. */
export function SaveWorkflowTemplateButton({ dealId }: { dealId: string }) {
  const { csrfToken, user } = useAuthenticatedSession();
  const [isConfirming, setIsConfirming] = useState(false);
  const [savedCount, setSavedCount] = useState<number | null>(null);
  const save = useApiMutation(() => saveWorkflowTemplate(dealId, csrfToken));

  const confirm = async () => {
    const outcome = await save.run();
    if (outcome.ok) {
      setSavedCount(outcome.data.itemCount);
      setIsConfirming(false);
    }
  };

  return (
    <>
      <Button
        variant="default"
        leftSection={<IconTemplate size={16} aria-hidden="true" />}
        onClick={() => {
          save.clearError();
          setSavedCount(null);
          setIsConfirming(true);
        }}
        data-testid="workflow-save-template"
      >
        Enregistrer comme modèle de la banque
      </Button>
      {savedCount !== null && (
        <Alert
          color="teal"
          variant="light"
          icon={<IconCircleCheck size={20} aria-hidden="true" />}
          withCloseButton
          onClose={() => setSavedCount(null)}
          role="status"
          data-testid="workflow-template-saved"
          style={{ flexBasis: '100%' }}
        >
          Modèle enregistré : les prochains dossiers de {user.orgName} démarreront avec ces {savedCount}{' '}
          étapes.
        </Alert>
      )}
      <Modal
        opened={isConfirming}
        onClose={() => setIsConfirming(false)}
        title={<Text fw={650}>Enregistrer comme modèle de la banque ?</Text>}
      >
        <Text size="sm" mb="md">
          Les nouveaux dossiers de {user.orgName} démarreront avec les étapes de cet échéancier, leurs parties
          responsables et leurs règles de date. Les dossiers existants ne changent pas.
        </Text>
        <FormErrorAlert message={save.error ? describeWorkflowError(save.error) : null} />
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setIsConfirming(false)}>
            Annuler
          </Button>
          <Button loading={save.isPending} onClick={confirm} data-testid="workflow-save-template-confirm">
            Enregistrer le modèle
          </Button>
        </Group>
      </Modal>
    </>
  );
}
