import type { NotificationKind, NotificationView } from '@deedroom/shared';
import { Group, Text, ThemeIcon, Tooltip, UnstyledButton } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCalendarEvent,
  IconCircleCheck,
  IconClock,
  IconUserCheck,
  type TablerIcon,
} from '@tabler/icons-react';
import { Link } from 'react-router';
import { buildDealTabPath } from '../deals/deal-tabs';
import { formatFullTime, formatRelativeTime } from '../deed-comments/format-relative-time';
import classes from './notifications.module.css';

const KIND_ICONS: Record<NotificationKind, { icon: TablerIcon; color: string; label: string }> = {
  due_soon: { icon: IconClock, color: 'orange', label: 'Échéance proche' },
  overdue: { icon: IconAlertTriangle, color: 'red', label: 'Échéance dépassée' },
  rescheduled: { icon: IconCalendarEvent, color: 'navy', label: 'Date modifiée' },
  assigned: { icon: IconUserCheck, color: 'navy', label: 'Action confiée' },
  closed_by_event: { icon: IconCircleCheck, color: 'teal', label: 'Étape terminée' },
};

interface NotificationItemProps {
  notification: NotificationView;
  now: number;
  onOpen: (notification: NotificationView) => void;
}

/** One notification: what happened, on which deal, when; a link to the deal's deadlines. */
export function NotificationItem({ notification, now, onOpen }: NotificationItemProps) {
  const isUnread = notification.readAt === null;
  const kind = KIND_ICONS[notification.kind];
  const Icon = kind.icon;
  return (
    <UnstyledButton
      component={Link}
      to={buildDealTabPath(notification.dealId, 'deadlines')}
      onClick={() => onOpen(notification)}
      className={isUnread ? `${classes.item} ${classes.unread}` : classes.item}
      data-testid="notification-item"
      data-unread={isUnread}
      data-kind={notification.kind}
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon variant="light" color={kind.color} size={30} radius="xl" aria-label={kind.label}>
          <Icon size={16} aria-hidden="true" />
        </ThemeIcon>
        <div className={classes.itemBody}>
          <Text size="sm" fw={isUnread ? 600 : 400} c={isUnread ? 'navy.9' : 'gray.7'} lh={1.4}>
            {notification.message}
          </Text>
          <Group gap={6} mt={2} wrap="nowrap">
            <Text size="xs" c="dimmed" truncate="end">
              {notification.dealName}
            </Text>
            <Text size="xs" c="dimmed" aria-hidden="true">
              ·
            </Text>
            <Tooltip label={formatFullTime(notification.createdAt)} openDelay={400}>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {formatRelativeTime(notification.createdAt, now)}
              </Text>
            </Tooltip>
          </Group>
        </div>
        {isUnread && <span className={classes.unreadDot} role="img" aria-label="Non lue" />}
      </Group>
    </UnstyledButton>
  );
}
