import { Anchor, AppShell, Box, Burger, Button, Group, NavLink, Progress, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { useAuth } from 'react-oidc-context';
import { Link, Outlet, useLocation, useNavigation } from 'react-router';

import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { MeProvider, type Me } from '@/lib/auth/me';
import { meQueryOptions } from '@/lib/queries/me';
import { describeRoles, permissionsOf } from '@/lib/auth/permissions';

interface NavItem {
  to: string;
  label: string;
  /** Active also on the paths below it (but see `exact`). */
  exact?: boolean;
}

function navSections(me: Me): { label?: string; items: NavItem[] }[] {
  const can = permissionsOf(me);
  const work: NavItem[] = [];
  if (me.kind === 'PERSON') {
    work.push({ to: '/', label: 'Home', exact: true });
  }
  work.push({ to: '/collaboratives', label: 'Collaboratives' });
  work.push({ to: '/library', label: 'Library' });
  if (me.kind === 'PERSON') {
    work.push({ to: '/announcements', label: 'Announcements' });
    work.push({ to: '/schedule', label: 'My schedule' });
  }
  if (can.canCreateCollaborative) {
    work.push({ to: '/collaboratives/new', label: 'New collaborative', exact: true });
  }
  if (can.canApply) {
    work.push({ to: '/applications', label: 'My applications' });
  }
  if (can.canReview) {
    work.push({ to: '/review-queue', label: 'Review queue' });
    work.push({ to: '/attendance', label: 'Attendance and calls' });
  }
  if (can.isTeamMember) {
    work.push({ to: '/my-organization', label: 'My organisation' });
  }
  work.push({ to: '/notifications', label: 'Notifications' });
  if (me.kind === 'PERSON') {
    work.push({ to: '/notification-preferences', label: 'Notification settings' });
  }
  const sections: { label?: string; items: NavItem[] }[] = [{ items: work }];
  if (can.canManageOrganizations) {
    sections.push({
      label: 'Administration',
      items: [
        { to: '/organizations', label: 'Organisations' },
        { to: '/organizations/new', label: 'Register organisation', exact: true },
        { to: '/people', label: 'People and roles' },
        { to: '/admin/audit', label: 'Audit trail' },
      ],
    });
  }
  return sections;
}

function isActive(item: NavItem, pathname: string, all: NavItem[]): boolean {
  if (item.exact || pathname === item.to) return pathname === item.to;
  if (!pathname.startsWith(`${item.to}/`)) return false;
  // A more specific item (e.g. "New collaborative") wins over its parent.
  return !all.some((other) => other !== item && other.to.startsWith(item.to) && pathname === other.to);
}

function MainNav({ me }: { me: Me }) {
  const { pathname } = useLocation();
  const sections = navSections(me);
  const all = sections.flatMap((s) => s.items);
  return (
    <Stack gap="md">
      {sections.map((section, i) => (
        <Box key={section.label ?? i}>
          {section.label && (
            <Text size="xs" fw={700} tt="uppercase" c="dimmed" px="sm" mb={4} id={`nav-${i}`}>
              {section.label}
            </Text>
          )}
          <ul className="lcp-plain-list" aria-labelledby={section.label ? `nav-${i}` : undefined}>
            {section.items.map((item) => {
              const active = isActive(item, pathname, all);
              return (
                <li key={item.to}>
                  <NavLink
                    component={Link}
                    to={item.to}
                    label={item.label}
                    active={active}
                    aria-current={active ? 'page' : undefined}
                    className="lcp-nav-link"
                  />
                </li>
              );
            })}
          </ul>
        </Box>
      ))}
    </Stack>
  );
}

/**
 * The signed-in shell: header, role-aware navigation, and the page. `headerExtra` (composed by the
 * app, e.g. the notifications link with its unread count) sits beside the person's name.
 */
export function AppLayout({ headerExtra }: { headerExtra?: ReactNode } = {}) {
  const auth = useAuth();
  const queryClient = useQueryClient();
  const me = useQuery(meQueryOptions());
  const [opened, { toggle, close }] = useDisclosure(false);
  const isPhone = useMediaQuery('(max-width: 47.99em)', false);
  const { pathname } = useLocation();
  const navigation = useNavigation();

  // A navigation on a phone closes the menu.
  useEffect(() => {
    close();
  }, [pathname, close]);

  const signOut = () => {
    queryClient.clear();
    void auth.signoutRedirect();
  };

  const displayName = me.data?.name || auth.user?.profile.name || auth.user?.profile.preferred_username;
  const navHidden = isPhone && !opened;

  return (
    <>
      <a href="#main" className="lcp-skip-link">
        Skip to main content
      </a>
      <AppShell header={{ height: 60 }} navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
        <AppShell.Header>
          {navigation.state === 'loading' && (
            <Progress value={100} animated size="xs" radius={0} aria-label="Loading the page" className="lcp-top-progress" />
          )}
          <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
            <Group gap="sm" wrap="nowrap">
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label="Navigation menu"
                aria-expanded={opened}
                aria-controls="main-navigation"
              />
              <Anchor component={Link} to="/" fw={700} c="inherit" underline="never">
                <Box component="span" visibleFrom="md">
                  Learning Collaborative Platform
                </Box>
                <Box component="span" hiddenFrom="md">
                  <span aria-hidden="true">LCP</span>
                  <VisuallyHidden>Learning Collaborative Platform</VisuallyHidden>
                </Box>
              </Anchor>
            </Group>
            <Group gap="sm" wrap="nowrap">
              {me.data && headerExtra}
              {displayName && (
                <Box visibleFrom="sm" ta="right">
                  <Text size="sm" fw={600} lh={1.2}>
                    {displayName}
                  </Text>
                  {me.data && (
                    <Text size="xs" c="dimmed" lh={1.2}>
                      {describeRoles(me.data)}
                    </Text>
                  )}
                </Box>
              )}
              <Button variant="default" size="xs" onClick={signOut}>
                Sign out
              </Button>
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="sm" id="main-navigation" aria-label="Main" style={navHidden ? { visibility: 'hidden' } : undefined}>
          {me.data && <MainNav me={me.data} />}
        </AppShell.Navbar>
        <AppShell.Main id="main" tabIndex={-1} className="lcp-main">
          <Box maw={1100}>
            {me.isPending ? (
              <LoadingState label="Loading your profile…" />
            ) : me.isError ? (
              <ErrorState title="Your profile could not be loaded" error={me.error} onRetry={() => void me.refetch()} />
            ) : (
              <MeProvider value={me.data}>
                <Outlet />
              </MeProvider>
            )}
          </Box>
        </AppShell.Main>
      </AppShell>
    </>
  );
}
