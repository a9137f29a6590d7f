import { Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlugConnectedX, IconRefresh } from '@tabler/icons-react';
import type { ApiError } from '../api/api-error';
import { BrandMark } from '../components/brand-mark';
import { describeApiError } from '../messages/describe-api-error';

interface ServiceUnavailablePageProps {
  error: ApiError;
  onRetry: () => void;
}

/** Shown when the session cannot even be checked: the server is down or unreachable. */
export function ServiceUnavailablePage({ error, onRetry }: ServiceUnavailablePageProps) {
  return (
    <Center mih="100vh" p="md">
      <Paper withBorder shadow="xs" p="xl" maw={480} w="100%" data-testid="service-unavailable">
        <Stack gap="lg" align="flex-start">
          <BrandMark />
          <IconPlugConnectedX size={36} stroke={1.5} color="var(--mantine-color-gray-6)" aria-hidden="true" />
          <Title order={1} size="h2">
            Service momentanément indisponible
          </Title>
          <Text c="dimmed">{describeApiError(error)}</Text>
          <Button leftSection={<IconRefresh size={18} aria-hidden="true" />} onClick={onRetry}>
            Réessayer
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
