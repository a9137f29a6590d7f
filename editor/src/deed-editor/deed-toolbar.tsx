import { Divider, Group } from '@mantine/core';
import {
  IconArrowBackUp,
  IconArrowForwardUp,
  IconBold,
  IconItalic,
  IconList,
  IconListNumbers,
  IconPageBreak,
  IconQuote,
  IconSectionSign,
  IconSubtask,
  IconUnderline,
} from '@tabler/icons-react';
import { type Editor, useEditorState } from '@tiptap/react';
import type { ReactNode, Ref } from 'react';
import { CommentSelectionButton } from '../deed-comments/comment-selection-button';
import { BlockStyleMenu } from './block-style-menu';
import classes from './deed-toolbar.module.css';
import { readToolbarState } from './read-toolbar-state';
import { TableMenu } from './table-menu';
import { ToolbarButton } from './toolbar-button';

interface DeedToolbarProps {
  editor: Editor;
  toolbarRef: Ref<HTMLDivElement>;
  onKeyDown: (event: React.KeyboardEvent<HTMLElement>) => void;
  /** Shown at the far end of the toolbar (the « Suggérer » switch). */
  trailing?: ReactNode;
}

/** The formatting toolbar of a deed: history, styles, marks, lists, articles, tables, page breaks. */
export function DeedToolbar({ editor, toolbarRef, onKeyDown, trailing }: DeedToolbarProps) {
  const state = useEditorState({ editor, selector: ({ editor: current }) => readToolbarState(current) });
  const run = (command: (chain: ReturnType<Editor['chain']>) => ReturnType<Editor['chain']>) =>
    command(editor.chain().focus()).run();

  return (
    <div
      ref={toolbarRef}
      role="toolbar"
      aria-label="Mise en forme de l’acte"
      aria-controls="deed-document"
      className={classes.toolbar}
      onKeyDown={onKeyDown}
      data-testid="deed-toolbar"
    >
      <Group gap={2} wrap="nowrap">
        <ToolbarButton
          label="Annuler"
          icon={IconArrowBackUp}
          shortcut="Mod-z"
          isDisabled={!state.canUndo}
          onClick={() => run((chain) => chain.undo())}
        />
        <ToolbarButton
          label="Rétablir"
          icon={IconArrowForwardUp}
          shortcut="Mod-Shift-z"
          isDisabled={!state.canRedo}
          onClick={() => run((chain) => chain.redo())}
        />
      </Group>
      <Divider orientation="vertical" className={classes.divider} />
      <BlockStyleMenu editor={editor} current={state.blockStyle} />
      <Divider orientation="vertical" className={classes.divider} />
      <Group gap={2} wrap="nowrap">
        <ToolbarButton
          label="Gras"
          icon={IconBold}
          shortcut="Mod-b"
          isActive={state.isBold}
          onClick={() => run((chain) => chain.toggleBold())}
          testId="toolbar-bold"
        />
        <ToolbarButton
          label="Italique"
          icon={IconItalic}
          shortcut="Mod-i"
          isActive={state.isItalic}
          onClick={() => run((chain) => chain.toggleItalic())}
        />
        <ToolbarButton
          label="Souligné"
          icon={IconUnderline}
          shortcut="Mod-u"
          isActive={state.isUnderline}
          onClick={() => run((chain) => chain.toggleUnderline())}
        />
        <ToolbarButton
          label="Terme défini"
          icon={IconQuote}
          shortcut="Mod-Shift-d"
          isActive={state.isDefinedTerm}
          onClick={() => run((chain) => chain.toggleDefinedTerm())}
          testId="toolbar-defined-term"
        />
      </Group>
      <Divider orientation="vertical" className={classes.divider} />
      <Group gap={2} wrap="nowrap">
        <ToolbarButton
          label="Liste à puces"
          icon={IconList}
          shortcut="Mod-Shift-8"
          isActive={state.isBulletList}
          onClick={() => run((chain) => chain.toggleBulletList())}
        />
        <ToolbarButton
          label="Liste numérotée"
          icon={IconListNumbers}
          shortcut="Mod-Shift-7"
          isActive={state.isOrderedList}
          onClick={() => run((chain) => chain.toggleOrderedList())}
        />
      </Group>
      <Divider orientation="vertical" className={classes.divider} />
      <Group gap={2} wrap="nowrap">
        <ToolbarButton
          label="Article"
          icon={IconSectionSign}
          shortcut="Mod-Alt-a"
          withText
          onClick={() => run((chain) => chain.insertArticle())}
          testId="toolbar-insert-article"
        />
        <ToolbarButton
          label="Sous-article"
          icon={IconSubtask}
          shortcut="Mod-Alt-s"
          withText
          isDisabled={!state.isInArticle}
          onClick={() => run((chain) => chain.insertSubArticle())}
          testId="toolbar-insert-sub-article"
        />
        <TableMenu editor={editor} isInTable={state.isInTable} />
        <ToolbarButton
          label="Saut de page"
          icon={IconPageBreak}
          shortcut="Mod-Enter"
          isDisabled={state.isInTable}
          onClick={() => run((chain) => chain.insertPageBreak())}
          testId="toolbar-page-break"
        />
      </Group>
      <CommentSelectionButton editor={editor} />
      {trailing && <div className={classes.trailing}>{trailing}</div>}
    </div>
  );
}
