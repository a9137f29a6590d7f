import { Badge } from '@mantine/core';

/** The small count beside a side-panel tab's label (open threads, pending suggestions). */
export function SideTabCount({ count }: { count: number }) {
  return (
    <Badge size="xs" variant="light" circle={count < 10} aria-label={`${count} en attente`}>
      {count}
    </Badge>
  );
}
