import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';

import { APPLICATION_ID, DRAFT_MISSING, application, faculty1, riversideLeader } from '@/testing/mocks/data';
import { apiUrl, problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const EDIT = `/applications/${APPLICATION_ID}/edit`;

async function openStep(step = 'readiness') {
  const view = renderApp(`${EDIT}?step=${step}`, { me: riversideLeader });
  await screen.findByRole('heading', { level: 1, name: 'Apply to TF-CBT 2026' });
  return view;
}

const checklist = () => screen.getByRole('region', { name: 'Still missing' });

describe('the application form', () => {
  it('saves a step as a draft with the ETag it started from, and the checklist follows the answer', async () => {
    const user = userEvent.setup();
    const calls: { ifMatch: string | null; body: unknown }[] = [];
    server.use(
      http.put(apiUrl('/api/applications/:id/readiness'), async ({ request }) => {
        calls.push({ ifMatch: request.headers.get('If-Match'), body: await request.json() });
        const missing = DRAFT_MISSING.filter((v) => v.field !== 'readiness.leadership-support');
        return HttpResponse.json(
          application({
            readiness: { ratings: [{ itemKey: 'leadership-support', rating: 4 }] },
            completeness: { readiness: false, commitment: false, coreTeam: false, sessionCommitments: false, missing },
          }),
          { headers: { ETag: `"${calls.length + 1}"` } },
        );
      }),
    );
    await openStep();
    expect(within(checklist()).getByText('6 items before you can submit:')).toBeInTheDocument();
    expect(
      within(checklist()).getByRole('link', { name: /Senior leadership supports adopting the practice” is not rated yet/ }),
    ).toBeInTheDocument();

    const item = screen.getByRole('group', { name: /Senior leadership supports/ });
    await user.click(within(item).getByRole('radio', { name: '4' }));
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    await waitFor(() => expect(within(checklist()).getByText('5 items before you can submit:')).toBeInTheDocument());
    expect(calls[0]).toEqual({ ifMatch: '"1"', body: { ratings: [{ itemKey: 'leadership-support', rating: 4 }] } });
    // Still on the same step; the next save sends the new version.
    expect(screen.getByRole('heading', { name: 'Step 1 of 5: Readiness' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1]?.ifMatch).toBe('"2"');
  });

  it('goes on to the next step after "Save and continue", focusing its heading', async () => {
    const user = userEvent.setup();
    server.use(
      http.put(apiUrl('/api/applications/:id/commitment'), () => HttpResponse.json(application(), { headers: { ETag: '"2"' } })),
    );
    const { router } = await openStep('commitment');
    await user.click(screen.getByRole('checkbox', { name: /commits to use the Core Data Set/ }));
    await user.click(screen.getByRole('combobox', { name: 'Signed by' }));
    await user.click(
      await screen.findByRole('option', { name: 'Cal Clinician (clinician@riverside.example.org)', hidden: true }),
    );
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));

    const heading = await screen.findByRole('heading', { name: 'Step 3 of 5: Core team' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(router.state.location.search).toBe('?step=coreTeam');
  });

  it('shows every problem of a refused submission, each linked to its field on its step', async () => {
    const user = userEvent.setup();
    server.use(
      http.post(apiUrl('/api/applications/:id/submission'), () =>
        problem(422, 'The application is not complete', { type: '/problems/incomplete', violations: DRAFT_MISSING }),
      ),
    );
    await openStep('submit');
    await user.click(screen.getByRole('button', { name: 'Submit the application' }));

    await waitFor(() => expect(screen.getByText(/The application was not submitted: 6 problems/)).toBeInTheDocument());
    const refused = screen.getByText(/The application was not submitted: 6 problems/).closest('[role="alert"]') as HTMLElement;
    await waitFor(() => expect(refused).toHaveFocus());
    expect(within(refused).getAllByRole('link')).toHaveLength(6);

    await user.click(within(refused).getByRole('link', { name: 'Signed by is required.' }));
    await screen.findByRole('heading', { name: 'Step 2 of 5: Core Data Set commitment' });
    const signer = screen.getByRole('combobox', { name: 'Signed by' });
    await waitFor(() => expect(signer).toHaveFocus());
    expect(signer).toHaveAttribute('aria-invalid', 'true');
    expect(signer).toHaveAccessibleDescription(expect.stringContaining('Signed by is required.'));

    // The core team's problem is shown on its step, the learning session's at its checkbox.
    await user.click(screen.getByRole('link', { name: /^3\. Core team/ }));
    const composition = (await screen.findByText('The core team is not complete')).closest('.mantine-Alert-root') as HTMLElement;
    expect(within(composition).getByText('The core team needs at least 2 clinicians; it has 0.')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: /^4\. Learning sessions/ }));
    const session2 = await screen.findByRole('checkbox', { name: 'Our core team commits to attend learning session 2' });
    expect(session2).toHaveAccessibleDescription(expect.stringContaining('No answer yet for learning session 2.'));
  });

  it('submits a complete application and opens it', async () => {
    const user = userEvent.setup();
    const complete = { readiness: true, commitment: true, coreTeam: true, sessionCommitments: true, missing: [] };
    server.use(
      http.get(apiUrl('/api/applications/:id'), () =>
        HttpResponse.json(application({ completeness: complete }), { headers: { ETag: '"3"' } }),
      ),
      http.post(apiUrl('/api/applications/:id/submission'), ({ request }) => {
        expect(request.headers.get('If-Match')).toBe('"3"');
        return HttpResponse.json(
          application({ status: 'SUBMITTED', completeness: complete, submittedAt: '2026-04-03T10:00:00Z' }),
          { headers: { ETag: '"4"' } },
        );
      }),
    );
    const { router } = await openStep('submit');
    expect(screen.getByText('Nothing is missing: the application can be submitted.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Submit the application' }));
    // a complete application is submitted only once confirmed, the consequence named
    const dialog = await screen.findByRole('dialog', { name: 'Submit the application to TF-CBT 2026?' });
    expect(dialog).toHaveTextContent('can no longer be changed, unless they return it to you');
    await user.click(within(dialog).getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/applications/${APPLICATION_ID}`));
    expect(await screen.findByText(/went to the collaborative’s faculty/)).toBeInTheDocument();
  });

  it('explains a save refused because someone else saved meanwhile (412), and reloads', async () => {
    const user = userEvent.setup();
    server.use(http.put(apiUrl('/api/applications/:id/readiness'), () => problem(412, 'Precondition failed')));
    await openStep();
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText('Someone else changed this application')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reload the latest version' }));
    await waitFor(() => expect(screen.queryByText('Someone else changed this application')).not.toBeInTheDocument());
  });

  it('checks the core team before saving it', async () => {
    const user = userEvent.setup();
    let saved = false;
    server.use(
      http.put(apiUrl('/api/applications/:id/core-team'), () => {
        saved = true;
        return HttpResponse.json(application(), { headers: { ETag: '"2"' } });
      }),
    );
    await openStep('coreTeam');
    await user.click(screen.getByRole('button', { name: 'Add a new person' }));
    await user.type(screen.getByLabelText(/^E-mail/), 'not-an-address');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText('There are 2 problems')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Name/)).toHaveAttribute('aria-invalid', 'true');
    expect(saved).toBe(false);
  });

  it('is not for faculty', async () => {
    renderApp(`${EDIT}?step=readiness`, { me: faculty1 });
    expect(await screen.findByRole('heading', { level: 1, name: 'You may not open this page' })).toBeInTheDocument();
  });
});
