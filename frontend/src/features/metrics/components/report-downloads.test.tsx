import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { TFCBT_ID, collaborative, faculty2, riversideClinician } from '@/testing/mocks/data';
import { apiUrl, problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const base = `/collaboratives/${TFCBT_ID}/metrics`;

describe('the report for funders', () => {
  const saved: string[] = [];
  beforeEach(() => {
    saved.length = 0;
    URL.createObjectURL = vi.fn(() => 'blob:report');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    server.use(
      http.get(apiUrl('/api/collaboratives/:id'), () =>
        HttpResponse.json(collaborative({ phase: 'ACTIVE', startDate: '2024-01-01', acceptedTeams: 2, allowedTransitions: [] }), {
          headers: { ETag: '"3"' },
        }),
      ),
    );
  });
  afterEach(() => vi.restoreAllMocks());

  it('downloads the PDF and a measure’s CSV as of the day faculty choose', async () => {
    const user = userEvent.setup();
    const asked: string[] = [];
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/report'), ({ request }) => {
        asked.push(`report ${new URL(request.url).searchParams.get('asOf')}`);
        return new HttpResponse('%PDF-1.7', {
          headers: {
            'Content-Type': 'application/pdf',
            'Content-Disposition': 'attachment; filename="collaborative-report-x-2026-06-30.pdf"',
          },
        });
      }),
      http.get(apiUrl('/api/collaboratives/:id/measures/:measureId/run-chart/export'), ({ request }) => {
        asked.push(`csv ${new URL(request.url).searchParams.get('asOf')}`);
        return new HttpResponse('period,pooled\r\n', { headers: { 'Content-Type': 'text/csv' } });
      }),
    );
    renderApp(`${base}/run-charts`, { me: faculty2 });
    const asOf = await screen.findByLabelText(/As of/);
    fireEvent.change(asOf, { target: { value: '2026-06-30' } });
    await user.click(screen.getByRole('button', { name: 'Download the report (PDF)' }));
    await waitFor(() => expect(saved).toEqual(['collaborative-report-x-2026-06-30.pdf']));
    await user.click(screen.getByRole('button', { name: /as CSV$/ }));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved[1]).toBe('run-chart-2026-06-30.csv');
    expect(asked).toEqual(['report 2026-06-30', 'csv 2026-06-30']);
  });

  it('says why a report was refused', async () => {
    const user = userEvent.setup();
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/report'), () =>
        problem(400, 'Invalid input', { type: '/problems/validation', detail: 'asOf: may not be in the future' }),
      ),
    );
    renderApp(`${base}/run-charts`, { me: faculty2 });
    await user.click(await screen.findByRole('button', { name: 'Download the report (PDF)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Not downloaded');
    expect(saved).toEqual([]);
  });

  it('is not offered to a team’s members', async () => {
    renderApp(`${base}/run-charts`, { me: riversideClinician });
    await screen.findByRole('combobox', { name: 'Measure' });
    expect(screen.queryByRole('button', { name: 'Download the report (PDF)' })).not.toBeInTheDocument();
  });
});
