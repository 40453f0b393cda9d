import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';

import { riversideLeader } from '@/testing/mocks/data';
import { apiUrl, problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const TOPICS = [
  'application',
  'review',
  'metrics',
  'schedule',
  'attendance',
  'collaborative',
  'community',
  'announcements',
  'other',
] as const;
const DEFAULTS = ['EMAIL', 'EMAIL', 'EMAIL', 'EMAIL', 'DAILY_DIGEST', 'DAILY_DIGEST', 'EMAIL', 'DAILY_DIGEST', 'EMAIL'] as const;

const preferences = (overrides: Record<string, string> = {}) => ({
  mailEnabled: true,
  items: TOPICS.map((topic, i) => ({
    topic,
    delivery: overrides[topic] ?? DEFAULTS[i],
    defaultDelivery: DEFAULTS[i],
  })),
});

const notification = (id: string, title: string, readAt?: string) => ({
  id,
  kind: 'application.accepted',
  title,
  body: 'Body',
  createdAt: '2026-11-30T10:00:00Z',
  ...(readAt ? { readAt } : {}),
});

describe('notification settings', () => {
  it('shows every topic as a labelled radio group and saves the choices with a confirmation', async () => {
    const user = userEvent.setup();
    let sent: unknown;
    let ifMatch: string | null = null;
    server.use(
      http.get(apiUrl('/api/me/notification-preferences'), () =>
        HttpResponse.json(preferences(), { headers: { ETag: '"p-one"' } }),
      ),
      http.put(apiUrl('/api/me/notification-preferences'), async ({ request }) => {
        sent = await request.json();
        ifMatch = request.headers.get('If-Match');
        return HttpResponse.json(preferences({ metrics: 'WEEKLY_DIGEST' }), { headers: { ETag: '"p-two"' } });
      }),
    );
    renderApp('/notification-preferences', { me: riversideLeader });
    await screen.findByRole('heading', { level: 1, name: 'Notification settings' });
    const metrics = await screen.findByRole('radiogroup', { name: /Metrics and reporting/ });
    expect(within(metrics).getByRole('radio', { name: 'In the app and by e-mail at once' })).toBeChecked();
    const attendance = screen.getByRole('radiogroup', { name: /Attendance/ });
    expect(within(attendance).getByRole('radio', { name: 'In the app and a daily e-mail summary' })).toBeChecked();
    // Announcements (news) have their own topic, by default a daily summary.
    const news = screen.getByRole('radiogroup', { name: /^Announcements/ });
    expect(news).toHaveAccessibleDescription(expect.stringContaining('News from your communities'));
    expect(within(news).getByRole('radio', { name: 'In the app and a daily e-mail summary' })).toBeChecked();

    await user.click(within(metrics).getByRole('radio', { name: 'In the app and a weekly e-mail summary' }));
    expect(screen.getByText('1 change not saved yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Your notification settings are saved.');
    expect(sent).toEqual({
      preferences: TOPICS.map((topic, i) => ({ topic, delivery: topic === 'metrics' ? 'WEEKLY_DIGEST' : DEFAULTS[i] })),
    });
    expect(ifMatch).toBe('"p-one"');
    expect(within(metrics).getByRole('radio', { name: 'In the app and a weekly e-mail summary' })).toBeChecked();
  });

  it('shows the API’s refusal', async () => {
    const user = userEvent.setup();
    server.use(
      http.get(apiUrl('/api/me/notification-preferences'), () => HttpResponse.json(preferences())),
      http.put(apiUrl('/api/me/notification-preferences'), () =>
        problem(400, 'Invalid input', {
          type: '/problems/validation',
          detail: 'The request has invalid fields',
          violations: [{ field: 'preferences[2].delivery', in: 'body', message: 'must be one of IN_APP, EMAIL' }],
        }),
      ),
    );
    renderApp('/notification-preferences', { me: riversideLeader });
    await user.click(await screen.findByRole('button', { name: 'Save settings' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not saved');
    expect(alert).toHaveTextContent('preferences[2].delivery: must be one of IN_APP, EMAIL');
  });

  it('says when the settings changed meanwhile, reads them again and keeps the choices made', async () => {
    const user = userEvent.setup();
    let reads = 0;
    const tags: (string | null)[] = [];
    server.use(
      http.get(apiUrl('/api/me/notification-preferences'), () => {
        reads++;
        // the second read: an unsubscribe link turned schedule to in-app meanwhile
        return HttpResponse.json(reads === 1 ? preferences() : preferences({ schedule: 'IN_APP' }), {
          headers: { ETag: `"p-${reads}"` },
        });
      }),
      http.put(apiUrl('/api/me/notification-preferences'), ({ request }) => {
        tags.push(request.headers.get('If-Match'));
        return tags.length === 1
          ? problem(412, 'Precondition Failed', { type: '/problems/precondition-failed' })
          : HttpResponse.json(preferences({ metrics: 'WEEKLY_DIGEST', schedule: 'IN_APP' }), { headers: { ETag: '"p-3"' } });
      }),
    );
    renderApp('/notification-preferences', { me: riversideLeader });
    const metrics = await screen.findByRole('radiogroup', { name: /Metrics and reporting/ });
    await user.click(within(metrics).getByRole('radio', { name: 'In the app and a weekly e-mail summary' }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone changed this since you opened it.');
    expect(alert).toHaveTextContent('Save again to apply them.');
    const schedule = screen.getByRole('radiogroup', { name: /Learning sessions and calls/ });
    expect(await within(schedule).findByRole('radio', { name: 'In the app only' })).toBeChecked();
    expect(within(metrics).getByRole('radio', { name: 'In the app and a weekly e-mail summary' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Your notification settings are saved.');
    expect(tags).toEqual(['"p-1"', '"p-2"']);
  });

  it('is reachable from the notifications page, which marks all read at once', async () => {
    const user = userEvent.setup();
    let items = [
      notification('n1', 'Accepted'),
      notification('n2', 'Submitted'),
      notification('n3', 'Old', '2026-11-30T11:00:00Z'),
    ];
    let calls = 0;
    server.use(
      http.get(apiUrl('/api/me/notifications'), () =>
        HttpResponse.json({
          items,
          page: 0,
          size: 50,
          total: items.length,
          unread: items.filter((n) => !('readAt' in n)).length,
        }),
      ),
      http.post(apiUrl('/api/me/notifications/read-all'), () => {
        calls++;
        const marked = items.filter((n) => !('readAt' in n)).length;
        items = items.map((n) => ({ ...n, readAt: '2026-12-01T09:00:00Z' }));
        return HttpResponse.json({ marked });
      }),
    );
    renderApp('/notifications', { me: riversideLeader });
    await screen.findByRole('heading', { level: 1, name: 'Notifications' });
    expect(await screen.findByText('2 unread')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Mark all read' }));
    expect(await screen.findByText('2 marked read; 0 unread')).toBeInTheDocument();
    expect(calls).toBe(1);
    expect(screen.queryByRole('button', { name: 'Mark all read' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Notification settings' })).toHaveAttribute(
      'href',
      '/notification-preferences',
    );
  });
});

describe('the unsubscribe page', () => {
  const TOKEN = 'eyJwYXlsb2FkIjoieCJ9.c2lnbmF0dXJlLXNpZ25hdHVyZQ';

  it('works signed out: says what it will do, then stops the e-mail', async () => {
    const user = userEvent.setup();
    let delivery = 'EMAIL';
    let authorization: string | null = 'unset';
    let body = '';
    server.use(
      http.get(apiUrl('/api/unsubscribe/:token'), ({ params, request }) => {
        authorization = request.headers.get('Authorization');
        expect(params.token).toBe(TOKEN);
        return HttpResponse.json({
          email: 'r***@riverside.example.org',
          items: [{ topic: 'metrics', delivery, defaultDelivery: 'EMAIL' }],
        });
      }),
      http.post(apiUrl('/api/unsubscribe/:token'), async ({ request }) => {
        body = await request.text();
        delivery = 'IN_APP';
        return HttpResponse.json({
          email: 'r***@riverside.example.org',
          items: [{ topic: 'metrics', delivery, defaultDelivery: 'EMAIL' }],
        });
      }),
    );
    const { auth } = renderApp(`/unsubscribe?token=${TOKEN}`, { signedIn: false });
    await screen.findByRole('heading', { level: 1, name: 'Stop e-mail' });
    expect(await screen.findByText('r***@riverside.example.org')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Stop e-mail about metrics and reporting' }));
    expect(await screen.findByRole('status')).toHaveTextContent('You will no longer receive e-mail about metrics and reporting');
    expect(body).toBe('List-Unsubscribe=One-Click');
    expect(authorization).toBeNull();
    expect(auth.signinRedirect).not.toHaveBeenCalled();
  });

  it('explains a tampered or expired link', async () => {
    server.use(
      http.get(apiUrl('/api/unsubscribe/:token'), () =>
        problem(400, 'Invalid input', {
          type: '/problems/validation',
          violations: [{ field: 'unsubscribeToken', in: 'path', message: 'has expired: open the notification settings' }],
        }),
      ),
    );
    renderApp(`/unsubscribe?token=${TOKEN}`, { signedIn: false });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This link does not work');
    expect(alert).toHaveTextContent('This link has expired');
  });
});
