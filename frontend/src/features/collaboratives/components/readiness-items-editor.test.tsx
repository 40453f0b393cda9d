import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';

import { TFCBT_ID, admin, collaborative, faculty2 } from '@/testing/mocks/data';
import { apiUrl, problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';
import { keyFromText, validateReadiness } from '../utils/readiness-form-values';

const PATH = `/collaboratives/${TFCBT_ID}/readiness-items`;

async function openEditor(me = admin) {
  renderApp(PATH, { me });
  await screen.findByRole('heading', { level: 1, name: 'Readiness items: TF-CBT 2026' });
  return screen.findByRole('form', { name: 'Readiness items' });
}

const questions = (form: HTMLElement) =>
  within(form)
    .getAllByLabelText(/^question/i)
    .map((i) => (i as HTMLInputElement).value);

describe('the readiness items editor', () => {
  it('reorders with the keyboard, adds and removes items, and saves the whole list with If-Match', async () => {
    const user = userEvent.setup();
    let sent: { ifMatch: string | null; body: unknown } | undefined;
    server.use(
      http.put(apiUrl('/api/collaboratives/:id/readiness-items'), async ({ request }) => {
        const body = (await request.json()) as { items: unknown[] };
        sent = { ifMatch: request.headers.get('If-Match'), body };
        return HttpResponse.json(body, { headers: { ETag: '"r2"' } });
      }),
    );
    const form = await openEditor();
    expect(questions(form)).toEqual([
      'Senior leadership supports adopting the practice',
      'The organisation can collect and report data',
    ]);
    expect(within(form).getByRole('button', { name: 'Save items' })).toBeDisabled();
    expect(within(form).getByRole('button', { name: 'Move up item 1' })).toBeDisabled();

    // Keyboard: focus "Move down" of item 1, press Enter; focus follows the item (now last: its Move up).
    within(form).getByRole('button', { name: 'Move down item 1' }).focus();
    await user.keyboard('{Enter}');
    expect(questions(form)[0]).toBe('The organisation can collect and report data');
    await waitFor(() => expect(within(form).getByRole('button', { name: 'Move up item 2' })).toHaveFocus());
    expect(within(form).getByText('Unsaved changes')).toBeInTheDocument();

    await user.click(within(form).getByRole('button', { name: 'Add item' }));
    const newQuestion = within(form).getAllByLabelText(/^question/i)[2]!;
    await waitFor(() => expect(newQuestion).toHaveFocus());
    await user.type(newQuestion, 'Supervisors have time for weekly consultation');
    // A new item's key follows its text until typed.
    expect(within(form).getByLabelText(/^key/i)).toHaveValue('supervisors-have-time-for-weekly-consultation');

    await user.click(within(form).getByRole('button', { name: 'Remove item 1' }));
    expect(questions(form)).toEqual([
      'Senior leadership supports adopting the practice',
      'Supervisors have time for weekly consultation',
    ]);

    await user.click(within(form).getByRole('button', { name: 'Save items' }));
    expect(await within(form).findByText('Saved.')).toBeInTheDocument();
    expect(sent).toEqual({
      ifMatch: '"r1"',
      body: {
        items: [
          { key: 'leadership-support', text: 'Senior leadership supports adopting the practice' },
          { key: 'supervisors-have-time-for-weekly-consultation', text: 'Supervisors have time for weekly consultation' },
        ],
      },
    });
  });

  it('checks every item before sending, then shows the API’s refusal clearly', async () => {
    const user = userEvent.setup();
    let puts = 0;
    server.use(
      http.put(apiUrl('/api/collaboratives/:id/readiness-items'), () => {
        puts++;
        return problem(409, 'Conflict', {
          detail: 'readiness item data-capacity is answered by 2 applications; it cannot be removed',
        });
      }),
    );
    const form = await openEditor();
    await user.click(within(form).getByRole('button', { name: 'Add item' }));
    await user.click(within(form).getByRole('button', { name: 'Save items' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Item 3, question: Enter the question.');
    expect(puts).toBe(0);

    await user.click(within(form).getByRole('button', { name: 'Remove item 3' }));
    await user.click(within(form).getByRole('button', { name: 'Remove item 2' }));
    await user.click(within(form).getByRole('button', { name: 'Save items' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('answered by 2 applications; it cannot be removed'));
    expect(screen.getByRole('alert')).toHaveTextContent('Not saved');
    expect(puts).toBe(1);
  });

  it('is read-only once applications are open, and for faculty who do not lead', async () => {
    server.use(
      http.get(apiUrl('/api/collaboratives/:id'), () =>
        HttpResponse.json(collaborative({ phase: 'APPLICATIONS_OPEN' }), { headers: { ETag: '"1"' } }),
      ),
    );
    renderApp(PATH, { me: admin });
    expect(await screen.findByText(/Applications have opened: the items are fixed/)).toBeInTheDocument();
    expect(screen.getByText('Senior leadership supports adopting the practice')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save items' })).toBeNull();
  });

  it('tells faculty who do not lead who changes the items', async () => {
    renderApp(PATH, { me: faculty2 });
    expect(await screen.findByText(/Only platform admins and the collaborative’s lead faculty/)).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Readiness items' })).toBeNull();
  });
});

describe('readiness values', () => {
  it('derive keys from text', () => {
    expect(keyFromText('  Leadership support? (Senior)  ')).toBe('leadership-support-senior');
    expect(keyFromText('Évaluation des données')).toBe('evaluation-des-donnees');
  });

  it('refuse duplicate keys, naming the earlier item', () => {
    const row = { uid: 'a', key: 'same', text: 'A', help: '', isNew: true, keyTouched: true };
    expect(validateReadiness({ items: [row, { ...row, uid: 'b' }] })).toEqual({ 'items.1.key': 'Item 1 has this key already.' });
  });
});
