import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';

/** Why a form or an action was refused, read out at once by screen readers. */
export function FormErrorAlert({ message, testId }: { message: string | null; testId?: string }) {
  if (!message) return null;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertCircle size={20} aria-hidden="true" />}
      role="alert"
      data-testid={testId}
    >
      {message}
    </Alert>
  );
}
