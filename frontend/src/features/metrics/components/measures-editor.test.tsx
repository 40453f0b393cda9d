import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';

import { TFCBT_ID, admin, faculty1, faculty2 } from '@/testing/mocks/data';
import { apiUrl, problem } from '@/testing/mocks/handlers';
import { page } from '@/testing/mocks/http';
import { SCREENED } from '@/testing/mocks/metrics';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';
import { newMeasureValues, toMeasureBody, validateMeasure } from '../utils/measure-form-values';

const PATH = `/collaboratives/${TFCBT_ID}/measures`;

async function openPage(me = faculty1) {
  renderApp(PATH, { me });
  await screen.findByRole('heading', { level: 1, name: 'Core Data Set: TF-CBT 2026' });
}

describe('the Core Data Set editor', () => {
  it('offers lead faculty to define the first measure, checks it, and sends it', async () => {
    const user = userEvent.setup();
    let measures: (typeof SCREENED)[] = [];
    let body: unknown;
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/measures'), () => HttpResponse.json(page(measures, 100))),
      http.post(apiUrl('/api/collaboratives/:id/measures'), async ({ request }) => {
        body = await request.json();
        measures = [{ ...SCREENED, key: 'screened-at-intake' }];
        return HttpResponse.json(measures[0], { status: 201, headers: { ETag: '"1"' } });
      }),
    );
    await openPage();
    expect(await screen.findByRole('heading', { name: 'No measures yet' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add measure' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a measure' });
    await user.click(within(dialog).getByRole('button', { name: 'Add measure' }));
    expect(within(dialog).getByRole('textbox', { name: /^name/i })).toHaveAccessibleDescription(
      expect.stringContaining('Enter the measure’s name.'),
    );
    expect(within(dialog).getByRole('textbox', { name: /^key/i })).toHaveAccessibleDescription(
      expect.stringContaining('Enter a key'),
    );

    await user.type(within(dialog).getByRole('textbox', { name: /^name/i }), 'Children screened for trauma at intake');
    await user.type(within(dialog).getByRole('textbox', { name: /^key/i }), 'screened-at-intake');
    await user.type(within(dialog).getByRole('textbox', { name: /^target/i }), '0.9');
    await user.type(within(dialog).getByRole('textbox', { name: /^definition/i }), 'Screened over taken in.');
    await user.click(within(dialog).getByRole('button', { name: 'Add measure' }));

    expect(await screen.findByText('“Children screened for trauma at intake” was added.')).toBeInTheDocument();
    expect(body).toEqual({
      key: 'screened-at-intake',
      name: 'Children screened for trauma at intake',
      type: 'PROPORTION',
      direction: 'INCREASE',
      dueDay: 15,
      lockAfterDays: 45,
      target: 0.9,
      definition: 'Screened over taken in.',
    });
  });

  it('shows the API’s refusal of a key change at the key field (values exist)', async () => {
    const user = userEvent.setup();
    let ifMatch: string | null = null;
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/measures/:measureId'), () =>
        HttpResponse.json(SCREENED, { headers: { ETag: '"4"' } }),
      ),
      http.put(apiUrl('/api/collaboratives/:id/measures/:measureId'), ({ request }) => {
        ifMatch = request.headers.get('If-Match');
        return problem(409, 'Conflict', { detail: 'the key of a measure cannot change once values were reported for it' });
      }),
    );
    await openPage(admin);
    await user.click(await screen.findByRole('button', { name: `Edit ${SCREENED.name}` }));
    const dialog = await screen.findByRole('dialog', { name: `Edit ${SCREENED.name}` });
    const key = await within(dialog).findByRole('textbox', { name: /^key/i });
    expect(key).toHaveValue('screened');
    await user.clear(key);
    await user.type(key, 'screened-2');
    await user.click(within(dialog).getByRole('button', { name: 'Save measure' }));
    await waitFor(() =>
      expect(within(dialog).getByRole('textbox', { name: /^key/i })).toHaveAccessibleDescription(
        expect.stringContaining('cannot change once values were reported'),
      ),
    );
    expect(ifMatch).toBe('"4"');
  });

  it('says why the key and type are fixed once values exist', async () => {
    const user = userEvent.setup();
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/measures/:measureId'), () =>
        HttpResponse.json({ ...SCREENED, valueCount: 14 }, { headers: { ETag: '"4"' } }),
      ),
    );
    await openPage(admin);
    await user.click(await screen.findByRole('button', { name: `Edit ${SCREENED.name}` }));
    const dialog = await screen.findByRole('dialog', { name: `Edit ${SCREENED.name}` });
    const key = await within(dialog).findByRole('textbox', { name: /^key/i });
    expect(key).toHaveAttribute('readonly');
    expect(key).toHaveAccessibleDescription('Fixed: 14 values were reported under it.');
    // A proportion says what its numerator and denominator count.
    expect(within(dialog).getByRole('textbox', { name: /^numerator/i })).toBeInTheDocument();
  });

  it('is read-only for faculty who do not lead', async () => {
    await openPage(faculty2);
    expect(await screen.findByRole('article', { name: SCREENED.name })).toBeInTheDocument();
    expect(screen.getByText(/Only platform admins and the collaborative’s lead faculty define measures/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^(Add measure|Edit)/ })).toBeNull();
  });
});

describe('measure values', () => {
  it('keep a proportion’s target between 0 and 1 and days in range', () => {
    const errors = validateMeasure({ ...newMeasureValues(), name: 'X', key: 'x', target: 80, dueDay: 31, lockAfterDays: -1 });
    expect(Object.keys(errors).sort()).toEqual(['dueDay', 'lockAfterDays', 'target']);
  });

  it('leave out empty optional fields', () => {
    expect(toMeasureBody({ ...newMeasureValues(), name: ' Cases ', key: 'cases', type: 'COUNT' })).toEqual({
      key: 'cases',
      name: 'Cases',
      type: 'COUNT',
      direction: 'INCREASE',
      dueDay: 15,
      lockAfterDays: 45,
    });
  });
});
