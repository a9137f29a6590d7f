import { type CommentThread, canPerform } from '@deedroom/shared';
import { Button, Center, Group, Loader, SegmentedControl, Stack, Text, Tooltip } from '@mantine/core';
import { IconMessagePlus } from '@tabler/icons-react';
import { useEditorState } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { FormErrorAlert } from '../components/form-error-alert';
import { LoadErrorAlert } from '../components/load-error-alert';
import type { DeedSidePanelContext } from '../deed-editor/deed-side-panel';
import { useAuthenticatedSession } from '../session/session-context';
import { readActiveCommentThread, setActiveCommentThread } from './comment-highlights';
import classes from './comments-panel.module.css';
import { goToThreadText } from './go-to-thread-text';
import { hasCommentableSelection, readNewThreadTarget } from './read-new-thread-target';
import { ThreadCard } from './thread-card';
import { type NewThreadTarget, ThreadComposer } from './thread-composer';
import { useCommentThreads } from './use-comment-threads';
import { useMinuteClock } from './use-minute-clock';
import { useThreadLayout } from './use-thread-layout';

type StatusFilter = 'open' | 'resolved';

/**
 * « Commentaires »: the deed's threads in the order of the text, then those whose passage was
 * deleted. Anyone with `comment.create` may start one from a selection, even in a read-only deed.
 */
export function CommentsPanel({ context }: { context: DeedSidePanelContext }) {
  const { access, editor } = context;
  const session = useAuthenticatedSession();
  const { store, snapshot } = useCommentThreads(context);
  const now = useMinuteClock();
  const [filter, setFilter] = useState<StatusFilter>('open');
  const [target, setTarget] = useState<NewThreadTarget | null>(null);
  const [selectionError, setSelectionError] = useState<string | null>(null);
  const canComment = canPerform(access.myRole, 'comment.create');
  const canInternal = canPerform(access.myRole, 'comment.internal');
  const layout = useThreadLayout(editor, snapshot.threads, store.anchorOf);
  const { hasSelection, activeId } = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      hasSelection: hasCommentableSelection(current.state),
      activeId: readActiveCommentThread(current.state),
    }),
    equalityFn: (a, b) => a.hasSelection === b?.hasSelection && a.activeId === b?.activeId,
  });

  useEffect(() => {
    if (canComment) store.loadPeople();
  }, [canComment, store]);

  const startThread = () => {
    const next = readNewThreadTarget(editor.state);
    setSelectionError(
      next ? null : 'Sélectionnez d’abord un passage de l’acte (du texte, pas seulement un titre vide).',
    );
    if (!next) return;
    setTarget(next);
    setFilter('open');
  };
  const onChanged = (thread: CommentThread) => store.upsert(thread);
  const onCreated = (thread: CommentThread) => {
    store.upsert(thread);
    setTarget(null);
    setActiveCommentThread(editor, thread.id);
  };

  const counts = {
    open: snapshot.threads.filter((t) => t.status === 'open').length,
    resolved: snapshot.threads.filter((t) => t.status === 'resolved').length,
  };
  const placed = layout.placed.filter((p) => p.thread.status === filter);
  const detached = layout.detached.filter((t) => t.status === filter);
  const cardProps = (thread: CommentThread, isPlaced: boolean) => ({
    thread,
    isPlaced,
    isActive: thread.id === activeId,
    canComment,
    showAudience: canInternal,
    selfId: session.user.id,
    people: snapshot.people,
    now,
    csrfToken: session.csrfToken,
    onActivate: () => goToThreadText(editor, store, thread),
    onChanged,
  });

  return (
    <Stack gap="sm" p="md" data-testid="comments-panel">
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <SegmentedControl
          size="xs"
          value={filter}
          onChange={(value) => setFilter(value as StatusFilter)}
          aria-label="Afficher les discussions"
          data-testid="comments-filter"
          data={[
            { value: 'open', label: `Ouverts (${counts.open})` },
            { value: 'resolved', label: `Résolus (${counts.resolved})` },
          ]}
        />
        {canComment && (
          <Tooltip
            label={
              hasSelection ? 'Commenter le passage sélectionné' : 'Sélectionnez d’abord un passage de l’acte'
            }
            openDelay={300}
          >
            <Button
              size="xs"
              leftSection={<IconMessagePlus size={15} aria-hidden="true" />}
              // Keeps the text selection: the button must not take it away from the document.
              onMouseDown={(event) => event.preventDefault()}
              onClick={startThread}
              variant={hasSelection ? 'filled' : 'light'}
              data-testid="comments-new"
            >
              Commenter
            </Button>
          </Tooltip>
        )}
      </Group>
      <FormErrorAlert message={selectionError} />

      {target && (
        <ThreadComposer
          deedId={access.id}
          target={target}
          canInternal={canInternal}
          self={{ id: session.user.id, orgId: session.user.orgId }}
          people={snapshot.people}
          csrfToken={session.csrfToken}
          onCreated={onCreated}
          onCancel={() => setTarget(null)}
        />
      )}

      {snapshot.error && (
        <LoadErrorAlert
          title="Impossible de charger les commentaires"
          error={snapshot.error}
          onRetry={store.reload}
          testId="comments-load-error"
        />
      )}
      {snapshot.status === 'loading' && (
        <Center py="lg" role="status" aria-label="Chargement des commentaires">
          <Loader size="sm" />
        </Center>
      )}

      {snapshot.status === 'ready' && snapshot.threads.length === 0 && !target && (
        <div className={classes.empty} data-testid="comments-empty">
          <IconMessagePlus size={28} stroke={1.4} aria-hidden="true" />
          <Text size="sm" fw={600}>
            Aucun commentaire.
          </Text>
          <Text size="sm" c="dimmed">
            {canComment
              ? 'Sélectionnez un passage puis «\u00a0Commenter\u00a0» pour ouvrir une discussion.'
              : 'Votre rôle sur ce dossier permet de lire les commentaires, pas d’en écrire.'}
          </Text>
        </div>
      )}
      {snapshot.status === 'ready' &&
        snapshot.threads.length > 0 &&
        placed.length + detached.length === 0 && (
          <Text size="sm" c="dimmed" ta="center" py="md">
            {filter === 'open' ? 'Aucune discussion ouverte.' : 'Aucune discussion résolue.'}
          </Text>
        )}

      {placed.length > 0 && (
        <div className={classes.list} data-testid="comments-in-text">
          {placed.map(({ thread }) => (
            <ThreadCard key={thread.id} {...cardProps(thread, true)} />
          ))}
        </div>
      )}
      {detached.length > 0 && (
        <section aria-labelledby="comments-detached-title" data-testid="comments-detached">
          <Text id="comments-detached-title" className={classes.groupTitle}>
            Texte supprimé
          </Text>
          <div className={classes.list}>
            {detached.map((thread) => (
              <ThreadCard key={thread.id} {...cardProps(thread, false)} />
            ))}
          </div>
        </section>
      )}
    </Stack>
  );
}
