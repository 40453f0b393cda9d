import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';

import { APPLICATION_ID, RIVERSIDE_ID, application, member, riversideClinician, riversideLeader } from '@/testing/mocks/data';
import { apiUrl } from '@/testing/mocks/handlers';
import { page } from '@/testing/mocks/http';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const EDIT = `/applications/${APPLICATION_ID}/edit`;
const RITA = member({
  id: '00000000-0000-4000-8000-000000000311',
  name: 'Rita Rivers',
  email: 'rita@riverside.example.org',
  role: 'SENIOR_LEADER',
});
const SARA = member({
  id: '00000000-0000-4000-8000-000000000312',
  name: 'Sara Stone',
  email: 'sara@riverside.example.org',
  role: 'SUPERVISOR',
});
const CARL = member({
  id: '00000000-0000-4000-8000-000000000313',
  name: 'Carl Clark',
  email: 'carl@riverside.example.org',
  role: 'CLINICIAN',
});

/** The organisation's members, counting how often they are read. */
function membersOfRiverside() {
  const reads: string[] = [];
  server.use(
    http.get(apiUrl('/api/organizations/:id/members'), ({ params }) => {
      reads.push(String(params.id));
      return HttpResponse.json(page([CARL, RITA, SARA]));
    }),
  );
  return reads;
}

function recordSaves(path: string) {
  const bodies: unknown[] = [];
  server.use(
    http.put(apiUrl(path), async ({ request }) => {
      bodies.push(await request.json());
      return HttpResponse.json(application(), { headers: { ETag: `"${bodies.length + 1}"` } });
    }),
  );
  return bodies;
}

async function openStep(step: string, me = riversideLeader) {
  renderApp(`${EDIT}?step=${step}`, { me });
  await screen.findByRole('heading', { level: 1, name: 'Apply to TF-CBT 2026' });
}

describe('the core team is chosen from the organisation’s members', () => {
  it('offers the members in a picker that filters as one types, and sends the member chosen', async () => {
    const user = userEvent.setup();
    const reads = membersOfRiverside();
    const saves = recordSaves('/api/applications/:id/core-team');
    await openStep('coreTeam');
    expect(reads).toContain(RIVERSIDE_ID);

    await user.click(screen.getByRole('button', { name: 'Add a member' }));
    const picker = screen.getByRole('combobox', { name: /^Person/ });
    await waitFor(() => expect(picker).toHaveFocus());
    await user.type(picker, 'sar');
    // (jsdom leaves the dropdown's transition unfinished: the listbox is there, not shown.)
    const listbox = await screen.findByRole('listbox', { name: /^Person/, hidden: true });
    await waitFor(() =>
      expect(
        within(listbox)
          .getAllByRole('option', { hidden: true })
          .map((o) => o.textContent),
      ).toEqual(['Sara Stone (sara@riverside.example.org)']),
    );
    // Chosen with the keyboard, as a screen reader user would.
    await user.keyboard('{ArrowDown}{Enter}');

    // The member's role in the organisation suggests the team role; the fieldset names them.
    const row = screen.getByRole('group', { name: 'Member 1: Sara Stone' });
    expect(within(row).getByRole('combobox', { name: 'Role' })).toHaveValue('SUPERVISOR');
    await user.type(within(row).getByRole('textbox', { name: /^FTE/ }), '0.5');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    await waitFor(() => expect(saves).toHaveLength(1));
    expect(saves[0]).toEqual({ members: [{ memberId: SARA.id, role: 'SUPERVISOR', fte: 0.5 }] });
  });

  it('adds a person who is not a member yet: named here, invited when saved, and the member list is read again', async () => {
    const user = userEvent.setup();
    const reads = membersOfRiverside();
    const saves = recordSaves('/api/applications/:id/core-team');
    await openStep('coreTeam');
    expect(
      screen.getByText(/Someone who is not a member yet can be added as a new person: they are invited/),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add a member' }));
    await user.click(screen.getByRole('button', { name: 'Not a member yet? Enter them as a new person' }));
    const row = screen.getByRole('group', { name: /^Member 1/ });
    expect(within(row).getByText('A new person, invited to Riverside Family Services when you save.')).toBeInTheDocument();
    await waitFor(() => expect(within(row).getByRole('textbox', { name: /^Name/ })).toHaveFocus());
    await user.type(within(row).getByRole('textbox', { name: /^Name/ }), 'Nina New');
    await user.type(within(row).getByRole('textbox', { name: /^E-mail/ }), 'nina@riverside.example.org');
    await user.selectOptions(within(row).getByRole('combobox', { name: 'Role' }), 'CLINICIAN');
    const before = reads.length;
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    await waitFor(() => expect(saves).toHaveLength(1));
    expect(saves[0]).toEqual({ members: [{ role: 'CLINICIAN', name: 'Nina New', email: 'nina@riverside.example.org' }] });
    await waitFor(() => expect(reads.length).toBeGreaterThan(before));
  });

  it('lets only those who may invite add someone new', async () => {
    membersOfRiverside();
    await openStep('coreTeam', riversideClinician);
    expect(screen.getByText(/Only a senior leader of the organisation can add someone new/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add a new person' })).not.toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Add a member' }));
    expect(screen.queryByRole('button', { name: /Add a new person/ })).not.toBeInTheDocument();
  });

  it('asks for a member to be chosen, and refuses an FTE with more than two decimals instead of rounding it', async () => {
    const user = userEvent.setup();
    membersOfRiverside();
    const saves = recordSaves('/api/applications/:id/core-team');
    await openStep('coreTeam');
    await user.click(screen.getByRole('button', { name: 'Add a member' }));
    await user.type(screen.getByRole('textbox', { name: /^FTE/ }), '0.333');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    expect(await screen.findByText('There are 2 problems')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /^Person/ })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: /^FTE/ })).toHaveAccessibleDescription(
      expect.stringContaining('Use at most two decimals'),
    );
    expect(screen.getByRole('textbox', { name: /^FTE/ })).toHaveValue('0.333');
    expect(saves).toHaveLength(0);
  });
});

describe('the signer of the commitment is a member', () => {
  it('is chosen from the members and sent as the member', async () => {
    const user = userEvent.setup();
    membersOfRiverside();
    const saves = recordSaves('/api/applications/:id/commitment');
    await openStep('commitment');
    await user.click(screen.getByRole('checkbox', { name: /commits to use the Core Data Set/ }));
    await user.type(screen.getByRole('combobox', { name: 'Signed by' }), 'rita');
    await user.click(await screen.findByRole('option', { name: 'Rita Rivers (rita@riverside.example.org)', hidden: true }));
    await user.type(screen.getByLabelText('Signer’s title'), 'Executive Director');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    await waitFor(() => expect(saves).toHaveLength(1));
    expect(saves[0]).toEqual({ agreed: true, signerMemberId: RITA.id, signerTitle: 'Executive Director' });
  });
});

describe('an application step keeps its changes from silent loss', () => {
  it('asks before another step opens with changes not saved, and not after they are saved', async () => {
    const user = userEvent.setup();
    membersOfRiverside();
    const saves = recordSaves('/api/applications/:id/readiness');
    await openStep('readiness');
    const item = screen.getByRole('group', { name: /Senior leadership supports/ });
    await user.click(within(item).getByRole('radio', { name: '4' }));

    await user.click(screen.getByRole('link', { name: /^2\. Core Data Set commitment/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    expect(dialog).toHaveTextContent('You have changes to this step not saved yet.');
    await user.click(within(dialog).getByRole('button', { name: 'Stay on this page' }));
    expect(screen.getByRole('heading', { name: 'Step 1 of 5: Readiness' })).toBeInTheDocument();
    expect(within(item).getByRole('radio', { name: '4' })).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save draft' })).toBeEnabled());
    await waitFor(() => expect(saves).toHaveLength(1));
    await user.click(screen.getByRole('link', { name: /^2\. Core Data Set commitment/ }));
    expect(await screen.findByRole('heading', { name: 'Step 2 of 5: Core Data Set commitment' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('goes to another step without saving when asked to leave', async () => {
    const user = userEvent.setup();
    membersOfRiverside();
    await openStep('readiness');
    await user.click(within(screen.getByRole('group', { name: /Senior leadership supports/ })).getByRole('radio', { name: '4' }));
    await user.click(screen.getByRole('link', { name: /^2\. Core Data Set commitment/ }));
    await user.click(await screen.findByRole('button', { name: 'Leave without saving' }));
    expect(await screen.findByRole('heading', { name: 'Step 2 of 5: Core Data Set commitment' })).toBeInTheDocument();
  });
});
