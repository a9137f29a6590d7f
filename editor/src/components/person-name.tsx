import { Badge, Group, Text } from '@mantine/core';

/** A person's name in a table, marked "vous" when it is the signed-in user. */
export function PersonName({ name, isMe }: { name: string; isMe: boolean }) {
  return (
    <Group gap="xs" wrap="nowrap">
      <Text fw={600} size="sm">
        {name}
      </Text>
      {isMe && (
        <Badge size="xs" variant="light" color="navy" tt="none">
          vous
        </Badge>
      )}
    </Group>
  );
}
