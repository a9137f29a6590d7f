import type { MyActions } from '@deedroom/shared';
import { Paper, SimpleGrid, Text } from '@mantine/core';
import classes from './my-actions.module.css';

type CountKey = keyof MyActions['counts'];

const COUNTS: readonly { key: CountKey; label: string; hint: string }[] = [
  { key: 'overdue', label: 'En retard', hint: 'échéance dépassée' },
  { key: 'dueThisWeek', label: 'Cette semaine', hint: 'dans les 7 jours' },
  { key: 'total', label: 'Au total', hint: 'actions ouvertes' },
  { key: 'blocked', label: 'Bloquées', hint: 'par une étape précédente' },
  { key: 'undated', label: 'À dater', hint: 'date à fixer' },
];

/** The figures of every open action of the user, even those beyond the list shown. */
export function MyActionCounts({ counts }: { counts: MyActions['counts'] }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="md" data-testid="my-actions-counts">
      {COUNTS.map(({ key, label, hint }) => {
        const value = counts[key];
        const isAlert = key === 'overdue' && value > 0;
        return (
          <Paper
            key={key}
            p="md"
            className={isAlert ? `${classes.count} ${classes.countAlert}` : classes.count}
            data-testid={`my-actions-count-${key}`}
            data-count={value}
          >
            <Text size="xs" fw={600} tt="uppercase" c={isAlert ? 'red.8' : 'gray.6'} lts="0.04em">
              {label}
            </Text>
            <Text fz={28} fw={700} lh={1.2} c={isAlert ? 'red.8' : 'navy.9'} className="tabular-numbers">
              {value.toLocaleString('fr-FR')}
            </Text>
            <Text size="xs" c="dimmed">
              {hint}
            </Text>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}
