import { createDeedExtensions, DEED_FIELD } from '@deedroom/shared';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { type Editor, Extension, useEditor } from '@tiptap/react';
import { useEffect, useEffectEvent } from 'react';
import { CommentHighlights } from '../deed-comments/comment-highlights';
import { SuggestChanges, type SuggestChangesOptions } from '../deed-suggestions/suggest-changes-extension';
import { ArticleNumberLabels } from './article-number-labels';
import type { Collaborator } from './collaborator';
import type { CollabConnection } from './create-collab-connection';
import { renderCaret, renderSelection } from './render-caret';

interface UseDeedEditorOptions {
  connection: CollabConnection;
  isEditable: boolean;
  self: Collaborator;
  /** Suggestion mode (track changes): who suggests, whether it is imposed, who the authors are. */
  suggest: SuggestChangesOptions;
  /** Alt+F10 from the text moves the focus to the toolbar (as in word processors). */
  onFocusToolbar: () => void;
}

/** The Tiptap editor of a deed, bound to the live Y.Doc, with the other people's carets. */
export function useDeedEditor({
  connection,
  isEditable,
  self,
  suggest,
  onFocusToolbar,
}: UseDeedEditorOptions): Editor {
  const focusToolbar = useEffectEvent(onFocusToolbar);

  const editor = useEditor(
    {
      extensions: [
        ...createDeedExtensions({ isCollaborative: true }),
        ArticleNumberLabels,
        SuggestChanges.configure(suggest),
        Collaboration.configure({ document: connection.ydoc, field: DEED_FIELD }),
        CommentHighlights,
        CollaborationCaret.configure({
          provider: connection.provider,
          // The server replaces this with the authenticated identity for everyone else.
          user: { id: self.id, name: self.name, orgName: self.orgName, color: self.color },
          render: renderCaret,
          selectionRender: renderSelection,
        }),
        Extension.create({
          name: 'toolbarShortcut',
          addKeyboardShortcuts: () => ({
            'Alt-F10': () => {
              focusToolbar();
              return true;
            },
          }),
        }),
      ],
      editable: isEditable,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: {
          class: 'deed-document',
          lang: 'fr',
          spellcheck: 'true',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': 'Texte de l’acte',
          'data-testid': 'deed-editor-content',
        },
      },
    },
    [connection],
  );

  useEffect(() => {
    if (editor.isEditable !== isEditable) editor.setEditable(isEditable);
  }, [editor, isEditable]);

  return editor;
}
