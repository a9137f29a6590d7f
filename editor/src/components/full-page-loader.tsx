import { Center, Loader, Stack, Text } from '@mantine/core';

/** Whole-screen wait, used only while the session is being checked at start-up. */
export function FullPageLoader({ label }: { label: string }) {
  return (
    <Center mih="100vh" role="status" aria-live="polite">
      <Stack align="center" gap="sm">
        <Loader size="md" />
        <Text c="dimmed" size="sm">
          {label}
        </Text>
      </Stack>
    </Center>
  );
}
