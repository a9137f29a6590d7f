import { Badge, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { useMyActions } from './my-actions-context';

interface MyActionsNavLinkProps {
  className: string | undefined;
  isCurrent: boolean;
}

/** « Mes actions » in the header, with a red count when some of them are overdue. */
export function MyActionsNavLink({ className, isCurrent }: MyActionsNavLinkProps) {
  const { data } = useMyActions();
  const overdue = data?.counts.overdue ?? 0;
  return (
    <Link
      to="/actions"
      className={className}
      aria-current={isCurrent ? 'page' : undefined}
      data-testid="nav-my-actions"
    >
      Mes actions
      {overdue > 0 && (
        <Badge
          component="span"
          color="red"
          variant="filled"
          size="sm"
          radius="xl"
          ml={6}
          className="tabular-numbers"
          data-testid="nav-my-actions-overdue"
        >
          {overdue > 99 ? '99+' : overdue}
          <VisuallyHidden> en retard</VisuallyHidden>
        </Badge>
      )}
    </Link>
  );
}
