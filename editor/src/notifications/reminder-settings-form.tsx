import { LIMITS, type NotificationSettings } from '@deedroom/shared';
import { Alert, Button, Group, NumberInput, Radio, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { saveNotificationSettings } from '../api/me-api';
import { useApiMutation } from '../hooks/use-api-mutation';
import { describeApiError } from '../messages/describe-api-error';
import { useAuthenticatedSession } from '../session/session-context';
import { EMAIL_REMINDER_OPTIONS } from './email-reminder-options';

function isEmailReminderMode(value: string): value is NotificationSettings['emailReminders'] {
  return EMAIL_REMINDER_OPTIONS.some((option) => option.value === value);
}

/** E-mail reminders: how they are sent, and how many days before a due date they start. */
export function ReminderSettingsForm({ initial }: { initial: NotificationSettings }) {
  const { csrfToken } = useAuthenticatedSession();
  const [settings, setSettings] = useState<NotificationSettings>(initial);
  // The field may be empty while typing; the number is checked on saving.
  const [daysInput, setDaysInput] = useState<number | string>(initial.remindDaysBefore);
  const [daysError, setDaysError] = useState<string | null>(null);
  const [savedSettings, setSavedSettings] = useState<NotificationSettings | null>(null);
  const save = useApiMutation((next: NotificationSettings) => saveNotificationSettings(next, csrfToken));
  const isSaved =
    savedSettings !== null &&
    savedSettings.emailReminders === settings.emailReminders &&
    savedSettings.remindDaysBefore === daysInput;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (typeof daysInput !== 'number') {
      setDaysError(`Indiquez un nombre de jours entre 0 et ${LIMITS.reminderMaxDaysBefore}.`);
      return;
    }
    const outcome = await save.run({ ...settings, remindDaysBefore: daysInput });
    if (outcome.ok) {
      setSettings(outcome.data);
      setDaysInput(outcome.data.remindDaysBefore);
      setSavedSettings(outcome.data);
    }
  }

  return (
    <form onSubmit={handleSubmit} noValidate data-testid="reminder-settings-form">
      <Stack gap="md">
        <Radio.Group
          label="Rappels par e-mail"
          description="Les notifications dans Deedroom (la cloche en haut de page) restent toujours actives."
          value={settings.emailReminders}
          onChange={(value) => {
            if (isEmailReminderMode(value)) setSettings((current) => ({ ...current, emailReminders: value }));
          }}
          data-testid="reminder-mode"
        >
          <Stack gap="sm" mt="xs">
            {EMAIL_REMINDER_OPTIONS.map((option) => (
              <Radio
                key={option.value}
                value={option.value}
                label={option.label}
                description={option.description}
                data-testid={`reminder-mode-${option.value}`}
              />
            ))}
          </Stack>
        </Radio.Group>
        <NumberInput
          label="Premier rappel"
          description="Combien de jours avant l’échéance (0 : le jour même)"
          rightSection={
            <Text size="sm" c="dimmed" pr="xs">
              jours
            </Text>
          }
          rightSectionWidth={56}
          min={0}
          max={LIMITS.reminderMaxDaysBefore}
          clampBehavior="strict"
          allowDecimal={false}
          allowNegative={false}
          w={300}
          value={daysInput}
          onChange={(value) => {
            setDaysInput(value);
            setDaysError(null);
          }}
          error={daysError}
          data-testid="reminder-days-before"
        />
        {save.error && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertCircle size={20} aria-hidden="true" />}
            role="alert"
          >
            {describeApiError(save.error)}
          </Alert>
        )}
        <Group justify="space-between" align="center">
          <div role="status">
            {isSaved && (
              <Group gap={6} c="teal.8" data-testid="reminder-settings-saved">
                <IconCircleCheck size={18} aria-hidden="true" />
                <Text size="sm" fw={500}>
                  Préférences enregistrées.
                </Text>
              </Group>
            )}
          </div>
          <Button type="submit" loading={save.isPending} data-testid="reminder-settings-save">
            Enregistrer
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
