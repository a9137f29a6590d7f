import {
  type CalendarDate,
  WORKFLOW_URGENCY_LABELS,
  type WorkflowItemView,
  type WorkflowUrgency,
} from '@deedroom/shared';
import { Collapse, Group, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import { groupWorkflowItems } from './group-workflow-items';
import classes from './workflow.module.css';
import { WorkflowItemRow } from './workflow-item-row';

interface WorkflowListProps {
  items: readonly WorkflowItemView[];
  today: CalendarDate;
  titleOf: (itemId: string) => string | undefined;
  movedIds: ReadonlySet<string>;
  onOpen?: (item: WorkflowItemView) => void;
}

/** The items by urgency group; the settled ones folded away until asked for. */
export function WorkflowList({ items, today, titleOf, movedIds, onOpen }: WorkflowListProps) {
  const [openGroups, setOpenGroups] = useState<ReadonlySet<WorkflowUrgency>>(new Set());
  const groups = groupWorkflowItems(items, today);

  return (
    <div className={classes.groups} data-testid="workflow-list">
      {groups.map(({ urgency, items: groupItems }) => {
        const isCollapsible = urgency === 'settled';
        const isOpen = !isCollapsible || openGroups.has(urgency);
        const heading = (
          <Group gap={6} wrap="nowrap">
            {isCollapsible &&
              (isOpen ? (
                <IconChevronDown size={14} aria-hidden="true" />
              ) : (
                <IconChevronRight size={14} aria-hidden="true" />
              ))}
            <Text component="span" className={classes.groupLabel} data-urgency={urgency}>
              {WORKFLOW_URGENCY_LABELS[urgency]}
            </Text>
            <Text component="span" size="xs" c="dimmed">
              {groupItems.length}
            </Text>
          </Group>
        );
        const rows = (
          <ul className={classes.rows}>
            {groupItems.map((item) => (
              <WorkflowItemRow
                key={item.id}
                item={item}
                titleOf={titleOf}
                isMoved={movedIds.has(item.id)}
                {...(onOpen ? { onOpen } : {})}
              />
            ))}
          </ul>
        );
        return (
          <section key={urgency} className={classes.group} data-testid={`workflow-group-${urgency}`}>
            <h3 className={classes.groupHeading}>
              {isCollapsible ? (
                <UnstyledButton
                  aria-expanded={isOpen}
                  onClick={() =>
                    setOpenGroups((current) => {
                      const next = new Set(current);
                      if (next.has(urgency)) next.delete(urgency);
                      else next.add(urgency);
                      return next;
                    })
                  }
                  data-testid="workflow-group-toggle"
                >
                  {heading}
                </UnstyledButton>
              ) : (
                heading
              )}
            </h3>
            {isCollapsible ? <Collapse expanded={isOpen}>{rows}</Collapse> : rows}
          </section>
        );
      })}
    </div>
  );
}
