import { Box, Group, Paper, SimpleGrid, Skeleton, Stack } from '@mantine/core';

const COUNTS = [0, 1, 2, 3, 4];
const ROWS = [0, 1, 2, 3, 4, 5];

/** The rough shape of « Mes actions » (figures, then rows) while it loads. */
export function MyActionsSkeleton() {
  return (
    <Stack gap="lg" role="status" aria-label="Chargement de vos actions" data-testid="my-actions-loading">
      <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="md">
        {COUNTS.map((count) => (
          <Paper key={count} withBorder p="md">
            <Skeleton height={10} width="50%" />
            <Skeleton height={26} width="30%" mt="sm" />
            <Skeleton height={10} width="70%" mt="sm" />
          </Paper>
        ))}
      </SimpleGrid>
      <Paper withBorder shadow="xs" style={{ overflow: 'hidden' }}>
        <Box h={44} bg="gray.0" />
        {ROWS.map((row) => (
          <Group
            key={row}
            gap="xl"
            px="lg"
            py="md"
            wrap="nowrap"
            style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
          >
            <Skeleton height={20} width="8%" radius="sm" />
            <Skeleton height={14} width="15%" />
            <Skeleton height={14} width="35%" />
            <Skeleton height={14} width="15%" />
            <Skeleton height={14} width="12%" />
          </Group>
        ))}
      </Paper>
    </Stack>
  );
}
