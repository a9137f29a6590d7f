import { type DeedVersionSummary, LIMITS } from '@deedroom/shared';
import { Button, Checkbox, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { saveVersion } from '../api/versions-api';
import { FormErrorAlert } from '../components/form-error-alert';
import { useApiMutation } from '../hooks/use-api-mutation';
import { useAuthenticatedSession } from '../session/session-context';
import { describeVersionError } from './describe-version-error';

interface SaveVersionModalProps {
  deedId: string;
  opened: boolean;
  /** Proposed name: « V4 », after the last version. */
  suggestedName: string;
  onClose: () => void;
  onSaved: (version: DeedVersionSummary) => void;
  /** Offer to hold the developer's side to suggestion mode from this version on. */
  mayHoldDeveloper: boolean;
  onHoldDeveloper: () => Promise<void>;
}

/** « Enregistrer une version »: a name and a note for the text as it is now. */
export function SaveVersionModal({
  deedId,
  opened,
  suggestedName,
  onClose,
  onSaved,
  mayHoldDeveloper,
  onHoldDeveloper,
}: SaveVersionModalProps) {
  const { csrfToken } = useAuthenticatedSession();
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [holdDeveloper, setHoldDeveloper] = useState(false);
  const mutation = useApiMutation(async (request: { name: string; note: string }) => {
    const version = await saveVersion(deedId, request, csrfToken);
    if (holdDeveloper) await onHoldDeveloper();
    return version;
  });

  const close = () => {
    setName('');
    setNote('');
    setNameError(null);
    setHoldDeveloper(false);
    mutation.clearError();
    onClose();
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = name.trim() || suggestedName;
    if (trimmed.length > LIMITS.versionNameMaxLength) {
      setNameError(`Le nom ne peut dépasser ${LIMITS.versionNameMaxLength} caractères.`);
      return;
    }
    const outcome = await mutation.run({ name: trimmed, note: note.trim() });
    if (!outcome.ok) return;
    onSaved(outcome.data);
    close();
  }

  return (
    <Modal opened={opened} onClose={close} title="Enregistrer une version" centered size="md">
      <form onSubmit={submit} noValidate data-testid="save-version-form">
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            Le texte actuel est conservé tel quel sous ce nom. Vous pourrez le relire, le comparer ou y
            revenir à tout moment.
          </Text>
          <TextInput
            label="Nom de la version"
            placeholder={`${suggestedName} envoyée à la banque`}
            description={`Laissé vide, la version s’appelle «\u202f${suggestedName}\u202f».`}
            value={name}
            onChange={(event) => {
              setName(event.currentTarget.value);
              setNameError(null);
            }}
            error={nameError}
            maxLength={LIMITS.versionNameMaxLength}
            data-autofocus
            data-testid="save-version-name"
          />
          <Textarea
            label="Note"
            placeholder="Ce qui a changé, à qui elle est destinée…"
            autosize
            minRows={2}
            maxRows={6}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            maxLength={LIMITS.versionNoteMaxLength}
            data-testid="save-version-note"
          />
          {mayHoldDeveloper && (
            <Checkbox
              label="Passer le promoteur en mode suggestion"
              description="À partir de cette version, ses modifications deviendront des suggestions que vous accepterez ou refuserez."
              checked={holdDeveloper}
              onChange={(event) => setHoldDeveloper(event.currentTarget.checked)}
              data-testid="save-version-hold-developer"
            />
          )}
          <FormErrorAlert message={mutation.error && describeVersionError(mutation.error)} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Annuler
            </Button>
            <Button type="submit" loading={mutation.isPending} data-testid="save-version-submit">
              Enregistrer
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
