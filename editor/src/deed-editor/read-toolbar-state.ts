import type { Editor } from '@tiptap/react';
import type { BlockStyle } from './block-style-menu';

export interface ToolbarState {
  isBold: boolean;
  isItalic: boolean;
  isUnderline: boolean;
  isDefinedTerm: boolean;
  isBulletList: boolean;
  isOrderedList: boolean;
  isInTable: boolean;
  isInArticle: boolean;
  canUndo: boolean;
  canRedo: boolean;
  blockStyle: BlockStyle;
}

function readBlockStyle(editor: Editor): BlockStyle {
  const parent = editor.state.selection.$from.parent.type.name;
  if (parent === 'articleTitle') return 'articleTitle';
  if (editor.isActive('heading', { level: 1 })) return 'heading1';
  if (editor.isActive('heading', { level: 2 })) return 'heading2';
  if (parent === 'paragraph') return 'paragraph';
  return 'other';
}

/** What the toolbar shows as pressed or available for the current selection. */
export function readToolbarState(editor: Editor): ToolbarState {
  return {
    isBold: editor.isActive('bold'),
    isItalic: editor.isActive('italic'),
    isUnderline: editor.isActive('underline'),
    isDefinedTerm: editor.isActive('definedTerm'),
    isBulletList: editor.isActive('bulletList'),
    isOrderedList: editor.isActive('orderedList'),
    isInTable: editor.isActive('table'),
    isInArticle: editor.isActive('article'),
    canUndo: editor.can().undo(),
    canRedo: editor.can().redo(),
    blockStyle: readBlockStyle(editor),
  };
}
