import { createDeedExtensions } from '@deedroom/shared';
import { EditorContent, useEditor } from '@tiptap/react';
import { ArticleNumberLabels } from '../deed-editor/article-number-labels';

/**
 * A version's text drawn exactly as in the editor (same schema, same `.deed-document` styles and
 * article numbers), but in a plain Tiptap editor with no live document: it cannot be changed.
 */
export function VersionDocument({ content }: { content: Record<string, unknown> }) {
  const editor = useEditor(
    {
      extensions: [...createDeedExtensions({ isCollaborative: false }), ArticleNumberLabels],
      content,
      editable: false,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: {
          class: 'deed-document',
          lang: 'fr',
          role: 'document',
          'aria-label': 'Texte de la version',
          'data-testid': 'version-document',
        },
      },
    },
    [content],
  );
  return <EditorContent editor={editor} />;
}
