import { Button, Menu } from '@mantine/core';
import { IconCheck, IconChevronDown } from '@tabler/icons-react';
import type { Editor } from '@tiptap/react';
import { formatShortcut } from './format-shortcut';

export type BlockStyle = 'paragraph' | 'heading1' | 'heading2' | 'articleTitle' | 'other';

const STYLES: ReadonlyArray<{
  value: 'paragraph' | 'heading1' | 'heading2';
  label: string;
  shortcut: string;
}> = [
  { value: 'paragraph', label: 'Paragraphe', shortcut: 'Mod-Alt-0' },
  { value: 'heading1', label: 'Titre de partie', shortcut: 'Mod-Alt-1' },
  { value: 'heading2', label: 'Sous-titre', shortcut: 'Mod-Alt-2' },
];

const CURRENT_LABELS: Record<BlockStyle, string> = {
  paragraph: 'Paragraphe',
  heading1: 'Titre de partie',
  heading2: 'Sous-titre',
  articleTitle: 'Titre d’article',
  other: 'Style',
};

/** The paragraph style of the current block (body text, part title, subtitle). */
export function BlockStyleMenu({ editor, current }: { editor: Editor; current: BlockStyle }) {
  const apply = (value: (typeof STYLES)[number]['value']) => {
    const chain = editor.chain().focus();
    if (value === 'paragraph') chain.setParagraph().run();
    else chain.setHeading({ level: value === 'heading1' ? 1 : 2 }).run();
  };

  return (
    <Menu position="bottom-start" shadow="md" width={240} returnFocus>
      <Menu.Target>
        <Button
          variant="default"
          size="compact-sm"
          w={150}
          justify="space-between"
          fw={500}
          rightSection={<IconChevronDown size={14} aria-hidden="true" />}
          disabled={current === 'articleTitle'}
          aria-label={`Style du paragraphe : ${CURRENT_LABELS[current]}`}
          data-toolbar-item
          onMouseDown={(event) => event.preventDefault()}
        >
          {CURRENT_LABELS[current]}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {STYLES.map((style) => (
          <Menu.Item
            key={style.value}
            onClick={() => apply(style.value)}
            leftSection={
              <IconCheck size={14} aria-hidden="true" style={{ opacity: current === style.value ? 1 : 0 }} />
            }
            rightSection={<span className="menu-shortcut">{formatShortcut(style.shortcut)}</span>}
          >
            {style.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
