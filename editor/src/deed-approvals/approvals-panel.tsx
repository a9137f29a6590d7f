import { canPerform, type DeedApprovals, type DeedPartyApproval, ORG_KIND_LABELS } from '@deedroom/shared';
import { Alert, Badge, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconLock, IconLockOpen, IconRosetteDiscountCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { fetchApprovals, withdrawApproval } from '../api/approvals-api';
import { FormErrorAlert } from '../components/form-error-alert';
import { LoadErrorAlert } from '../components/load-error-alert';
import { PartyKindIcon } from '../components/party-kind-icon';
import type { DeedSidePanelContext } from '../deed-editor/deed-side-panel';
import listClasses from '../deed-editor/side-panel-list.module.css';
import { formatMoment } from '../deed-history/format-french-time';
import { describeVersion } from '../deed-versions/describe-person';
import { describeVersionError } from '../deed-versions/describe-version-error';
import { useSignalledResource } from '../deed-versions/use-signalled-resource';
import { useApiMutation } from '../hooks/use-api-mutation';
import { useAuthenticatedSession } from '../session/session-context';
import classes from './approvals.module.css';
import { ArticleApprovals } from './article-approvals';
import { ConfirmApprovalModal } from './confirm-approval-modal';
import { LockDeedModal } from './lock-deed-modal';
import { UnlockDeedModal } from './unlock-deed-modal';
import { useRefreshOnEdit } from './use-refresh-on-edit';

type Dialog = 'approve' | 'lock' | 'unlock' | null;

function partyStatus(party: DeedPartyApproval): 'pending' | 'approved' | 'stale' {
  if (!party.approval) return 'pending';
  return party.isStale ? 'stale' : 'approved';
}

function StatusBadge({ party }: { party: DeedPartyApproval }) {
  const status = partyStatus(party);
  if (status === 'pending')
    return (
      <Badge size="sm" variant="light" color="gray" tt="none" data-testid="party-status">
        En attente
      </Badge>
    );
  if (status === 'stale')
    return (
      <Badge size="sm" variant="light" color="orange" tt="none" data-testid="party-status">
        Texte modifié depuis l’accord
      </Badge>
    );
  return (
    <Badge size="sm" variant="light" color="teal" tt="none" data-testid="party-status">
      Bon pour accord
    </Badge>
  );
}

/**
 * « Accords »: each party's « Bon pour accord » and the version it approved, stale as soon as the
 * text changed; approving for one's own organisation; locking the final text once all approved,
 * and unlocking it with a reason.
 */
export function ApprovalsPanel({ context }: { context: DeedSidePanelContext }) {
  const { access, connection, refreshAccess } = context;
  const { csrfToken } = useAuthenticatedSession();
  const approvals = useSignalledResource(connection, 'approvals', access.id, (signal) =>
    fetchApprovals(access.id, signal),
  );
  useRefreshOnEdit(connection.ydoc, approvals.refresh);
  const [dialog, setDialog] = useState<Dialog>(null);
  const withdraw = useApiMutation(() => withdrawApproval(access.id, csrfToken));
  const canApprove = canPerform(access.myRole, 'deed.approve');
  const canLockRole = canPerform(access.myRole, 'deed.lock');
  const state: DeedApprovals | null = approvals.data;
  const isLocked = access.lock !== null || state?.isLocked === true;
  const mine = state?.parties.find((p) => p.isMine);

  const afterLockChange = () => {
    approvals.refresh();
    void refreshAccess();
  };
  const onWithdraw = async () => {
    const outcome = await withdraw.run();
    if (outcome.ok) approvals.replace(outcome.data);
  };

  return (
    <Stack gap="sm" p="md" data-testid="approvals-panel">
      {approvals.error && (
        <LoadErrorAlert
          title="Impossible de charger les accords"
          error={approvals.error}
          onRetry={approvals.refresh}
        />
      )}
      {!state && approvals.isLoading && (
        <Center py="lg" role="status" aria-label="Chargement des accords">
          <Loader size="sm" />
        </Center>
      )}

      {state && isLocked && (
        <Alert
          color="grape"
          variant="light"
          icon={<IconLock size={18} aria-hidden="true" />}
          title="Texte définitif verrouillé"
          data-testid="approvals-locked"
        >
          <Stack gap={8}>
            <Text size="sm">
              {access.lock
                ? `Verrouillé par ${access.lock.lockedBy.name} ${formatMoment(access.lock.lockedAt)}. Plus personne ne peut le modifier.`
                : 'Plus personne ne peut le modifier.'}
            </Text>
            {canLockRole && (
              <Button
                size="xs"
                variant="white"
                color="red"
                leftSection={<IconLockOpen size={15} aria-hidden="true" />}
                onClick={() => setDialog('unlock')}
                data-testid="approvals-unlock"
                w="fit-content"
              >
                Déverrouiller
              </Button>
            )}
          </Stack>
        </Alert>
      )}
      {state && !isLocked && state.canLock && (
        <Alert
          color="teal"
          variant="light"
          icon={<IconRosetteDiscountCheck size={18} aria-hidden="true" />}
          title="Toutes les parties ont approuvé le texte actuel"
          data-testid="approvals-all-approved"
        >
          <Stack gap={8}>
            <Text size="sm">
              {canLockRole
                ? 'Vous pouvez maintenant verrouiller le texte définitif.'
                : 'Le notaire ou le juriste de la banque peut maintenant verrouiller le texte définitif.'}
            </Text>
            {canLockRole && (
              <Button
                size="xs"
                color="grape"
                leftSection={<IconLock size={15} aria-hidden="true" />}
                onClick={() => setDialog('lock')}
                data-testid="approvals-lock"
                w="fit-content"
              >
                Verrouiller le texte définitif
              </Button>
            )}
          </Stack>
        </Alert>
      )}
      {state && !isLocked && !state.canLock && state.lockBlocker && (
        <Text size="sm" c="dimmed" data-testid="approvals-blocker">
          {state.lockBlocker}
        </Text>
      )}

      {state && (
        <section aria-labelledby="approvals-parties-title">
          <Text id="approvals-parties-title" className={listClasses.heading} mb={6}>
            Parties
          </Text>
          <ul className={listClasses.list}>
            {state.parties.map((party) => (
              <li
                key={party.org.id}
                className={`${listClasses.card} ${classes.party}`}
                data-status={partyStatus(party)}
                data-mine={party.isMine || undefined}
                data-testid="approval-party"
                data-org={party.org.name}
              >
                <Group gap={8} wrap="nowrap" align="flex-start">
                  <PartyKindIcon kind={party.org.kind} />
                  <div>
                    <Text size="sm" fw={600} lh={1.3} className={classes.orgName}>
                      {party.org.name}
                      {party.isMine && (
                        <Text span size="xs" c="dimmed" fw={500}>
                          {' '}
                          (vous)
                        </Text>
                      )}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {ORG_KIND_LABELS[party.org.kind]}
                    </Text>
                  </div>
                </Group>
                <Group mt={6}>
                  <StatusBadge party={party} />
                </Group>
                {party.approval ? (
                  <Text size="xs" c="gray.7" mt={6} data-testid="party-approval">
                    Accord sur la {describeVersion(party.approval.version)}, donné par{' '}
                    {party.approval.approvedBy.name} {formatMoment(party.approval.approvedAt)}.
                  </Text>
                ) : (
                  <Text size="xs" c="dimmed" mt={6}>
                    N’a pas encore donné son accord.
                  </Text>
                )}
                {party.isMine && canApprove && !isLocked && (
                  <Group gap={6} mt={8}>
                    {(!party.approval || party.isStale) && (
                      <Button
                        size="compact-sm"
                        color="teal"
                        leftSection={<IconCircleCheck size={15} aria-hidden="true" />}
                        onClick={() => setDialog('approve')}
                        data-testid="approvals-approve"
                      >
                        {party.approval ? 'Approuver le texte actuel' : 'Bon pour accord'}
                      </Button>
                    )}
                    {party.approval && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="gray"
                        loading={withdraw.isPending}
                        onClick={onWithdraw}
                        data-testid="approvals-withdraw"
                      >
                        Retirer l’accord
                      </Button>
                    )}
                  </Group>
                )}
              </li>
            ))}
          </ul>
          <FormErrorAlert message={withdraw.error && describeVersionError(withdraw.error)} />
        </section>
      )}
      {state && mine === undefined && canApprove && (
        <Text size="xs" c="dimmed">
          Votre organisation n’est pas partie à ce dossier : elle ne donne pas d’accord sur l’acte.
        </Text>
      )}
      {state && !canApprove && (
        <Text size="xs" c="dimmed">
          Votre rôle permet de suivre les accords, pas d’en donner au nom de votre organisation.
        </Text>
      )}
      {state && state.articles.length > 0 && <ArticleApprovals articles={state.articles} />}

      {dialog === 'approve' && mine && (
        <ConfirmApprovalModal
          deedId={access.id}
          orgName={mine.org.name}
          onClose={() => setDialog(null)}
          onApproved={approvals.replace}
        />
      )}
      {dialog === 'lock' && (
        <LockDeedModal deedId={access.id} onClose={() => setDialog(null)} onLocked={afterLockChange} />
      )}
      {dialog === 'unlock' && (
        <UnlockDeedModal deedId={access.id} onClose={() => setDialog(null)} onUnlocked={afterLockChange} />
      )}
    </Stack>
  );
}
