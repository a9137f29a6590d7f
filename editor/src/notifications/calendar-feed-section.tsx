import type { CalendarFeedCreated } from '@deedroom/shared';
import {
  Alert,
  Badge,
  Button,
  CopyButton,
  Group,
  List,
  Paper,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import {
  IconAlertCircle,
  IconAlertTriangle,
  IconCalendarPlus,
  IconCheck,
  IconCopy,
} from '@tabler/icons-react';
import { useState } from 'react';
import { createCalendarFeed, fetchCalendarFeedStatus, revokeCalendarFeed } from '../api/me-api';
import { LoadErrorAlert } from '../components/load-error-alert';
import { formatDate } from '../format/format-date';
import { useApiMutation } from '../hooks/use-api-mutation';
import { useApiResource } from '../hooks/use-api-resource';
import { describeApiError } from '../messages/describe-api-error';
import { useAuthenticatedSession } from '../session/session-context';

type Confirmation = 'regenerate' | 'revoke' | null;

/** The server may answer a path; calendars need the full address. */
function toAbsoluteUrl(url: string): string {
  return new URL(url, window.location.origin).href;
}

/**
 * « Calendrier »: the user's private iCalendar feed of their deadlines, to subscribe to from
 * Outlook or Google Calendar. Its address holds a secret, so it is shown only once, right after
 * it is created; creating another one or revoking it cuts off every calendar using the old one.
 */
export function CalendarFeedSection() {
  const { csrfToken } = useAuthenticatedSession();
  const status = useApiResource('calendar-feed', fetchCalendarFeedStatus);
  const [createdFeed, setCreatedFeed] = useState<CalendarFeedCreated | null>(null);
  const [confirmation, setConfirmation] = useState<Confirmation>(null);
  const create = useApiMutation(() => createCalendarFeed(csrfToken));
  const revoke = useApiMutation(() => revokeCalendarFeed(csrfToken));
  const error = create.error ?? revoke.error;

  async function handleCreate() {
    revoke.clearError();
    const outcome = await create.run();
    if (!outcome.ok) return;
    setCreatedFeed(outcome.data);
    setConfirmation(null);
    status.replace(() => ({ active: true, createdAt: outcome.data.createdAt }));
  }

  async function handleRevoke() {
    create.clearError();
    const outcome = await revoke.run();
    if (!outcome.ok) return;
    setCreatedFeed(null);
    setConfirmation(null);
    status.replace(() => outcome.data);
  }

  return (
    <Stack gap="sm" data-testid="calendar-feed">
      <Title order={3} size="h4">
        Calendrier
      </Title>
      <Text size="sm" c="dimmed">
        Abonnez Outlook ou Google Agenda à vos échéances Deedroom : elles s’y affichent et se mettent à jour
        d’elles-mêmes. Le lien d’abonnement est personnel, gardez-le pour vous.
      </Text>

      {status.status === 'loading' && <Skeleton height={36} />}
      {status.status === 'error' && (
        <LoadErrorAlert
          title="État du calendrier indisponible"
          error={status.error}
          onRetry={status.reload}
        />
      )}
      {status.status === 'success' && (
        <>
          <Group gap="xs" data-testid="calendar-feed-status" data-active={status.data.active}>
            {status.data.active ? (
              <>
                <Badge color="teal" variant="light" tt="none">
                  Lien actif
                </Badge>
                {status.data.createdAt && (
                  <Text size="sm" c="dimmed">
                    créé le {formatDate(status.data.createdAt)}
                  </Text>
                )}
              </>
            ) : (
              <Text size="sm" c="gray.7">
                Aucun lien d’abonnement actif.
              </Text>
            )}
          </Group>

          {error && (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertCircle size={20} aria-hidden="true" />}
              role="alert"
            >
              {describeApiError(error)}
            </Alert>
          )}

          {confirmation === 'regenerate' && (
            <ConfirmAction
              color="orange"
              title="Générer un nouveau lien ?"
              text="L’ancien lien cessera aussitôt de fonctionner : les calendriers qui y sont abonnés ne recevront plus vos échéances tant que vous n’y aurez pas ajouté le nouveau."
              confirmLabel="Générer un nouveau lien"
              isPending={create.isPending}
              onConfirm={handleCreate}
              onCancel={() => setConfirmation(null)}
              testId="calendar-feed-confirm-regenerate"
            />
          )}
          {confirmation === 'revoke' && (
            <ConfirmAction
              color="red"
              title="Révoquer le lien ?"
              text="Les calendriers abonnés ne recevront plus vos échéances. Vous pourrez créer un nouveau lien à tout moment."
              confirmLabel="Révoquer le lien"
              isPending={revoke.isPending}
              onConfirm={handleRevoke}
              onCancel={() => setConfirmation(null)}
              testId="calendar-feed-confirm-revoke"
              confirmTestId="calendar-feed-revoke-confirm"
            />
          )}

          {confirmation === null && (
            <Group gap="sm">
              {status.data.active ? (
                <>
                  <Button
                    variant="default"
                    size="sm"
                    onClick={() => setConfirmation('regenerate')}
                    data-testid="calendar-feed-regenerate"
                  >
                    Générer un nouveau lien
                  </Button>
                  <Button
                    variant="subtle"
                    color="red"
                    size="sm"
                    onClick={() => setConfirmation('revoke')}
                    data-testid="calendar-feed-revoke"
                  >
                    Révoquer le lien
                  </Button>
                </>
              ) : (
                <Button
                  size="sm"
                  leftSection={<IconCalendarPlus size={16} aria-hidden="true" />}
                  onClick={handleCreate}
                  loading={create.isPending}
                  data-testid="calendar-feed-create"
                >
                  Créer le lien d’abonnement
                </Button>
              )}
            </Group>
          )}

          {createdFeed && <CreatedFeed url={toAbsoluteUrl(createdFeed.url)} />}
        </>
      )}
    </Stack>
  );
}

/** The new address, shown this once, with how to subscribe to it. */
function CreatedFeed({ url }: { url: string }) {
  return (
    <Paper withBorder p="md" bg="gray.0" data-testid="calendar-feed-created">
      <Stack gap="sm">
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            label="Votre lien d’abonnement"
            value={url}
            readOnly
            onFocus={(event) => event.currentTarget.select()}
            style={{ flex: 1 }}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
            data-testid="calendar-feed-url"
          />
          <CopyButton value={url} timeout={2000}>
            {({ copied, copy }) => (
              <Button
                variant={copied ? 'light' : 'filled'}
                color={copied ? 'teal' : undefined}
                leftSection={
                  copied ? (
                    <IconCheck size={16} aria-hidden="true" />
                  ) : (
                    <IconCopy size={16} aria-hidden="true" />
                  )
                }
                onClick={copy}
                data-testid="calendar-feed-copy"
              >
                {copied ? 'Copié' : 'Copier'}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Text size="xs" c="orange.9" fw={500}>
          Ce lien ne sera plus affiché : copiez-le maintenant. Quiconque le connaît voit vos échéances.
        </Text>
        <List size="sm" spacing={4}>
          <List.Item>
            <Text span fw={600} size="sm">
              Outlook
            </Text>{' '}
            : Calendrier › Ajouter un calendrier › S’abonner à partir du web, collez le lien puis Importer.
          </List.Item>
          <List.Item>
            <Text span fw={600} size="sm">
              Google Agenda
            </Text>{' '}
            : sur ordinateur, Autres agendas › + › À partir de l’URL, collez le lien puis Ajouter l’agenda.
          </List.Item>
        </List>
        <Text size="xs" c="dimmed">
          Ces agendas relisent l’abonnement à leur rythme (jusqu’à quelques heures) : une date modifiée dans
          Deedroom peut y apparaître avec un peu de retard.
        </Text>
      </Stack>
    </Paper>
  );
}

interface ConfirmActionProps {
  color: 'orange' | 'red';
  title: string;
  text: string;
  confirmLabel: string;
  isPending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  testId: string;
  confirmTestId?: string;
}

/** An inline confirmation inside the modal: what will happen, then confirm or cancel. */
function ConfirmAction(props: ConfirmActionProps) {
  return (
    <Alert
      color={props.color}
      variant="light"
      icon={<IconAlertTriangle size={20} aria-hidden="true" />}
      title={props.title}
      data-testid={props.testId}
    >
      <Text size="sm">{props.text}</Text>
      <Group gap="sm" mt="sm">
        <Button
          size="xs"
          color={props.color}
          onClick={props.onConfirm}
          loading={props.isPending}
          data-testid={props.confirmTestId}
        >
          {props.confirmLabel}
        </Button>
        <Button size="xs" variant="default" onClick={props.onCancel}>
          Annuler
        </Button>
      </Group>
    </Alert>
  );
}
