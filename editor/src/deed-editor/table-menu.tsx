import { Button, Menu } from '@mantine/core';
import {
  IconChevronDown,
  IconColumnInsertRight,
  IconColumnRemove,
  IconRowInsertBottom,
  IconRowRemove,
  IconTable,
  IconTableMinus,
  IconTablePlus,
} from '@tabler/icons-react';
import type { Editor } from '@tiptap/react';

/** "Tableau": insert a table (price grids, drawdown schedules), then add or remove rows and columns. */
export function TableMenu({ editor, isInTable }: { editor: Editor; isInTable: boolean }) {
  const run = (command: (chain: ReturnType<Editor['chain']>) => ReturnType<Editor['chain']>) =>
    command(editor.chain().focus()).run();
  const iconProps = { size: 16, stroke: 1.7, 'aria-hidden': true } as const;

  return (
    <Menu position="bottom-start" shadow="md" width={260} returnFocus>
      <Menu.Target>
        <Button
          variant={isInTable ? 'light' : 'subtle'}
          color="gray"
          c="gray.8"
          fw={500}
          size="compact-sm"
          leftSection={<IconTable size={17} stroke={1.7} aria-hidden="true" />}
          rightSection={<IconChevronDown size={14} aria-hidden="true" />}
          data-toolbar-item
          data-testid="toolbar-table"
          onMouseDown={(event) => event.preventDefault()}
        >
          Tableau
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          leftSection={<IconTablePlus {...iconProps} />}
          onClick={() => run((chain) => chain.insertTable({ rows: 3, cols: 3, withHeaderRow: true }))}
          disabled={isInTable}
          data-testid="table-insert"
        >
          Insérer un tableau (3 × 3)
        </Menu.Item>
        <Menu.Divider />
        <Menu.Label>Tableau sélectionné</Menu.Label>
        <Menu.Item
          leftSection={<IconRowInsertBottom {...iconProps} />}
          onClick={() => run((chain) => chain.addRowAfter())}
          disabled={!isInTable}
        >
          Ajouter une ligne dessous
        </Menu.Item>
        <Menu.Item
          leftSection={<IconColumnInsertRight {...iconProps} />}
          onClick={() => run((chain) => chain.addColumnAfter())}
          disabled={!isInTable}
        >
          Ajouter une colonne à droite
        </Menu.Item>
        <Menu.Item
          leftSection={<IconRowRemove {...iconProps} />}
          onClick={() => run((chain) => chain.deleteRow())}
          disabled={!isInTable}
        >
          Supprimer la ligne
        </Menu.Item>
        <Menu.Item
          leftSection={<IconColumnRemove {...iconProps} />}
          onClick={() => run((chain) => chain.deleteColumn())}
          disabled={!isInTable}
        >
          Supprimer la colonne
        </Menu.Item>
        <Menu.Item
          color="red"
          leftSection={<IconTableMinus {...iconProps} />}
          onClick={() => run((chain) => chain.deleteTable())}
          disabled={!isInTable}
        >
          Supprimer le tableau
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
