import { type MyAction, ORG_KIND_LABELS } from '@deedroom/shared';
import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { IconCalendarOff } from '@tabler/icons-react';
import { Link } from 'react-router';
import { buildDealTabPath } from '../deals/deal-tabs';
import { describeNonWorkingDayNote } from '../workflow/describe-non-working-day-note';
import { formatCalendarDateFrench } from '../workflow/format-calendar-date';
import { WorkflowStatusBadge } from '../workflow/workflow-status-badge';
import { countDaysUntil, describeDueDistance } from './describe-due-distance';

interface MyActionRowProps {
  item: MyAction;
  /** The day the statuses were computed for, from the server. */
  today: string;
  currentUserId: string;
}

/** One action: status, due date, what to do, on which deal, and who holds it. */
export function MyActionRow({ item, today, currentUserId }: MyActionRowProps) {
  const nonWorkingDayNote = describeNonWorkingDayNote(item);
  return (
    <Table.Tr data-testid="my-action" data-item-title={item.title} data-item-id={item.id}>
      <Table.Td>
        <WorkflowStatusBadge status={item.displayStatus} />
      </Table.Td>
      <Table.Td data-testid="my-action-due" data-due={item.dueDate ?? ''}>
        <DueDate item={item} today={today} />
        {nonWorkingDayNote && (
          <Group gap={4} wrap="nowrap" align="flex-start" mt={4}>
            <IconCalendarOff
              size={14}
              aria-hidden="true"
              color="var(--mantine-color-gray-5)"
              style={{ flexShrink: 0, marginTop: 2 }}
            />
            <Text
              size="xs"
              c="dimmed"
              data-testid="my-action-non-working-day"
              title={nonWorkingDayNote.explanation}
            >
              {nonWorkingDayNote.text}
            </Text>
          </Group>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm" fw={600} c="navy.9" lh={1.4}>
          {item.title}
        </Text>
        {item.displayStatus === 'blocked' && (
          <Text size="xs" c="dimmed" mt={2}>
            Attend qu’une étape précédente soit faite.
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Anchor
          component={Link}
          to={buildDealTabPath(item.dealId, 'deadlines')}
          size="sm"
          fw={500}
          data-testid="my-action-deal-link"
        >
          {item.dealName}
        </Anchor>
      </Table.Td>
      <Table.Td>
        <Responsible item={item} currentUserId={currentUserId} />
      </Table.Td>
    </Table.Tr>
  );
}

function DueDate({ item, today }: { item: MyAction; today: string }) {
  if (item.dueDate === null) {
    return (
      <Text size="sm" c="dimmed" fs="italic">
        Date à fixer
      </Text>
    );
  }
  const isLate = countDaysUntil(item.dueDate, today) < 0;
  return (
    <Stack gap={0}>
      <Text size="sm" fw={500} className="tabular-numbers" style={{ whiteSpace: 'nowrap' }}>
        {formatCalendarDateFrench(item.dueDate)}
      </Text>
      <Text size="xs" c={isLate ? 'red.8' : 'dimmed'} fw={isLate ? 600 : 400}>
        {describeDueDistance(item.dueDate, today)}
      </Text>
    </Stack>
  );
}

function Responsible({ item, currentUserId }: { item: MyAction; currentUserId: string }) {
  const parties = item.responsibleParties.map((kind) => ORG_KIND_LABELS[kind]).join(' · ');
  if (item.assignee === null) {
    return (
      <Text size="sm" c="gray.7">
        {parties}
      </Text>
    );
  }
  return (
    <Stack gap={2}>
      <Group gap={6} wrap="nowrap">
        <Text size="sm" fw={500}>
          {item.assignee.name}
        </Text>
        {item.assignee.id === currentUserId && (
          <Badge size="xs" variant="light" color="navy" tt="none">
            vous
          </Badge>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {parties}
      </Text>
    </Stack>
  );
}
