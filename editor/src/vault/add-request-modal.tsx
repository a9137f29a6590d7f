import { type CreateVaultRequestRequest, LIMITS } from '@deedroom/shared';
import { Button, Checkbox, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { ApiError } from '../api/api-error';
import { FormErrorAlert } from '../components/form-error-alert';
import { CATEGORY_OPTIONS, isDocumentCategory } from './category-options';
import { describeVaultActionError } from './describe-vault-action-error';

interface AddRequestModalProps {
  onClose: () => void;
  onSubmit: (request: CreateVaultRequestRequest) => Promise<ApiError | null>;
}

/** « Demander une pièce »: the bank adds an item to the developer's checklist. */
export function AddRequestModal({ onClose, onSubmit }: AddRequestModalProps) {
  const [category, setCategory] = useState<string | null>(null);
  const [description, setDescription] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [mandatory, setMandatory] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const [isSubmitted, setIsSubmitted] = useState(false);
  const categoryError =
    isSubmitted && !isDocumentCategory(category) ? 'Choisissez la catégorie de la pièce.' : null;
  const descriptionError =
    isSubmitted && description.trim() === '' ? 'Décrivez ce que vous attendez du promoteur.' : null;

  const submit = async () => {
    setIsSubmitted(true);
    if (!isDocumentCategory(category) || description.trim() === '') return;
    setIsSaving(true);
    const failure = await onSubmit({
      category,
      description: description.trim(),
      dueDate: dueDate === '' ? null : dueDate,
      mandatory,
    });
    setIsSaving(false);
    if (failure) setError(failure);
    else onClose();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title="Demander une pièce"
      size="lg"
      data-testid="vault-add-request-modal"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <FormErrorAlert message={error ? describeVaultActionError(error) : null} />
          <Select
            label="Catégorie"
            placeholder="Choisir une catégorie"
            data={CATEGORY_OPTIONS}
            value={category}
            onChange={setCategory}
            error={categoryError}
            searchable
            required
            data-testid="vault-request-category"
          />
          <Textarea
            label="Ce que vous attendez"
            description="Par exemple : « Extrait Kbis de la SCCV de moins de trois mois »"
            value={description}
            onChange={(event) => setDescription(event.currentTarget.value)}
            maxLength={LIMITS.vaultRequestDescriptionMaxLength}
            error={descriptionError}
            autosize
            minRows={2}
            required
            data-testid="vault-request-description"
          />
          <Group grow align="flex-start">
            <TextInput
              type="date"
              label="À remettre avant le"
              value={dueDate}
              onChange={(event) => setDueDate(event.currentTarget.value)}
              data-testid="vault-request-due-date"
            />
            <Checkbox
              mt={30}
              label="Pièce obligatoire"
              checked={mandatory}
              onChange={(event) => setMandatory(event.currentTarget.checked)}
            />
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Annuler
            </Button>
            <Button type="submit" loading={isSaving} data-testid="vault-request-submit">
              Ajouter à la liste
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
