import { type MyAction, WORKFLOW_URGENCY_LABELS, type WorkflowUrgency } from '@deedroom/shared';
import { Badge, Group, Table, Text } from '@mantine/core';
import tableClasses from '../components/data-table.module.css';
import { useAuthenticatedSession } from '../session/session-context';
import { groupMyActions } from './group-my-actions';
import { MyActionRow } from './my-action-row';
import classes from './my-actions.module.css';

const COLUMN_COUNT = 5;

const GROUP_COLORS: Record<WorkflowUrgency, string> = {
  overdue: 'red',
  this_week: 'orange',
  later: 'navy',
  blocked: 'orange',
  undated: 'gray',
  settled: 'gray',
};

/** The actions in one table, one section per urgency group (the server's order inside each). */
export function MyActionTable({ items, today }: { items: readonly MyAction[]; today: string }) {
  const { user } = useAuthenticatedSession();
  const groups = groupMyActions(items, today);
  return (
    <Table.ScrollContainer minWidth={960} type="native">
      <Table verticalSpacing="sm" horizontalSpacing="lg" layout="fixed" data-testid="my-actions-list">
        <colgroup>
          <col style={{ width: 130 }} />
          <col style={{ width: 230 }} />
          <col />
          <col style={{ width: 220 }} />
          <col style={{ width: 200 }} />
        </colgroup>
        <Table.Thead className={tableClasses.head}>
          <Table.Tr>
            <Table.Th scope="col">Statut</Table.Th>
            <Table.Th scope="col">Échéance</Table.Th>
            <Table.Th scope="col">Action</Table.Th>
            <Table.Th scope="col">Dossier</Table.Th>
            <Table.Th scope="col">Responsable</Table.Th>
          </Table.Tr>
        </Table.Thead>
        {groups.map((group) => (
          <Table.Tbody
            key={group.urgency}
            className={classes.group}
            data-testid="my-actions-group"
            data-urgency={group.urgency}
          >
            <Table.Tr className={classes.groupHeading}>
              <Table.Th scope="rowgroup" colSpan={COLUMN_COUNT}>
                <Group gap="xs">
                  <Text size="sm" fw={700} c={group.urgency === 'overdue' ? 'red.8' : 'navy.9'}>
                    {WORKFLOW_URGENCY_LABELS[group.urgency]}
                  </Text>
                  <Badge size="sm" variant="light" color={GROUP_COLORS[group.urgency]} circle={false}>
                    {group.items.length.toLocaleString('fr-FR')}
                  </Badge>
                </Group>
              </Table.Th>
            </Table.Tr>
            {group.items.map((item) => (
              <MyActionRow key={item.id} item={item} today={today} currentUserId={user.id} />
            ))}
          </Table.Tbody>
        ))}
      </Table>
    </Table.ScrollContainer>
  );
}
