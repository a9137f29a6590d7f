import type { DeedDetail } from '@deedroom/shared';
import { type Editor, EditorContent } from '@tiptap/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApprovalsPanel } from '../deed-approvals/approvals-panel';
import { DeedLockBanner } from '../deed-approvals/deed-lock-banner';
import { CommentThreadsBadge } from '../deed-comments/comment-threads-badge';
import { CommentsPanel } from '../deed-comments/comments-panel';
import { HistoryPanel } from '../deed-history/history-panel';
import { ExportPdfButton } from '../deed-pdf/export-pdf-button';
import { SuggestRefusalNotice } from '../deed-suggestions/suggest-refusal-notice';
import { SuggestToggle } from '../deed-suggestions/suggest-toggle';
import { SuggestionsPanel } from '../deed-suggestions/suggestions-panel';
import { useRefreshSuggestionAuthors } from '../deed-suggestions/use-refresh-suggestion-authors';
import { useSuggestMode } from '../deed-suggestions/use-suggest-mode';
import { useSuggestions } from '../deed-suggestions/use-suggestions';
import { VersionsPanel } from '../deed-versions/versions-panel';
import { ExportWordButton } from '../deed-word/export-word-button';
import { DeedDeadlinesPanel } from '../workflow/deed-deadlines-panel';
import type { Collaborator } from './collaborator';
import { ConnectionStatus } from './connection-status';
import type { CollabConnection, CollabSnapshot } from './create-collab-connection';
import { ReadOnlyBanner, type RecoverableStopReason, StopNotice, SuggestionModeBanner } from './deed-notices';
import { DeedOutline } from './deed-outline';
import { DeedSidePanel, type DeedSideTab } from './deed-side-panel';
import { DeedTitleBar } from './deed-title-bar';
import { DeedToolbar } from './deed-toolbar';
import classes from './deed-workspace.module.css';
import { KeyboardHelp } from './keyboard-help';
import { PresenceAvatars, PresenceList } from './presence-list';
import { SideTabCount } from './side-tab-count';
import { useCollaborators } from './use-collaborators';
import { useDeedEditor } from './use-deed-editor';
import { useToolbarKeyboard } from './use-toolbar-keyboard';

interface DeedEditorViewProps {
  access: DeedDetail;
  refreshAccess: () => Promise<void>;
  connection: CollabConnection;
  snapshot: CollabSnapshot;
  self: Collaborator;
}

function readRecoverableStop(snapshot: CollabSnapshot): RecoverableStopReason | null {
  const reason = snapshot.stopReason;
  return reason === 'too-large' || reason === 'malformed' || reason === 'edit-refused' ? reason : null;
}

/** Title bar, toolbar, outline | paper page | presence: the editor proper. */
export function DeedEditorView({ access, refreshAccess, connection, snapshot, self }: DeedEditorViewProps) {
  const stopReason = readRecoverableStop(snapshot);
  const isEditable = access.canEdit && stopReason === null;
  const toolbarRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<Editor | null>(null);
  const focusText = useCallback(() => editorRef.current?.commands.focus(), []);
  const { onKeyDown, focusToolbar } = useToolbarKeyboard(toolbarRef, focusText);
  const suggestMode = useSuggestMode(access, self.id);
  const editor = useDeedEditor({
    connection,
    isEditable,
    self,
    suggest: suggestMode.options,
    onFocusToolbar: focusToolbar,
  });
  const suggestions = useSuggestions(editor);
  useRefreshSuggestionAuthors(editor, suggestMode.authors);
  useEffect(() => {
    editorRef.current = editor;
  }, [editor]);
  const people = useCollaborators(connection.provider.awareness, self);
  const [sideTab, setSideTab] = useState('people');
  const sideContext = { access, editor, connection, refreshAccess };
  // Each drafting tool adds its tab here (see deed-side-panel.tsx); `sideContext` is what they get.
  const sideTabs: DeedSideTab[] = [
    {
      value: 'suggestions',
      label: 'Suggestions',
      badge: suggestions.length > 0 ? <SideTabCount count={suggestions.length} /> : undefined,
      panel: (
        <SuggestionsPanel
          access={access}
          editor={editor}
          suggestions={suggestions}
          authors={suggestMode.authors}
          refreshAccess={refreshAccess}
        />
      ),
    },
    {
      value: 'comments',
      label: 'Commentaires',
      badge: <CommentThreadsBadge context={sideContext} />,
      panel: <CommentsPanel context={sideContext} />,
    },
    { value: 'versions', label: 'Versions', panel: <VersionsPanel context={sideContext} /> },
    { value: 'approvals', label: 'Accords', panel: <ApprovalsPanel context={sideContext} /> },
    { value: 'history', label: 'Historique', panel: <HistoryPanel context={sideContext} /> },
    { value: 'deadlines', label: 'Échéances', panel: <DeedDeadlinesPanel access={access} /> },
    {
      value: 'people',
      label: 'Participants',
      panel: (
        <>
          <PresenceList people={people} isLive={snapshot.status === 'connected'} />
          {isEditable && <KeyboardHelp />}
        </>
      ),
    },
  ];

  const discardLocalCopy = async () => {
    await connection.discardLocalCopy();
    window.location.reload();
  };

  return (
    <div className={classes.workspace} data-testid="deed-editor" data-can-edit={access.canEdit}>
      <DeedTitleBar access={access}>
        <ExportPdfButton deedId={access.id} />
        <ExportWordButton deedId={access.id} />
        <PresenceAvatars people={people} />
        <ConnectionStatus snapshot={snapshot} />
      </DeedTitleBar>
      {isEditable && (
        <DeedToolbar
          editor={editor}
          toolbarRef={toolbarRef}
          onKeyDown={onKeyDown}
          trailing={<SuggestToggle editor={editor} isForced={suggestMode.isForced} deedId={access.id} />}
        />
      )}
      {access.lock ? <DeedLockBanner lock={access.lock} /> : !access.canEdit && <ReadOnlyBanner />}
      {access.editMode === 'suggest' && <SuggestionModeBanner />}
      {suggestMode.refusal && (
        <SuggestRefusalNotice reason={suggestMode.refusal} onClose={suggestMode.clearRefusal} />
      )}
      {stopReason && (
        <StopNotice reason={stopReason} onRetry={connection.retry} onDiscardLocalCopy={discardLocalCopy} />
      )}
      <div className={classes.body}>
        <aside className={classes.outlinePane} aria-label="Sommaire de l’acte">
          <DeedOutline editor={editor} />
        </aside>
        <section className={classes.documentPane} aria-label="Document">
          <article className={classes.paper} data-testid="deed-paper">
            <EditorContent editor={editor} id="deed-document" />
          </article>
        </section>
        <aside className={classes.sidePane} aria-label="Outils de rédaction">
          <DeedSidePanel tabs={sideTabs} value={sideTab} onChange={setSideTab} />
        </aside>
      </div>
    </div>
  );
}
