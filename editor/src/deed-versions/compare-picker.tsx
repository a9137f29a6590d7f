import { CURRENT_VERSION, type DeedVersionSummary } from '@deedroom/shared';
import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconArrowsDiff } from '@tabler/icons-react';
import { useState } from 'react';
import listClasses from '../deed-editor/side-panel-list.module.css';
import classes from './versions.module.css';

interface ComparePickerProps {
  versions: DeedVersionSummary[];
  onCompare: (from: string, to: string) => void;
}

export function versionOptions(versions: readonly DeedVersionSummary[]) {
  return [
    { value: CURRENT_VERSION, label: 'Version actuelle' },
    ...versions.map((v) => ({ value: v.id, label: `V${v.number} – ${v.name}` })),
  ];
}

/** « Comparer »: any two versions, or a version and the text now. */
export function ComparePicker({ versions, onCompare }: ComparePickerProps) {
  const [from, setFrom] = useState<string | null>(versions[0]?.id ?? null);
  const [to, setTo] = useState<string | null>(CURRENT_VERSION);
  const options = versionOptions(versions);
  const isSame = from !== null && from === to;

  return (
    <Stack gap={8} className={classes.compareBox} data-testid="compare-picker">
      <Text className={listClasses.heading}>Comparer</Text>
      <Group gap={8} grow wrap="nowrap">
        <Select
          size="xs"
          label="De"
          data={options}
          value={from}
          onChange={setFrom}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
          data-testid="compare-from"
        />
        <Select
          size="xs"
          label="À"
          data={options}
          value={to}
          onChange={setTo}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
          data-testid="compare-to"
        />
      </Group>
      {isSame && (
        <Text size="xs" c="dimmed">
          Choisissez deux versions différentes.
        </Text>
      )}
      <Button
        size="xs"
        variant="light"
        leftSection={<IconArrowsDiff size={15} aria-hidden="true" />}
        disabled={!from || !to || isSame}
        onClick={() => from && to && onCompare(from, to)}
        data-testid="compare-submit"
      >
        Afficher les différences
      </Button>
    </Stack>
  );
}
