import { type CalendarDate, WORKFLOW_DISPLAY_STATUS_LABELS, type WorkflowItemView } from '@deedroom/shared';
import { Group, Text, UnstyledButton } from '@mantine/core';
import { IconDiamond } from '@tabler/icons-react';
import { type CSSProperties, useEffect, useRef } from 'react';
import { computeGanttLayout } from './compute-gantt-layout';
import { formatCalendarDateFrench, formatMonthFrench } from './format-calendar-date';
import classes from './workflow-gantt.module.css';
import { WORKFLOW_STATUS_COLORS, WorkflowStatusBadge } from './workflow-status-badge';

/** Pixels per day: a month is about 120 px, so two years of deal fit in a wide screen and scroll beyond. */
const DAY_PX = 4;
/** The sticky column of titles (as in workflow-gantt.module.css). */
const LABEL_WIDTH_PX = 280;
/** Where today's line sits in the visible track when a long timeline opens. */
const TODAY_AT_FRACTION = 0.3;
const SHORT_DATE = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'short', timeZone: 'UTC' });

interface WorkflowGanttProps {
  items: readonly WorkflowItemView[];
  today: CalendarDate;
  movedIds: ReadonlySet<string>;
  onOpen?: (item: WorkflowItemView) => void;
}

function statusColor(item: WorkflowItemView): string {
  return `var(--mantine-color-${WORKFLOW_STATUS_COLORS[item.displayStatus]}-6)`;
}

/**
 * « Chronologie »: one row per dated item on a month timeline, a diamond for milestones, a bar
 * from the latest date it depends on for tasks, today as a vertical line; undated items below.
 */
export function WorkflowGantt({ items, today, movedIds, onOpen }: WorkflowGanttProps) {
  const layout = computeGanttLayout(items, today);
  const trackWidth = layout.totalDays * DAY_PX;
  const gridStyle = { '--track-width': `${trackWidth}px` } as CSSProperties;
  const scrollRef = useRef<HTMLDivElement>(null);
  const todayLeft = layout.todayDay * DAY_PX;

  // A long timeline opens around today rather than on the deal's first month; a short one from its start.
  useEffect(() => {
    const scroller = scrollRef.current;
    if (!scroller) return;
    const visibleTrack = scroller.clientWidth - LABEL_WIDTH_PX;
    scroller.scrollLeft = todayLeft > visibleTrack / 2 ? todayLeft - visibleTrack * TODAY_AT_FRACTION : 0;
  }, [todayLeft]);

  return (
    <div className={classes.gantt} data-testid="workflow-gantt">
      {layout.rows.length > 0 && (
        <div className={classes.scroll} ref={scrollRef}>
          <div className={classes.grid} style={gridStyle}>
            <div className={classes.headerRow}>
              <div className={classes.labelCell}>
                <Text size="xs" fw={700} c="dimmed" tt="uppercase">
                  Étape
                </Text>
              </div>
              <div className={classes.track}>
                {layout.months.map((month) => (
                  <div
                    key={month.start}
                    className={classes.month}
                    style={{ left: month.offsetDays * DAY_PX, width: month.days * DAY_PX }}
                  >
                    {formatMonthFrench(month.start)}
                  </div>
                ))}
              </div>
            </div>
            <div className={classes.body}>
              <div className={classes.overlay} aria-hidden="true">
                {layout.months.map((month) => (
                  <div
                    key={month.start}
                    className={classes.monthLine}
                    style={{ left: month.offsetDays * DAY_PX }}
                  />
                ))}
                <div
                  className={classes.todayLine}
                  style={{ left: layout.todayDay * DAY_PX }}
                  data-testid="workflow-gantt-today"
                >
                  <span className={classes.todayLabel}>aujourd’hui</span>
                </div>
              </div>
              {layout.rows.map(({ item, dueDay, barStartDay, isMilestone }) => {
                const color = statusColor(item);
                const summary = `${item.title} : ${formatCalendarDateFrench(item.dueDate ?? today)}, ${WORKFLOW_DISPLAY_STATUS_LABELS[item.displayStatus].toLowerCase()}`;
                return (
                  <div
                    key={item.id}
                    className={classes.row}
                    data-moved={movedIds.has(item.id) || undefined}
                    data-testid="workflow-gantt-row"
                    data-item-title={item.title}
                  >
                    <div className={classes.labelCell}>
                      {onOpen ? (
                        <UnstyledButton
                          className={classes.label}
                          onClick={() => onOpen(item)}
                          title={item.title}
                        >
                          {item.title}
                        </UnstyledButton>
                      ) : (
                        <span className={classes.label} title={item.title}>
                          {item.title}
                        </span>
                      )}
                    </div>
                    <div className={classes.track} title={summary}>
                      {barStartDay !== null && (
                        <div
                          className={classes.bar}
                          style={{
                            left: barStartDay * DAY_PX,
                            width: (dueDay - barStartDay) * DAY_PX,
                            background: color,
                          }}
                          data-testid="workflow-gantt-bar"
                        />
                      )}
                      <div
                        className={isMilestone ? classes.diamond : classes.dot}
                        style={{ left: dueDay * DAY_PX, background: color }}
                        data-testid={isMilestone ? 'workflow-gantt-milestone' : 'workflow-gantt-task'}
                        data-status={item.displayStatus}
                      />
                      <span className={classes.dateLabel} style={{ left: dueDay * DAY_PX + 10 }}>
                        {item.dueDate ? SHORT_DATE.format(new Date(`${item.dueDate}T00:00:00Z`)) : ''}
                      </span>
                    </div>
                  </div>
                );
              })}
            </div>
          </div>
        </div>
      )}
      {layout.rows.length > 0 && (
        <Text size="xs" c="dimmed" className={classes.legend}>
          <span className={classes.legendDiamond} aria-hidden="true" /> jalon
          <span className={classes.legendDot} aria-hidden="true" /> tâche
          <span className={classes.legendBar} aria-hidden="true" /> depuis l’échéance de l’étape dont elle
          dépend
          <span className={classes.legendToday} aria-hidden="true" /> aujourd’hui · couleur : statut
        </Text>
      )}
      {layout.rows.length === 0 && (
        <Text size="sm" c="dimmed" p="md">
          Aucune étape n’a encore de date : fixez-en une pour la voir sur la chronologie.
        </Text>
      )}
      {layout.undated.length > 0 && (
        <section className={classes.undated} data-testid="workflow-gantt-undated">
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" mb={6}>
            Date à fixer · {layout.undated.length}
          </Text>
          <ul className={classes.undatedList}>
            {layout.undated.map((item) => (
              <li key={item.id} data-testid="workflow-gantt-undated-item" data-item-title={item.title}>
                <Group gap={8} wrap="nowrap">
                  <WorkflowStatusBadge status={item.displayStatus} size="xs" />
                  {item.kind === 'milestone' && <IconDiamond size={12} aria-label="Jalon" />}
                  {onOpen ? (
                    <UnstyledButton onClick={() => onOpen(item)}>
                      <Text size="sm">{item.title}</Text>
                    </UnstyledButton>
                  ) : (
                    <Text size="sm">{item.title}</Text>
                  )}
                </Group>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
