import type { User } from '@deedroom/shared';
import { ActionIcon, Alert, Button, CopyButton, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCircleCheck, IconCopy, IconShieldLock } from '@tabler/icons-react';
import classes from './admin.module.css';

function CopyValue({ value, label }: { value: string; label: string }) {
  return (
    <CopyButton value={value} timeout={2000}>
      {({ copied, copy }) => (
        <Tooltip label={copied ? 'Copié' : label}>
          <ActionIcon
            variant="subtle"
            color={copied ? 'teal' : 'gray'}
            onClick={copy}
            aria-label={label}
            size="lg"
          >
            {copied ? <IconCheck size={18} aria-hidden="true" /> : <IconCopy size={18} aria-hidden="true" />}
          </ActionIcon>
        </Tooltip>
      )}
    </CopyButton>
  );
}

interface NewAccountCredentialsProps {
  user: User;
  /** The initial password, shown here once: it is never stored nor shown again. */
  password: string;
  onDone: () => void;
}

/** After a user is created: their login and initial password, to hand over through a safe channel. */
export function NewAccountCredentials({ user, password, onDone }: NewAccountCredentialsProps) {
  return (
    <Stack gap="md" data-testid="new-account-credentials">
      <Alert
        color="teal"
        variant="light"
        icon={<IconCircleCheck size={20} aria-hidden="true" />}
        role="status"
      >
        Le compte de {user.name} ({user.orgName}) est créé.
      </Alert>
      <div className={classes.credentials}>
        <Stack gap="sm">
          <div>
            <Text className={classes.sectionLabel}>Identifiant</Text>
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Text data-testid="new-account-email">{user.email}</Text>
              <CopyValue value={user.email} label="Copier l’identifiant" />
            </Group>
          </div>
          <div>
            <Text className={classes.sectionLabel}>Mot de passe initial</Text>
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Text className={classes.secret} data-testid="new-account-password">
                {password}
              </Text>
              <CopyValue value={password} label="Copier le mot de passe" />
            </Group>
          </div>
        </Stack>
      </div>
      <Group gap="sm" wrap="nowrap" align="flex-start" c="gray.7">
        <IconShieldLock size={20} stroke={1.6} aria-hidden="true" style={{ flex: 'none' }} />
        <Text size="sm">
          Ce mot de passe ne sera plus affiché. Transmettez-le à {user.name} par un canal distinct de
          l’identifiant (téléphone, SMS), et invitez cette personne à le changer dès sa première connexion
          depuis son menu « Changer le mot de passe ».
        </Text>
      </Group>
      <Group justify="flex-end">
        <Button onClick={onDone} data-autofocus data-testid="new-account-done">
          Terminé
        </Button>
      </Group>
    </Stack>
  );
}
