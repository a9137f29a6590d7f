import { Anchor, AppShell, Container, Group } from '@mantine/core';
import { Link, matchPath, Outlet, useLocation } from 'react-router';
import { MyActionsProvider } from '../my-actions/my-actions-context';
import { MyActionsNavLink } from '../my-actions/my-actions-nav-link';
import { NotificationsBell } from '../notifications/notifications-bell';
import classes from './app-layout.module.css';
import { BrandMark } from './brand-mark';
import { UserMenu } from './user-menu';

/** The signed-in frame: header with brand, navigation, notifications and user menu, then the page. */
export function AppLayout() {
  const { pathname } = useLocation();
  // A deal page belongs to "Mes dossiers": keep the section highlighted there too.
  const isDealsSection = pathname === '/' || pathname.startsWith('/deals/');
  const isActionsSection = pathname === '/actions';
  // The deed editor uses the whole window below the header (outline | page | presence).
  const isFullBleed = matchPath('/deals/:dealId/deeds/:deedId', pathname) !== null;
  return (
    <MyActionsProvider>
      <AppShell header={{ height: 64 }} padding={0}>
        <a href="#main-content" className={classes.skipLink}>
          Aller au contenu
        </a>
        <AppShell.Header className={classes.header} data-testid="app-header">
          <Container size="xl" fluid={isFullBleed} h="100%">
            <Group h="100%" justify="space-between" wrap="nowrap">
              <Group gap={40} wrap="nowrap">
                <Anchor
                  component={Link}
                  to="/"
                  underline="never"
                  aria-label="Deedroom, retour à mes dossiers"
                >
                  <BrandMark />
                </Anchor>
                <nav aria-label="Navigation principale" className={classes.nav}>
                  <Link
                    to="/"
                    className={isDealsSection ? classes.activeLink : classes.link}
                    aria-current={pathname === '/' ? 'page' : undefined}
                  >
                    Mes dossiers
                  </Link>
                  <MyActionsNavLink
                    className={isActionsSection ? classes.activeLink : classes.link}
                    isCurrent={isActionsSection}
                  />
                </nav>
              </Group>
              <Group gap="md" wrap="nowrap">
                <NotificationsBell />
                <UserMenu />
              </Group>
            </Group>
          </Container>
        </AppShell.Header>
        <AppShell.Main className={classes.main} id="main-content" tabIndex={-1}>
          {isFullBleed ? (
            <Outlet />
          ) : (
            <Container size="xl" py={32}>
              <Outlet />
            </Container>
          )}
        </AppShell.Main>
      </AppShell>
    </MyActionsProvider>
  );
}
