import type { ComponentType } from 'react';
import { Navigate, createBrowserRouter, type RouteObject } from 'react-router';

import { AppLayout } from '@/components/layouts/app-layout';
import { NotificationsLink } from '@/features/notifications/components/notifications-link';
import { LoadingState } from '@/components/ui/loading-state';
import { CALLBACK_PATH, SIGNED_OUT_PATH } from '@/lib/auth/oidc';
import { RequireAuth } from '@/lib/auth/require-auth';
import { AuthCallbackRoute } from './routes/auth-callback';
import { RouteError } from './routes/route-error';
import { SignedOutRoute } from './routes/signed-out';
import { UnsubscribeRoute } from './routes/unsubscribe';

type PageModule = { default: ComponentType };
/** Each page is its own chunk, loaded when first visited: the first page stays small. */
const page = (load: () => Promise<PageModule>) => async () => ({ Component: (await load()).default });

export function createRoutes(): RouteObject[] {
  return [
    { path: CALLBACK_PATH, element: <AuthCallbackRoute />, errorElement: <RouteError /> },
    { path: SIGNED_OUT_PATH, element: <SignedOutRoute />, errorElement: <RouteError /> },
    { path: '/unsubscribe', element: <UnsubscribeRoute />, errorElement: <RouteError /> },
    {
      path: '/',
      element: (
        <RequireAuth>
          <AppLayout headerExtra={<NotificationsLink />} />
        </RequireAuth>
      ),
      hydrateFallbackElement: (
        <main id="main" className="lcp-centered">
          <LoadingState />
        </main>
      ),
      errorElement: <RouteError />,
      children: [
        { index: true, lazy: page(() => import('./routes/home')) },
        { path: 'collaboratives', lazy: page(() => import('./routes/collaboratives/list')) },
        { path: 'collaboratives/new', lazy: page(() => import('./routes/collaboratives/new')) },
        { path: 'collaboratives/:collaborativeId', lazy: page(() => import('./routes/collaboratives/detail')) },
        { path: 'collaboratives/:collaborativeId/edit', lazy: page(() => import('./routes/collaboratives/edit')) },
        {
          path: 'collaboratives/:collaborativeId/readiness-items',
          lazy: page(() => import('./routes/collaboratives/readiness-items')),
        },
        { path: 'collaboratives/:collaborativeId/community', lazy: page(() => import('./routes/communities/members')) },
        // The resource library and a community's usage report (issue 16)
        { path: 'library', lazy: page(() => import('./routes/library/network')) },
        { path: 'library/items/:itemId', lazy: page(() => import('./routes/library/item')) },
        { path: 'collaboratives/:collaborativeId/library', lazy: page(() => import('./routes/library/collaborative')) },
        { path: 'collaboratives/:collaborativeId/community-usage', lazy: page(() => import('./routes/library/usage')) },
        // Announcements (news) to a collaborative, a community or the whole network (issue 16)
        { path: 'announcements', lazy: page(() => import('./routes/announcements/network')) },
        {
          path: 'collaboratives/:collaborativeId/announcements',
          lazy: page(() => import('./routes/announcements/collaborative')),
        },
        { path: 'collaboratives/:collaborativeId/measures', lazy: page(() => import('./routes/metrics/measures')) },
        { path: 'organizations', lazy: page(() => import('./routes/organizations/list')) },
        { path: 'organizations/new', lazy: page(() => import('./routes/organizations/new')) },
        { path: 'organizations/:organizationId', lazy: page(() => import('./routes/organizations/detail')) },
        { path: 'organizations/:organizationId/edit', lazy: page(() => import('./routes/organizations/edit')) },
        { path: 'admin/audit', lazy: page(() => import('./routes/admin/audit')) },
        { path: 'collaboratives/:collaborativeId/teams', lazy: page(() => import('./routes/teams/list')) },
        { path: 'teams/:teamId', lazy: page(() => import('./routes/teams/detail')) },
        { path: 'collaboratives/:collaborativeId/metrics', element: <Navigate to="data" replace /> },
        { path: 'collaboratives/:collaborativeId/metrics/data', lazy: page(() => import('./routes/metrics/data')) },
        {
          path: 'collaboratives/:collaborativeId/metrics/completeness',
          lazy: page(() => import('./routes/metrics/completeness')),
        },
        { path: 'collaboratives/:collaborativeId/metrics/run-charts', lazy: page(() => import('./routes/metrics/run-charts')) },
        {
          path: 'collaboratives/:collaborativeId/metrics/teams/:organizationId',
          lazy: page(() => import('./routes/metrics/team')),
        },
        { path: 'applications', lazy: page(() => import('./routes/applications/list')) },
        { path: 'applications/new', lazy: page(() => import('./routes/applications/new')) },
        { path: 'applications/:applicationId', lazy: page(() => import('./routes/applications/detail')) },
        { path: 'applications/:applicationId/edit', lazy: page(() => import('./routes/applications/edit')) },
        { path: 'applications/:applicationId/review', lazy: page(() => import('./routes/applications/review')) },
        { path: 'applications/:applicationId/decision', lazy: page(() => import('./routes/applications/decision')) },
        { path: 'review-queue', lazy: page(() => import('./routes/review-queue')) },
        { path: 'notifications', lazy: page(() => import('./routes/notifications')) },
        { path: 'notification-preferences', lazy: page(() => import('./routes/notification-preferences')) },
        { path: 'people', lazy: page(() => import('./routes/people')) },
        { path: 'my-organization', lazy: page(() => import('./routes/my-organization')) },
        // Schedule, calls and attendance (issue 6)
        { path: 'schedule', lazy: page(() => import('./routes/schedule/mine')) },
        { path: 'attendance', lazy: page(() => import('./routes/attendance/overview')) },
        { path: 'collaboratives/:collaborativeId/calendar', lazy: page(() => import('./routes/schedule/collaborative')) },
        { path: 'collaboratives/:collaborativeId/calls', lazy: page(() => import('./routes/calls/list')) },
        { path: 'collaboratives/:collaborativeId/calls/new-series', lazy: page(() => import('./routes/calls/new-series')) },
        { path: 'collaboratives/:collaborativeId/calls/new', lazy: page(() => import('./routes/calls/new')) },
        { path: 'collaboratives/:collaborativeId/call-archive', lazy: page(() => import('./routes/calls/archive')) },
        { path: 'collaboratives/:collaborativeId/attendance', lazy: page(() => import('./routes/attendance/report')) },
        {
          path: 'collaboratives/:collaborativeId/learning-sessions/:sessionId/attendance',
          lazy: page(() => import('./routes/attendance/session')),
        },
        { path: 'teams/:teamId/attendance', lazy: page(() => import('./routes/attendance/team')) },
        { path: 'calls/:callId', lazy: page(() => import('./routes/calls/detail')) },
        { path: 'calls/:callId/edit', lazy: page(() => import('./routes/calls/edit')) },
        { path: 'calls/:callId/series', lazy: page(() => import('./routes/calls/series')) },
        { path: 'calls/:callId/archive', lazy: page(() => import('./routes/calls/archive-entry')) },
        { path: 'calls/:callId/attendance', lazy: page(() => import('./routes/attendance/call')) },
        { path: '*', lazy: page(() => import('./routes/not-found')) },
      ],
    },
  ];
}

export const createAppRouter = () => createBrowserRouter(createRoutes());
