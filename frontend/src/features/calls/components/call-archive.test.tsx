import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';

import { TFCBT_ID, riversideClinician } from '@/testing/mocks/data';
import { apiUrl } from '@/testing/mocks/handlers';
import { call, scheduleHandlers } from '@/testing/mocks/schedule';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';
import { parseTopics } from './archive-form';

const archived = [
  call({
    id: 'c-1',
    topic: 'Engaging caregivers',
    state: 'HELD',
    archive: {
      notes: 'We talked about\nrole plays with caregivers.',
      recordingUrl: 'https://video.example.org/rec/1',
      slidesUrl: 'https://slides.example.org/1',
      topicsCovered: ['Caregiver engagement', 'Trauma narrative'],
      updatedAt: '2026-05-06T10:00:00Z',
    },
  }),
  call({
    id: 'c-2',
    topic: 'Fidelity check-in',
    state: 'HELD',
    archive: { topicsCovered: ['Fidelity'], updatedAt: '2026-05-20T10:00:00Z' },
  }),
];

beforeEach(() => server.use(...scheduleHandlers));

describe('the call archive', () => {
  it('lists archived calls and searches them by topic, the search kept in the address', async () => {
    const searches: URLSearchParams[] = [];
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/call-archive'), ({ request }) => {
        const q = new URL(request.url).searchParams;
        searches.push(q);
        const term = (q.get('q') ?? '').toLowerCase();
        const topic = (q.get('topic') ?? '').toLowerCase();
        const items = archived.filter(
          (c) =>
            (!term ||
              c.topic.toLowerCase().includes(term) ||
              c.archive!.topicsCovered.some((t) => t.toLowerCase().includes(term))) &&
            (!topic || c.archive!.topicsCovered.some((t) => t.toLowerCase() === topic)),
        );
        return HttpResponse.json({ items, page: 0, size: 20, total: items.length });
      }),
    );
    const user = userEvent.setup({ delay: null });
    const { router } = renderApp(`/collaboratives/${TFCBT_ID}/call-archive`, { me: riversideClinician });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Call archive: TF-CBT 2026' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(await screen.findByText('2 archived calls')).toBeInTheDocument();
    const first = screen.getByRole('article', { name: 'Engaging caregivers' });
    expect(within(first).getByRole('link', { name: /Recording\s*of Engaging caregivers/ })).toHaveAttribute(
      'href',
      'https://video.example.org/rec/1',
    );
    expect(within(first).getByText('We talked about role plays with caregivers.')).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: /Search by topic/ }), 'narrative');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('1 archived call')).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'Fidelity check-in' })).not.toBeInTheDocument();
    expect(searches.at(-1)?.get('q')).toBe('narrative');
    expect(router.state.location.search).toBe('?q=narrative');

    // A topic covered narrows to the calls that covered exactly it.
    await user.click(screen.getByRole('button', { name: 'Only calls that covered Trauma narrative' }));
    await waitFor(() => expect(searches.at(-1)?.get('topic')).toBe('Trauma narrative'));
    expect(searches.at(-1)?.get('q')).toBeNull();
    expect(await screen.findByText(/Only calls that covered/)).toBeInTheDocument();
  });

  it('says when nothing matches, and clears the search', async () => {
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/call-archive'), () =>
        HttpResponse.json({ items: [], page: 0, size: 20, total: 0 }),
      ),
    );
    const user = userEvent.setup({ delay: null });
    renderApp(`/collaboratives/${TFCBT_ID}/call-archive?q=zebra`, { me: riversideClinician });
    expect(await screen.findByRole('heading', { name: 'No archived call matches' }, { timeout: 5000 })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear the search' }));
    expect(await screen.findByRole('heading', { name: 'The archive is empty' })).toBeInTheDocument();
  });

  it('reads topics one per line or comma-separated, each once', () => {
    expect(parseTopics(' Fidelity \n\nfidelity, Caregivers,  Trauma narrative\n')).toEqual([
      'Fidelity',
      'Caregivers',
      'Trauma narrative',
    ]);
  });
});
