import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';

import { RIVERSIDE_TEAM_ID, TFCBT_ID, faculty1, riversideClinician } from '@/testing/mocks/data';
import { apiUrl, problem } from '@/testing/mocks/handlers';
import { CALL_ID, FACULTY1_USER, SERIES_ID, call, scheduleHandlers, series } from '@/testing/mocks/schedule';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';
import { ruleDates, toSeriesInput, validateSeries, type SeriesValues } from '../utils/recurrence';

const PATH = `/collaboratives/${TFCBT_ID}/calls/new-series`;

beforeEach(() => server.use(...scheduleHandlers));

async function openForm() {
  const user = userEvent.setup({ delay: null });
  renderApp(PATH, { me: faculty1 });
  await screen.findByRole('heading', { level: 1, name: 'Schedule a call series: TF-CBT 2026' }, { timeout: 5000 });
  return user;
}

describe('scheduling a call series', () => {
  it('lists every problem at its field before sending anything', async () => {
    let posted = false;
    server.use(
      http.post(apiUrl('/api/collaboratives/:id/call-series'), () => {
        posted = true;
        return HttpResponse.json({});
      }),
    );
    const user = await openForm();
    await user.clear(screen.getByLabelText(/Every … weeks/));
    await user.type(screen.getByLabelText(/Every … weeks/), '13');
    await user.click(screen.getByRole('radio', { name: 'One team' }));
    await user.click(screen.getByRole('button', { name: 'Schedule the series' }));

    const summary = await screen.findByRole('alert', { name: 'The series was not saved' });
    const links = within(summary)
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect(links).toEqual([
      'Enter the topic.',
      'Choose the weekday.',
      'Enter every how many weeks, from 1 to 12.',
      'Choose the team.',
      'Enter the video link, starting with https://.',
    ]);
    expect(screen.getByRole('textbox', { name: /Topic/ })).toHaveAttribute('aria-invalid', 'true');
    expect(posted).toBe(false);
  }, 30_000);

  it('refuses an end date before the start and a rule that gives no call', () => {
    const base: SeriesValues = {
      kind: 'CONSULTATION',
      topic: 'T',
      description: '',
      timeZone: 'America/Chicago',
      durationMinutes: '60',
      facilitatorUserId: FACULTY1_USER,
      audience: 'COLLABORATIVE',
      teamId: '',
      mode: 'PHONE',
      joinUrl: '',
      phoneNumber: '+1 555 0100',
      accessCode: '',
      weekday: 'FRIDAY',
      startTime: '12:00',
      startDate: '2026-05-04',
      intervalWeeks: '1',
      ends: 'until',
      until: '2026-05-03',
      count: '',
    };
    expect(validateSeries(base)).toEqual({ until: 'The last date must be on or after the first.' });
    // Monday 4 May to Thursday 7 May holds no Friday.
    expect(validateSeries({ ...base, until: '2026-05-07' }).until).toMatch(/the rule gives no call/);
    expect(validateSeries({ ...base, until: '2026-05-08' })).toEqual({});
    expect(validateSeries({ ...base, ends: 'count', count: '101' })).toEqual({ count: 'Enter how many calls, from 1 to 100.' });
    expect(validateSeries({ ...base, until: '2028-12-31' }).until).toMatch(/more than 100 calls/);
  });

  it('gives the dates of the rule', () => {
    // The first Tuesday on or after Monday 4 May 2026, then every other week.
    expect(ruleDates({ weekday: 'TUESDAY', startDate: '2026-05-04', intervalWeeks: 2, count: 3 })).toEqual([
      '2026-05-05',
      '2026-05-19',
      '2026-06-02',
    ]);
    expect(ruleDates({ weekday: 'MONDAY', startDate: '2026-05-04', intervalWeeks: 1, until: '2026-05-18' })).toEqual([
      '2026-05-04',
      '2026-05-11',
      '2026-05-18',
    ]);
  });

  it('turns the rule into the request, previews the dates and sends it', async () => {
    const sent: unknown[] = [];
    server.use(
      http.post(apiUrl('/api/collaboratives/:id/call-series'), async ({ request }) => {
        sent.push(await request.json());
        return HttpResponse.json(series({ calls: [call(), call({ id: 'x2' }), call({ id: 'x3' })] }), {
          status: 201,
          headers: { ETag: '"s1"', Location: `/api/call-series/${SERIES_ID}` },
        });
      }),
    );
    const user = await openForm();
    await user.type(screen.getByRole('textbox', { name: /Topic/ }), '  Engaging caregivers ');
    await user.selectOptions(screen.getByRole('combobox', { name: /^On/ }), 'TUESDAY');
    const at = screen.getByLabelText(/^At/);
    await user.clear(at);
    await user.type(at, '12:30');
    await user.selectOptions(screen.getByRole('combobox', { name: /Time zone/ }), 'America/Chicago');
    const starting = screen.getByLabelText(/^Starting/);
    await user.clear(starting);
    await user.type(starting, '2026-05-04');
    await user.clear(screen.getByLabelText(/Number of calls/));
    await user.type(screen.getByLabelText(/Number of calls/), '3');
    await user.click(screen.getByRole('radio', { name: 'One team' }));
    await user.selectOptions(screen.getByRole('combobox', { name: /^Team/ }), RIVERSIDE_TEAM_ID);
    await user.click(screen.getByRole('radio', { name: 'Phone' }));
    await user.type(screen.getByRole('textbox', { name: /Phone number/ }), '+1 555 0100');
    await user.type(screen.getByRole('textbox', { name: /Access code/ }), '4711');

    expect(screen.getByText(/Every 2 weeks on Tuesday at 12:30 \(America\/Chicago\): 3 calls/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Schedule the series' }));
    expect(
      await screen.findByText('Series “Engaging caregivers” scheduled: 3 calls.', {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(sent).toEqual([
      {
        kind: 'CONSULTATION',
        topic: 'Engaging caregivers',
        timeZone: 'America/Chicago',
        durationMinutes: 60,
        facilitatorUserId: FACULTY1_USER,
        audience: 'TEAM',
        teamId: RIVERSIDE_TEAM_ID,
        mode: 'PHONE',
        phoneNumber: '+1 555 0100',
        accessCode: '4711',
        weekday: 'TUESDAY',
        startTime: '12:30',
        intervalWeeks: 2,
        count: 3,
        startDate: '2026-05-04',
      },
    ]);
  }, 30_000);

  it('sends an end date instead of a count', () => {
    const values: SeriesValues = {
      kind: 'CONSULTATION',
      topic: 'Monthly',
      description: ' ',
      timeZone: 'Europe/Berlin',
      durationMinutes: '45',
      facilitatorUserId: FACULTY1_USER,
      audience: 'TEAM',
      teamId: RIVERSIDE_TEAM_ID,
      mode: 'VIDEO',
      joinUrl: 'https://v.example.org/x',
      phoneNumber: '+1',
      accessCode: '',
      weekday: 'MONDAY',
      startTime: '09:00',
      startDate: '2026-05-04',
      intervalWeeks: '4',
      ends: 'until',
      until: '2026-12-31',
      count: '6',
    };
    expect(toSeriesInput(values)).toEqual({
      kind: 'CONSULTATION',
      topic: 'Monthly',
      timeZone: 'Europe/Berlin',
      durationMinutes: 45,
      facilitatorUserId: FACULTY1_USER,
      audience: 'TEAM',
      teamId: RIVERSIDE_TEAM_ID,
      mode: 'VIDEO',
      joinUrl: 'https://v.example.org/x',
      weekday: 'MONDAY',
      startTime: '09:00',
      intervalWeeks: 4,
      until: '2026-12-31',
      startDate: '2026-05-04',
    });
    // An informational call is for the whole collaborative.
    expect(toSeriesInput({ ...values, kind: 'INFORMATIONAL' })).toMatchObject({ audience: 'COLLABORATIVE' });
    expect(toSeriesInput({ ...values, kind: 'INFORMATIONAL' })).not.toHaveProperty('teamId');
  });

  it('shows the API’s refusal at its field', async () => {
    server.use(
      http.post(apiUrl('/api/collaboratives/:id/call-series'), () =>
        problem(400, 'Invalid request', {
          type: '/problems/validation',
          violations: [{ field: 'facilitatorUserId', in: 'body', message: 'is not faculty of this collaborative' }],
        }),
      ),
    );
    const user = await openForm();
    await user.type(screen.getByRole('textbox', { name: /Topic/ }), 'Engaging caregivers');
    await user.selectOptions(screen.getByRole('combobox', { name: /^On/ }), 'TUESDAY');
    await user.type(screen.getByRole('textbox', { name: /Video link/ }), 'https://video.example.org/x');
    await user.click(screen.getByRole('button', { name: 'Schedule the series' }));
    expect(await screen.findByRole('link', { name: 'Is not faculty of this collaborative.' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /Facilitator/ })).toHaveAccessibleDescription(
      'Is not faculty of this collaborative.',
    );
  }, 30_000);

  it('is not offered to a team member', async () => {
    renderApp(PATH, { me: riversideClinician });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'You may not open this page' }, { timeout: 5000 }),
    ).toBeInTheDocument();
  });
});

describe('changing a series from one call on', () => {
  it('starts from the series’ rule and sends the change with the series’ ETag', async () => {
    const user = userEvent.setup({ delay: null });
    const sent: { body: unknown; ifMatch: string | null }[] = [];
    server.use(
      http.put(apiUrl('/api/call-series/:id'), async ({ request }) => {
        sent.push({ body: await request.json(), ifMatch: request.headers.get('If-Match') });
        return HttpResponse.json(series(), { headers: { ETag: '"s2"' } });
      }),
    );
    renderApp(`/calls/${CALL_ID}/series`, { me: faculty1 });
    await screen.findByRole('heading', { level: 1, name: 'Change the series: Engaging caregivers' }, { timeout: 5000 });
    await screen.findByRole('button', { name: 'Change the series from this call on' });
    expect(screen.getByRole('combobox', { name: /^On/ })).toHaveValue('TUESDAY');
    expect(screen.queryByLabelText(/^Starting/)).not.toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: /^On/ }), 'THURSDAY');
    await user.click(screen.getByRole('button', { name: 'Change the series from this call on' }));
    expect(await screen.findByText('The series was changed from this call on.', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(sent[0]!.ifMatch).toBe('"s1"');
    expect(sent[0]!.body).toMatchObject({
      fromCallId: CALL_ID,
      weekday: 'THURSDAY',
      startTime: '12:00',
      intervalWeeks: 2,
      count: 1,
    });
    expect(sent[0]!.body).not.toHaveProperty('startDate');
  }, 30_000);
});
