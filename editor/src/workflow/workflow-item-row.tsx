import { ORG_KIND_LABELS, type WorkflowItemView } from '@deedroom/shared';
import { Group, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconCalendarTime, IconDiamond, IconLink, IconUser } from '@tabler/icons-react';
import { describeNonWorkingDayNote } from './describe-non-working-day-note';
import { describeRelativeDue } from './describe-workflow-due';
import { formatCalendarDateFrench } from './format-calendar-date';
import classes from './workflow.module.css';
import { WorkflowInternalBadge } from './workflow-internal-badge';
import { WorkflowLinkChip } from './workflow-link-chip';
import { WorkflowStatusBadge } from './workflow-status-badge';

interface WorkflowItemRowProps {
  item: WorkflowItemView;
  titleOf: (itemId: string) => string | undefined;
  /** The due date just moved (after a change): the row flashes. */
  isMoved?: boolean;
  /** Tied to the deed open beside the panel. */
  isMarked?: boolean;
  compact?: boolean;
  onOpen?: (item: WorkflowItemView) => void;
}

/** One milestone or task: status, title, due date and why, who acts, what it waits for. */
export function WorkflowItemRow({ item, titleOf, isMoved, isMarked, compact, onOpen }: WorkflowItemRowProps) {
  const note = describeNonWorkingDayNote(item);
  const rule = describeRelativeDue(item.due, titleOf);
  const blockers = item.blockedBy.map((id) => titleOf(id) ?? 'une étape masquée');
  const parties = item.responsibleParties.map((kind) => ORG_KIND_LABELS[kind]).join(', ');
  const title = (
    <Text fw={600} size="sm" className={classes.itemTitle} component="span">
      {item.kind === 'milestone' && (
        <IconDiamond size={13} aria-label="Jalon" className={classes.milestoneIcon} />
      )}
      {item.title}
      {isMarked && (
        <Tooltip label="Se termine avec cet acte" openDelay={300}>
          <IconLink size={13} aria-label="Lié à cet acte" className={classes.markedIcon} />
        </Tooltip>
      )}
    </Text>
  );

  return (
    <li
      className={classes.row}
      data-compact={compact || undefined}
      data-moved={isMoved || undefined}
      data-marked={isMarked || undefined}
      data-testid="workflow-item"
      data-item-title={item.title}
      data-item-id={item.id}
      data-status={item.displayStatus}
    >
      <div className={classes.rowStatus}>
        <WorkflowStatusBadge status={item.displayStatus} size="xs" />
      </div>
      <div className={classes.rowMain}>
        <Group gap={6} wrap="wrap">
          {onOpen ? (
            <UnstyledButton
              onClick={() => onOpen(item)}
              className={classes.titleButton}
              aria-label={`Modifier « ${item.title} »`}
              data-testid="workflow-item-open"
            >
              {title}
            </UnstyledButton>
          ) : (
            title
          )}
          {item.visibility === 'internal' && <WorkflowInternalBadge />}
          {item.link && !compact && <WorkflowLinkChip dealId={item.dealId} link={item.link} />}
        </Group>
        <Text size="xs" c="dimmed" className={classes.meta}>
          <span data-testid="workflow-item-parties">{parties}</span>
          {item.assignee && (
            <span className={classes.assignee} data-testid="workflow-item-assignee">
              <IconUser size={12} aria-hidden="true" /> {item.assignee.name}
            </span>
          )}
          {rule && !compact && (
            <span className={classes.rule} title="Date calculée à partir d’une autre étape">
              <IconCalendarTime size={12} aria-hidden="true" />
              <span data-testid="workflow-item-rule">{rule}</span>
            </span>
          )}
        </Text>
        {blockers.length > 0 && (
          <Text size="xs" c="orange.8" data-testid="workflow-item-blocked-by">
            bloqué par : {blockers.join(', ')}
          </Text>
        )}
      </div>
      <div className={classes.rowDue}>
        {item.dueDate ? (
          <Text size="sm" fw={500} data-testid="workflow-item-due" data-due={item.dueDate}>
            {formatCalendarDateFrench(item.dueDate)}
          </Text>
        ) : (
          <Text size="sm" c="dimmed" fs="italic" data-testid="workflow-item-due" data-due="">
            date à fixer
          </Text>
        )}
        {note && (
          <Tooltip label={note.explanation} openDelay={300} multiline w={240}>
            <Text
              size="xs"
              c={note.tone === 'warning' ? 'orange.8' : 'dimmed'}
              data-testid="workflow-item-non-working"
              data-tone={note.tone}
            >
              {note.text}
            </Text>
          </Tooltip>
        )}
      </div>
    </li>
  );
}
