import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import type { ApiError } from '../api/api-error';
import { describeApiError } from '../messages/describe-api-error';

interface LoadErrorAlertProps {
  title: string;
  error: ApiError;
  onRetry: () => void;
  testId?: string;
}

/** A failed load, explained in French, with a retry button. */
export function LoadErrorAlert({ title, error, onRetry, testId }: LoadErrorAlertProps) {
  return (
    <Alert
      color="red"
      variant="light"
      title={title}
      icon={<IconAlertTriangle size={20} aria-hidden="true" />}
      data-testid={testId}
    >
      <Group justify="space-between" align="center" gap="md">
        <Text size="sm">{describeApiError(error)}</Text>
        <Button
          variant="white"
          color="red"
          size="xs"
          leftSection={<IconRefresh size={16} aria-hidden="true" />}
          onClick={onRetry}
        >
          Réessayer
        </Button>
      </Group>
    </Alert>
  );
}
