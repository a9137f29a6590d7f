import type { DeedDetail } from '@deedroom/shared';
import { Loader, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useAuthenticatedSession } from '../session/session-context';
import { type Collaborator, pickColorForUser } from './collaborator';
import { ConnectionStatus } from './connection-status';
import { DeedEditorView } from './deed-editor-view';
import { DeedTitleBar } from './deed-title-bar';
import { DeedUnavailable } from './deed-unavailable';
import classes from './deed-workspace.module.css';
import { useCollabProvider } from './use-collab-provider';

interface DeedWorkspaceProps {
  access: DeedDetail;
  refreshAccess: () => Promise<void>;
}

/** The co-drafting screen of one deed: live connection, then the editor once there is something to show. */
export function DeedWorkspace({ access, refreshAccess }: DeedWorkspaceProps) {
  const session = useAuthenticatedSession();
  const { user } = session;
  const { connection, snapshot } = useCollabProvider({
    deedId: access.id,
    userId: user.id,
    csrfToken: session.csrfToken,
    refreshAccess,
  });
  const self = useMemo<Collaborator>(
    () => ({
      clientId: 0,
      id: user.id,
      name: user.name,
      orgName: user.orgName,
      orgKind: user.orgKind,
      role: access.myRole,
      color: pickColorForUser(user.id),
    }),
    [user, access.myRole],
  );

  if (snapshot.stopReason === 'forbidden' || snapshot.stopReason === 'not-found') {
    return <DeedUnavailable reason={snapshot.stopReason} dealId={access.dealId} />;
  }

  if (!connection || !snapshot.isReady) {
    return (
      <div className={classes.workspace} data-testid="deed-editor-loading">
        <DeedTitleBar access={access}>
          <ConnectionStatus snapshot={snapshot} />
        </DeedTitleBar>
        <Stack align="center" justify="center" gap="sm" className={classes.loading} role="status">
          <Loader size="sm" />
          <Text size="sm" c="dimmed">
            Ouverture de l’acte…
          </Text>
        </Stack>
      </div>
    );
  }

  return (
    <DeedEditorView
      access={access}
      refreshAccess={refreshAccess}
      connection={connection}
      snapshot={snapshot}
      self={self}
    />
  );
}
