import { Box, Group, Skeleton, Stack } from '@mantine/core';

const ROWS = [0, 1, 2, 3];

/** Placeholder rows with the rough shape of the deal table while it loads. */
export function DealListSkeleton() {
  return (
    <Stack gap={0} role="status" aria-label="Chargement des dossiers" data-testid="deal-list-loading">
      <Box h={44} bg="gray.0" />
      {ROWS.map((row) => (
        <Group
          key={row}
          gap="xl"
          px="lg"
          py="lg"
          wrap="nowrap"
          style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
        >
          <Skeleton height={14} width="22%" />
          <Skeleton height={14} width="10%" />
          <Skeleton height={14} width="6%" />
          <Skeleton height={14} width="12%" />
          <Skeleton height={20} width="10%" radius="sm" />
          <Skeleton height={14} width="20%" />
          <Skeleton height={14} width="12%" />
        </Group>
      ))}
    </Stack>
  );
}
