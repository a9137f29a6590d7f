import { ORG_KIND_LABELS } from '@deedroom/shared';
import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBell, IconChevronDown, IconKey, IconLogout, IconSettings } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { NotificationPreferencesModal } from '../notifications/notification-preferences-modal';
import { isPlatformAdmin } from '../session/is-platform-admin';
import { useAuthenticatedSession, useSession } from '../session/session-context';
import { ChangePasswordModal } from './change-password-modal';
import classes from './user-menu.module.css';

function readInitials(name: string): string {
  const parts = name.trim().split(/\s+/);
  const first = parts[0]?.[0] ?? '';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return `${first}${last}`.toUpperCase();
}

/** The signed-in user, their organisation, and the account actions. */
export function UserMenu() {
  const { user } = useAuthenticatedSession();
  const { endSession } = useSession();
  const [isPasswordModalOpen, passwordModal] = useDisclosure(false);
  const [isPreferencesModalOpen, preferencesModal] = useDisclosure(false);
  const [isLoggingOut, setIsLoggingOut] = useState(false);

  async function handleLogout() {
    setIsLoggingOut(true);
    await endSession();
  }

  return (
    <>
      <Menu position="bottom-end" width={280} shadow="md" withinPortal>
        <Menu.Target>
          <UnstyledButton
            className={classes.trigger}
            aria-label={`Compte de ${user.name}, ${user.orgName}`}
            data-testid="user-menu-button"
          >
            <Group gap="sm" wrap="nowrap">
              <Avatar color="navy" radius="xl" size={36}>
                {readInitials(user.name)}
              </Avatar>
              <div className={classes.identity}>
                <Text size="sm" fw={600} lh={1.25} truncate="end" data-testid="current-user-name">
                  {user.name}
                </Text>
                <Text size="xs" c="dimmed" lh={1.25} truncate="end" data-testid="current-user-org">
                  {user.orgName}
                </Text>
              </div>
              <IconChevronDown size={16} aria-hidden="true" color="var(--mantine-color-gray-6)" />
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            <Text size="sm" fw={600} c="var(--mantine-color-text)">
              {user.name}
            </Text>
            <Text size="xs" c="dimmed">
              {user.email}
            </Text>
            <Text size="xs" c="dimmed">
              {ORG_KIND_LABELS[user.orgKind]} · {user.orgName}
            </Text>
          </Menu.Label>
          <Menu.Divider />
          {isPlatformAdmin(user) && (
            <Menu.Item
              component={Link}
              to="/administration"
              leftSection={<IconSettings size={16} aria-hidden="true" />}
              data-testid="user-menu-admin"
            >
              Administration
            </Menu.Item>
          )}
          <Menu.Item
            leftSection={<IconBell size={16} aria-hidden="true" />}
            onClick={preferencesModal.open}
            data-testid="user-menu-notification-preferences"
          >
            Préférences de notification
          </Menu.Item>
          <Menu.Item
            leftSection={<IconKey size={16} aria-hidden="true" />}
            onClick={passwordModal.open}
            data-testid="user-menu-change-password"
          >
            Changer le mot de passe
          </Menu.Item>
          <Menu.Item
            leftSection={<IconLogout size={16} aria-hidden="true" />}
            onClick={handleLogout}
            disabled={isLoggingOut}
            data-testid="user-menu-logout"
          >
            Se déconnecter
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ChangePasswordModal opened={isPasswordModalOpen} onClose={passwordModal.close} />
      <NotificationPreferencesModal opened={isPreferencesModalOpen} onClose={preferencesModal.close} />
    </>
  );
}
