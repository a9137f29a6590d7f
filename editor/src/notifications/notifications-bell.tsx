import type { NotificationView } from '@deedroom/shared';
import {
  ActionIcon,
  Anchor,
  Box,
  Button,
  EmptyState,
  Group,
  Indicator,
  Loader,
  Popover,
  ScrollArea,
  Text,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBell, IconBellOff, IconChecks } from '@tabler/icons-react';
import { Link } from 'react-router';
import { LoadErrorAlert } from '../components/load-error-alert';
import { useMinuteClock } from '../deed-comments/use-minute-clock';
import { NotificationItem } from './notification-item';
import { useNotifications } from './use-notifications';

function describeUnread(count: number): string {
  if (count === 0) return 'Notifications';
  return count === 1 ? 'Notifications, 1 non lue' : `Notifications, ${count} non lues`;
}

/**
 * The header's bell: the unread count, and a list of the latest notifications. Opening the list
 * marks nothing: a notification becomes read when the user follows it, or with « Tout marquer
 * comme lu », so the count keeps meaning « not looked at yet ».
 */
export function NotificationsBell() {
  const notifications = useNotifications();
  const [isOpen, popover] = useDisclosure(false);
  const unreadCount = notifications.data?.unreadCount ?? 0;

  function handleToggle() {
    if (!isOpen) notifications.refresh();
    popover.toggle();
  }

  function handleOpenNotification(notification: NotificationView) {
    if (notification.readAt === null) notifications.markRead([notification.id]);
    popover.close();
  }

  return (
    <Popover
      opened={isOpen}
      onChange={(opened) => (opened ? popover.open() : popover.close())}
      position="bottom-end"
      width={400}
      shadow="md"
      withinPortal
      trapFocus
      returnFocus
    >
      <Popover.Target>
        <Indicator
          label={unreadCount > 99 ? '99+' : unreadCount}
          disabled={unreadCount === 0}
          color="red"
          size={18}
          offset={6}
          inline
          data-testid="notifications-unread-count"
        >
          <ActionIcon
            variant="subtle"
            color="gray"
            size={40}
            radius="xl"
            onClick={handleToggle}
            aria-label={describeUnread(unreadCount)}
            aria-expanded={isOpen}
            aria-haspopup="dialog"
            data-testid="notifications-bell"
            data-unread-count={unreadCount}
          >
            <IconBell size={22} stroke={1.6} aria-hidden="true" />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p={0} data-testid="notifications-popover">
        <NotificationsPanel
          notifications={notifications}
          unreadCount={unreadCount}
          onOpenNotification={handleOpenNotification}
          onClose={popover.close}
        />
      </Popover.Dropdown>
    </Popover>
  );
}

interface NotificationsPanelProps {
  notifications: ReturnType<typeof useNotifications>;
  unreadCount: number;
  onOpenNotification: (notification: NotificationView) => void;
  onClose: () => void;
}

function NotificationsPanel({
  notifications,
  unreadCount,
  onOpenNotification,
  onClose,
}: NotificationsPanelProps) {
  const now = useMinuteClock();
  const { data, error } = notifications;
  return (
    <>
      <Group justify="space-between" px="md" py="sm" wrap="nowrap">
        <Text fw={600} size="sm">
          Notifications
          {unreadCount > 0 && (
            <Text span c="dimmed" fw={400} size="sm">
              {' '}
              · {unreadCount.toLocaleString('fr-FR')} non {unreadCount === 1 ? 'lue' : 'lues'}
            </Text>
          )}
        </Text>
        {unreadCount > 0 && (
          <Button
            variant="subtle"
            size="compact-xs"
            leftSection={<IconChecks size={14} aria-hidden="true" />}
            onClick={() => notifications.markRead()}
            loading={notifications.isMarking}
            data-testid="notifications-mark-all-read"
          >
            Tout marquer comme lu
          </Button>
        )}
      </Group>
      {data === null && error !== null && (
        <Box px="md" pb="md">
          <LoadErrorAlert
            title="Notifications indisponibles"
            error={error}
            onRetry={notifications.refresh}
            testId="notifications-error"
          />
        </Box>
      )}
      {data === null && error === null && (
        <Group justify="center" py="lg" role="status" aria-label="Chargement des notifications">
          <Loader size="sm" />
        </Group>
      )}
      {data !== null &&
        (data.notifications.length === 0 ? (
          <EmptyState
            py="xl"
            px="md"
            icon={<IconBellOff size={22} stroke={1.5} aria-hidden="true" />}
            data-testid="notifications-empty"
          >
            <EmptyState.Title order={3}>Aucune notification</EmptyState.Title>
            <EmptyState.Description>
              Les rappels d’échéance, les dates modifiées et les actions qui vous sont confiées s’afficheront
              ici.
            </EmptyState.Description>
          </EmptyState>
        ) : (
          <ScrollArea.Autosize mah={440} type="auto">
            <div data-testid="notifications-list">
              {data.notifications.map((notification) => (
                <NotificationItem
                  key={notification.id}
                  notification={notification}
                  now={now}
                  onOpen={onOpenNotification}
                />
              ))}
            </div>
          </ScrollArea.Autosize>
        ))}
      <Box px="md" py="xs" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
        <Anchor component={Link} to="/actions" size="sm" onClick={onClose}>
          Voir toutes mes actions
        </Anchor>
      </Box>
    </>
  );
}
