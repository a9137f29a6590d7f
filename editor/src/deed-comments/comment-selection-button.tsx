import { type CommentThread, canPerform } from '@deedroom/shared';
import { Modal } from '@mantine/core';
import { IconMessagePlus } from '@tabler/icons-react';
import { type Editor, useEditorState } from '@tiptap/react';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { ToolbarButton } from '../deed-editor/toolbar-button';
import { useAuthenticatedSession } from '../session/session-context';
import { setActiveCommentThread } from './comment-highlights';
import { type CommentThreadsStore, findCommentThreadsStore } from './comment-threads-store';
import { hasCommentableSelection, readNewThreadTarget } from './read-new-thread-target';
import { type NewThreadTarget, ThreadComposer } from './thread-composer';

/**
 * « Commenter » in the formatting toolbar: opens the composer on the selected passage, whatever
 * tab the side panel shows. (Read-only users, who have no toolbar, use the comments tab.)
 */
export function CommentSelectionButton({ editor }: { editor: Editor }) {
  const { hasSelection, store } = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      hasSelection: hasCommentableSelection(current.state),
      store: findCommentThreadsStore(current),
    }),
    equalityFn: (a, b) => a.hasSelection === b?.hasSelection && a.store === b?.store,
  });
  const [target, setTarget] = useState<NewThreadTarget | null>(null);
  if (!store || !canPerform(store.access.myRole, 'comment.create')) return null;

  return (
    <>
      <ToolbarButton
        label="Commenter"
        icon={IconMessagePlus}
        withText
        isDisabled={!hasSelection}
        onClick={() => setTarget(readNewThreadTarget(editor.state))}
        testId="toolbar-comment"
      />
      {target && <ComposerModal store={store} target={target} onClose={() => setTarget(null)} />}
    </>
  );
}

function ComposerModal({
  store,
  target,
  onClose,
}: {
  store: CommentThreadsStore;
  target: NewThreadTarget;
  onClose: () => void;
}) {
  const session = useAuthenticatedSession();
  const { people } = useSyncExternalStore(store.subscribe, store.getSnapshot);
  useEffect(() => store.loadPeople(), [store]);
  const onCreated = (thread: CommentThread) => {
    store.upsert(thread);
    setActiveCommentThread(store.editor, thread.id);
    onClose();
  };
  return (
    <Modal opened onClose={onClose} title="Commenter le passage sélectionné" size="md" centered>
      <ThreadComposer
        deedId={store.access.id}
        target={target}
        canInternal={canPerform(store.access.myRole, 'comment.internal')}
        self={{ id: session.user.id, orgId: session.user.orgId }}
        people={people}
        csrfToken={session.csrfToken}
        onCreated={onCreated}
        onCancel={onClose}
      />
    </Modal>
  );
}
