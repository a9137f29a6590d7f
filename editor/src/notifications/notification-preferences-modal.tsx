import { Divider, Modal, Skeleton, Stack } from '@mantine/core';
import { fetchNotificationSettings } from '../api/me-api';
import { LoadErrorAlert } from '../components/load-error-alert';
import { useApiResource } from '../hooks/use-api-resource';
import { CalendarFeedSection } from './calendar-feed-section';
import { ReminderSettingsForm } from './reminder-settings-form';

interface NotificationPreferencesModalProps {
  opened: boolean;
  onClose: () => void;
}

/** « Préférences de notification »: e-mail reminders, then the private calendar feed. */
export function NotificationPreferencesModal({ opened, onClose }: NotificationPreferencesModalProps) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Préférences de notification"
      size="lg"
      centered
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {/* The modal's body is mounted only while open: each opening loads fresh settings. */}
      <Stack gap="lg" data-testid="notification-preferences">
        <ReminderSettings />
        <Divider />
        <CalendarFeedSection />
      </Stack>
    </Modal>
  );
}

function ReminderSettings() {
  const settings = useApiResource('notification-settings', fetchNotificationSettings);
  switch (settings.status) {
    case 'loading':
      return (
        <Stack gap="sm" role="status" aria-label="Chargement de vos préférences">
          <Skeleton height={14} width="40%" />
          <Skeleton height={60} />
          <Skeleton height={36} width="30%" />
        </Stack>
      );
    case 'error':
      return (
        <LoadErrorAlert
          title="Impossible d’afficher vos préférences"
          error={settings.error}
          onRetry={settings.reload}
        />
      );
    case 'success':
      return <ReminderSettingsForm initial={settings.data} />;
  }
}
