import type { DeedDetail } from '@deedroom/shared';
import { DEAL_ROLE_LABELS, DEED_KIND_LABELS } from '@deedroom/shared';
import { Anchor, Badge, Group, Title } from '@mantine/core';
import { IconChevronLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import classes from './deed-title-bar.module.css';

interface DeedTitleBarProps {
  access: DeedDetail;
  /** Presence and connection status, on the right. */
  children: ReactNode;
}

/** Deed title, its deal (a link back to it), the kind of deed and the user's role. */
export function DeedTitleBar({ access, children }: DeedTitleBarProps) {
  return (
    <header className={classes.bar} data-testid="deed-title-bar">
      <div className={classes.identity}>
        <Anchor
          component={Link}
          to={`/deals/${encodeURIComponent(access.dealId)}`}
          size="xs"
          fw={500}
          c="gray.6"
          className={classes.back}
          data-testid="deed-back-link"
        >
          <IconChevronLeft size={14} aria-hidden="true" />
          <span>{access.dealName}</span>
        </Anchor>
        <Group gap="sm" wrap="nowrap" miw={0}>
          <Title order={1} className={classes.title} data-testid="deed-title">
            {access.title}
          </Title>
          <Badge variant="light" color="navy" tt="none" fw={600} className={classes.badge} visibleFrom="lg">
            {DEED_KIND_LABELS[access.kind]}
          </Badge>
          <Badge
            variant="outline"
            color={access.canEdit ? 'navy' : 'gray'}
            tt="none"
            fw={600}
            className={classes.badge}
            data-testid="deed-my-role"
          >
            {DEAL_ROLE_LABELS[access.myRole]}
            {access.canEdit ? '' : ' · lecture seule'}
          </Badge>
        </Group>
      </div>
      <Group gap="md" wrap="nowrap" className={classes.aside}>
        {children}
      </Group>
    </header>
  );
}
