import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';

import { TFCBT_ID, collaborative, riversideClinician } from '@/testing/mocks/data';
import { apiUrl } from '@/testing/mocks/handlers';
import { recentPeriods } from '@/testing/mocks/metrics';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';
import { formatPeriodLong } from '../utils/periods';

// Shown newest first: OPEN, MISSING, LATE, then LOCKED (no inputs).
const [, LATE, MISSING, OPEN] = recentPeriods(4) as [string, string, string, string];
const SCREENED = 'Children screened for trauma at intake';

const cell = (measure: string, period: string, field?: 'numerator' | 'denominator') =>
  screen.getByRole('textbox', { name: `${measure}, ${formatPeriodLong(period)}${field ? `, ${field}` : ''}` });

async function openData() {
  server.use(
    http.get(apiUrl('/api/collaboratives/:id'), () =>
      HttpResponse.json(collaborative({ phase: 'ACTIVE', startDate: '2024-01-01', acceptedTeams: 2, allowedTransitions: [] }), {
        headers: { ETag: '"3"' },
      }),
    ),
  );
  const view = renderApp(`/collaboratives/${TFCBT_ID}/metrics/data`, { me: riversideClinician });
  expect(await screen.findByRole('heading', { level: 1, name: 'Data: TF-CBT 2026' })).toBeInTheDocument();
  await screen.findByRole('table', { name: 'Values by measure and period' });
  return view;
}

/** Fires what a browser fires before the page unloads; true when the page asked to stay. */
function unloadAsks(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  act(() => {
    window.dispatchEvent(event);
  });
  return event.defaultPrevented;
}

describe('the data-entry grid, like a spreadsheet', () => {
  it('moves between cells with the arrow keys, Enter and Shift+Enter, skipping locked cells', async () => {
    const user = userEvent.setup();
    await openData();
    await user.click(cell('Active cases', OPEN));

    await user.keyboard('{ArrowDown}');
    expect(cell(SCREENED, OPEN, 'numerator')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(cell('Sessions per case', OPEN)).toHaveFocus();
    await user.keyboard('{ArrowDown}'); // the last row: stays
    expect(cell('Sessions per case', OPEN)).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(cell(SCREENED, OPEN, 'numerator')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(cell('Sessions per case', OPEN)).toHaveFocus();
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    expect(cell(SCREENED, OPEN, 'numerator')).toHaveFocus();

    // → goes through a proportion's numerator and denominator, then to the next month.
    await user.keyboard('{ArrowRight}');
    expect(cell(SCREENED, OPEN, 'denominator')).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(cell(SCREENED, MISSING, 'numerator')).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(cell(SCREENED, OPEN, 'denominator')).toHaveFocus();

    // Past the last open month is the locked one: → stays in the late month's cell.
    await user.click(cell('Active cases', LATE));
    await user.keyboard('{End}{ArrowRight}');
    expect(cell('Active cases', LATE)).toHaveFocus();
    // Inside a value the arrows move the caret: typing stays in the cell.
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(cell('Active cases', LATE)).toHaveFocus();

    // Tab goes through the inputs in reading order (across the row).
    await user.click(cell('Active cases', OPEN));
    await user.tab();
    expect(cell('Active cases', MISSING)).toHaveFocus();
  });

  it('fills the cells across and down from a block pasted from a spreadsheet', async () => {
    const user = userEvent.setup();
    await openData();
    await user.click(cell('Active cases', OPEN));
    // Two rows, tab-separated, as a spreadsheet copies them (with a line break at the end).
    await user.paste('15\t16\t17\r\n3\t4\t5\t6\r\n');

    expect(cell('Active cases', OPEN)).toHaveValue('15');
    expect(cell('Active cases', MISSING)).toHaveValue('16');
    expect(cell('Active cases', LATE)).toHaveValue('17');
    expect(cell(SCREENED, OPEN, 'numerator')).toHaveValue('3');
    expect(cell(SCREENED, OPEN, 'denominator')).toHaveValue('4');
    expect(cell(SCREENED, MISSING, 'numerator')).toHaveValue('5');
    expect(cell(SCREENED, MISSING, 'denominator')).toHaveValue('6');
    expect(screen.getByText('Pasted 7 values into 5 cells.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save 5 changed values' })).toBeInTheDocument();
    for (const input of screen.getAllByRole('textbox')) expect(input).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('flags a bad pasted value at its cell at once, and leaves out what lands on a locked cell', async () => {
    const user = userEvent.setup();
    await openData();
    await user.click(cell('Active cases', OPEN));
    await user.paste('15\tabc\t17\t18');

    expect(cell('Active cases', OPEN)).toHaveValue('15');
    expect(cell('Active cases', OPEN)).not.toHaveAttribute('aria-invalid', 'true');
    expect(cell('Active cases', MISSING)).toHaveValue('abc');
    expect(cell('Active cases', MISSING)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('A count is a whole number, 0 or more.')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Pasted 3 values into 3 cells; 1 cell needs a correction; 1 value was left out (locked, or outside the grid).',
      ),
    ).toBeInTheDocument();
  });

  it('takes a single pasted value as typed', async () => {
    const user = userEvent.setup();
    await openData();
    await user.click(cell('Active cases', OPEN));
    await user.paste('42\n');
    expect(cell('Active cases', OPEN)).toHaveValue('42');
    expect(cell('Active cases', MISSING)).toHaveValue('');
  });
});

describe('the data-entry grid keeps unsaved values from silent loss', () => {
  it('asks before the browser leaves, only while a value is changed', async () => {
    const user = userEvent.setup();
    await openData();
    expect(unloadAsks()).toBe(false);
    await user.type(cell('Active cases', OPEN), '15');
    expect(unloadAsks()).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Undo changes' }));
    expect(unloadAsks()).toBe(false);
  });

  it('asks in a dialog before another page opens: stay keeps the values, leave drops them', async () => {
    const user = userEvent.setup();
    const { router } = await openData();
    await user.type(cell('Active cases', OPEN), '15');
    const nav = screen.getByRole('navigation', { name: 'Main' });

    await user.click(within(nav).getByRole('link', { name: 'Collaboratives' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    expect(dialog).toHaveTextContent('You have 1 changed value not saved yet.');
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Stay on this page' })).toHaveFocus());
    await user.click(within(dialog).getByRole('button', { name: 'Stay on this page' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(router.state.location.pathname).toBe(`/collaboratives/${TFCBT_ID}/metrics/data`);
    expect(cell('Active cases', OPEN)).toHaveValue('15');

    await user.click(within(nav).getByRole('link', { name: 'Collaboratives' }));
    await user.click(await screen.findByRole('button', { name: 'Leave without saving' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Collaboratives' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/collaboratives');
  });

  it('lets the page go without asking once nothing is changed', async () => {
    const user = userEvent.setup();
    await openData();
    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Collaboratives' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Collaboratives' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
