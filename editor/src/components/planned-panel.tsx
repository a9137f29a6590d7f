import { List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { TablerIcon } from '@tabler/icons-react';

interface PlannedPanelProps {
  icon: TablerIcon;
  title: string;
  summary: string;
  /** What the panel will hold once built: concrete, so users know what to expect. */
  contents: readonly string[];
  testId: string;
}

/** An honest placeholder for a deal panel that a later version will build: no sample data. */
export function PlannedPanel({ icon: Icon, title, summary, contents, testId }: PlannedPanelProps) {
  return (
    <Paper withBorder p="xl" data-testid={testId}>
      <Stack gap="md" maw={720}>
        <ThemeIcon size={44} radius="md" variant="light" color="navy">
          <Icon size={24} stroke={1.6} aria-hidden="true" />
        </ThemeIcon>
        <Title order={2} size="h3">
          {title}
        </Title>
        <Text c="gray.7">{summary}</Text>
        <List spacing={6} size="sm" c="gray.7">
          {contents.map((item) => (
            <List.Item key={item}>{item}</List.Item>
          ))}
        </List>
        <Text size="sm" c="dimmed">
          Ce volet n’est pas encore ouvert : il sera disponible dans une prochaine version de Deedroom. Rien
          n’y est enregistré pour l’instant.
        </Text>
      </Stack>
    </Paper>
  );
}
