import { expect, test, type Page } from '@playwright/test';

import { apiAs, closeApplications, setUpApplicationScenario } from './support/api';
import { checkPage, signedInPage } from './support/pages';

// lakeside.clinician (Luis Lopez): a clinician at Lakeside, and senior leader of the fresh
// organisation the setup registers, so the apply form must let him choose which one applies.
const APPLICANT = 'lakeside.clinician';
const APPLICANT_EMAIL = 'luis.lopez@lakeside.example.org';

test.describe.configure({ mode: 'serial' });
test.setTimeout(300_000);

const rate = async (page: Page, item: RegExp, rating: string) =>
  page.getByRole('group', { name: item }).getByRole('radio', { name: rating, exact: true }).check();

test('an application from draft to an enrolled team', async ({ browser }, testInfo) => {
  const stamp = `${Date.now().toString(36)}`;
  const admin = await apiAs(browser, 'admin');
  const s = await setUpApplicationScenario(admin.api, { stamp, applicantEmail: APPLICANT_EMAIL });
  await admin.dispose();

  const applicant = await signedInPage(browser, APPLICANT, '/applications');
  const main = applicant.getByRole('main');

  await test.step('the team member starts a draft for the new organisation and rates some items', async () => {
    await expect(applicant.getByRole('heading', { level: 1, name: 'My applications' })).toBeVisible();
    await main.getByRole('link', { name: 'Apply to a collaborative' }).first().click();
    await expect(applicant.getByRole('heading', { level: 1, name: 'Apply to a collaborative' })).toBeVisible();
    await main.getByLabel('Collaborative').selectOption({ label: s.collaborativeTitle });
    await main.getByLabel('Applying organisation').selectOption({ label: s.organizationName });
    await main.getByRole('button', { name: 'Start the application' }).click();
    await expect(applicant.getByRole('heading', { level: 1, name: `Apply to ${s.collaborativeTitle}` })).toBeVisible();
    await expect(main.getByRole('heading', { name: 'Step 1 of 5: Readiness' })).toBeVisible();
    await rate(applicant, /Senior leadership supports/, '4');
    await rate(applicant, /Clinical staff capacity/, '3');
    await main.getByRole('button', { name: 'Save draft' }).click();
    await expect(main.getByText('16 items before you can submit:')).toBeVisible();
    await checkPage(applicant, 'application-form', testInfo);
  });

  await test.step('leaves, and resumes the draft later from My applications', async () => {
    await applicant.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Collaboratives' }).click();
    await expect(applicant.getByRole('heading', { level: 1, name: 'Collaboratives' })).toBeVisible();
    await applicant.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My applications' }).click();
    const card = main.getByRole('article').filter({ hasText: s.collaborativeTitle });
    await expect(card.getByText('Draft', { exact: true })).toBeVisible();
    await checkPage(applicant, 'my-applications', testInfo);
    await card.getByRole('link', { name: 'Continue the application' }).click();
    await expect(main.getByRole('heading', { name: 'Step 1 of 5: Readiness' })).toBeVisible();
    await expect(
      applicant.getByRole('group', { name: /Senior leadership supports/ }).getByRole('radio', { name: '4', exact: true }),
    ).toBeChecked();
  });

  await test.step('fills some sections partly and is refused at submission, with every problem at its field', async () => {
    for (const item of [
      /Supervision structure/,
      /Referral volume/,
      /Experience with evidence/,
      /Data capacity/,
      /Funding and sustainability/,
    ]) {
      await rate(applicant, item, '3');
    }
    await main.getByRole('button', { name: 'Save and continue' }).click();
    await expect(main.getByRole('heading', { name: 'Step 2 of 5: Core Data Set commitment' })).toBeFocused();
    await main.getByLabel(/commits to use the Core Data Set/).check();
    // The signer is one of the organisation's members.
    await main.getByRole('combobox', { name: 'Signed by' }).fill('Luis');
    await applicant.getByRole('option', { name: `Luis Lopez (${APPLICANT_EMAIL})` }).click();
    await main.getByRole('button', { name: 'Save and continue' }).click();
    await expect(main.getByRole('heading', { name: 'Step 3 of 5: Core team' })).toBeVisible();
    await main.getByRole('button', { name: 'Add a member' }).click();
    // The picker offers the organisation's members, and only them: Luis is also at Lakeside, whose
    // senior leader Lena Lake is not offered here.
    const person = main.getByRole('combobox', { name: /^Person/ });
    await expect(person).toBeFocused();
    await person.click();
    const offered = applicant.getByRole('listbox');
    await expect(offered.getByRole('option')).toHaveText([`Luis Lopez (${APPLICANT_EMAIL})`]);
    await person.fill('Lena');
    await expect(offered.getByRole('option')).toHaveCount(0);
    await expect(applicant.getByText('No member matches: add them as a new person')).toBeVisible();
    await person.fill('luis');
    await applicant.getByRole('option', { name: `Luis Lopez (${APPLICANT_EMAIL})` }).click();
    await main.getByLabel('Role').selectOption('SENIOR_LEADER');
    await checkPage(applicant, 'application-core-team', testInfo);
    await main.getByRole('button', { name: 'Save and continue' }).click();
    await expect(main.getByRole('heading', { name: 'Step 4 of 5: Learning sessions' })).toBeVisible();
    await main.getByLabel('Our core team commits to attend learning session 1').check();
    await main.getByRole('button', { name: 'Save and check' }).click();
    await expect(main.getByRole('heading', { name: 'Step 5 of 5: Check and submit' })).toBeVisible();
    await main.getByRole('button', { name: 'Submit the application' }).click();

    const summary = main.getByRole('alert').filter({ hasText: 'The application was not submitted' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveCount(7);
    await checkPage(applicant, 'application-refused', testInfo);
    // A problem links to its field, on its step.
    await summary.getByRole('link', { name: /Signer’s title is required/ }).click();
    await expect(main.getByRole('heading', { name: 'Step 2 of 5: Core Data Set commitment' })).toBeVisible();
    await expect(main.getByLabel('Signer’s title')).toBeFocused();
    await expect(main.getByLabel('Signer’s title')).toHaveAttribute('aria-invalid', 'true');
  });

  await test.step('completes every section and submits', async () => {
    await main.getByLabel('Signer’s title').fill('Director');
    await main.getByLabel('Signed on').fill(new Date().toISOString().slice(0, 10));
    await main.getByLabel('Data contact name').fill('Dana Data');
    await main.getByLabel('Data contact e-mail').fill('dana.data@example.org');
    await main.getByRole('button', { name: 'Save and continue' }).click();
    await expect(main.getByRole('heading', { name: 'Step 3 of 5: Core team' })).toBeVisible();
    await expect(main.getByText('The core team is not complete')).toBeVisible();
    for (const [n, role, name, email] of [
      [2, 'SUPERVISOR', 'Sam Super', 'sam.super@example.org'],
      [3, 'CLINICIAN', 'Cleo Clinician', 'cleo.clinician@example.org'],
    ] as const) {
      // Not members yet: added as new people, invited to the organisation when the step is saved.
      await main.getByRole('button', { name: 'Add a new person', exact: true }).click();
      // The new member's first field has focus.
      await expect(main.locator(`#app-coreTeam-${n - 1}-name`)).toBeFocused();
      const member = main.getByRole('group', { name: new RegExp(`^Member ${n}`) });
      await member.getByLabel('Role').selectOption(role);
      await member.getByLabel('Name').fill(name);
      await member.getByLabel('E-mail').fill(email);
    }
    await main.getByRole('button', { name: 'Save and continue' }).click();
    await expect(main.getByRole('heading', { name: 'Step 4 of 5: Learning sessions' })).toBeVisible();
    await main.getByLabel('Our core team commits to attend learning session 2').check();
    await main.getByRole('button', { name: 'Save and check' }).click();
    await expect(main.getByText('Nothing is missing')).toBeVisible();
    await main.getByRole('button', { name: 'Submit the application' }).click();
    // a complete application is submitted once confirmed
    await applicant
      .getByRole('dialog', { name: `Submit the application to ${s.collaborativeTitle}?` })
      .getByRole('button', { name: 'Submit' })
      .click();
    await expect(
      applicant.getByRole('heading', { level: 1, name: `${s.organizationName}: application to ${s.collaborativeTitle}` }),
    ).toBeVisible();
    await expect(main.getByText('Submitted', { exact: true }).first()).toBeVisible();
    await checkPage(applicant, 'application-submitted', testInfo);
  });
  const applicationUrl = new URL(applicant.url()).pathname;
  await applicant.context().close();

  await test.step('the lead faculty member assigns a reviewer from the review queue', async () => {
    const lead = await signedInPage(browser, 'faculty1', '/review-queue');
    const leadMain = lead.getByRole('main');
    await expect(lead.getByRole('heading', { level: 1, name: 'Review queue' })).toBeVisible();
    await leadMain.getByLabel('Collaborative').selectOption({ label: s.collaborativeTitle });
    const card = leadMain.getByRole('article').filter({ hasText: s.organizationName });
    await expect(card.getByText('Submitted', { exact: true })).toBeVisible();
    await checkPage(lead, 'review-queue', testInfo);
    await card.getByRole('link', { name: `Decide on ${s.organizationName}` }).click();
    await expect(lead.getByRole('heading', { level: 1, name: `Decision: ${s.organizationName}` })).toBeVisible();
    await leadMain.getByRole('combobox', { name: 'Assign a reviewer' }).selectOption({ label: 'Felix Trainer' });
    await leadMain.getByRole('button', { name: 'Assign' }).click();
    await expect(leadMain.getByRole('table', { name: 'Reviews' }).getByText('Felix Trainer')).toBeVisible();
    await expect(leadMain.getByRole('form', { name: 'Record the decision' })).toBeVisible();
    await lead.context().close();
  });

  await test.step('the reviewer scores it beside the application', async () => {
    const reviewer = await signedInPage(browser, 'faculty2', '/review-queue?assignedToMe=true');
    const rMain = reviewer.getByRole('main');
    const card = rMain.getByRole('article').filter({ hasText: s.organizationName });
    await card.getByRole('link', { name: `Score ${s.organizationName}` }).click();
    await expect(reviewer.getByRole('heading', { level: 1, name: `Review: ${s.organizationName}` })).toBeVisible();
    const form = rMain.getByRole('form', { name: 'Score the application' });
    for (const criterion of ['Readiness', 'Core Data Set commitment', 'Core team', 'Learning sessions']) {
      await form.getByRole('radiogroup', { name: criterion }).getByRole('radio', { name: '4', exact: true }).check();
    }
    await form.getByRole('radio', { name: 'Accept' }).check();
    await form.getByLabel('Comment (optional)').fill('A ready team with strong leadership.');
    await form.getByRole('button', { name: 'Submit the scores' }).click();
    await expect(rMain.getByText('Scores saved')).toBeVisible();
    await checkPage(reviewer, 'review-scoring', testInfo);
    await reviewer.context().close();
  });

  await test.step('the lead faculty member sees every review and places left, and accepts', async () => {
    const lead = await signedInPage(browser, 'faculty1', `${applicationUrl}/decision`);
    const leadMain = lead.getByRole('main');
    await expect(leadMain.getByText('Mean total: 16 of 20')).toBeVisible();
    await expect(leadMain.getByTestId('places-left')).toHaveText('5 of 5 places left (0 accepted)');
    await checkPage(lead, 'decision', testInfo);
    await leadMain.getByRole('radio', { name: 'Accept' }).check();
    await leadMain
      .getByLabel('Message to the applicant')
      .fill('Welcome to the collaborative! Learning session 1 details follow.');
    await leadMain.getByRole('button', { name: 'Record the decision' }).click();
    await lead
      .getByRole('dialog', { name: `Accept ${s.organizationName}?` })
      .getByRole('button', { name: 'Accept' })
      .click();
    await expect(leadMain.getByTestId('places-left')).toHaveText('4 of 5 places left (1 accepted)');
    await lead.context().close();
  });

  await test.step('the team member is notified and sees the decision', async () => {
    const member = await signedInPage(browser, APPLICANT, '/collaboratives');
    const mMain = member.getByRole('main');
    await expect(member.getByRole('link', { name: /^Notifications\W+\d+ unread$/ })).toBeVisible();
    await member.getByRole('link', { name: /^Notifications\W+\d+ unread$/ }).click();
    const note = mMain.getByRole('article').filter({ hasText: `Your application to ${s.collaborativeTitle} was accepted` });
    await expect(note).toBeVisible();
    await expect(note.getByText('Welcome to the collaborative!')).toBeVisible();
    await checkPage(member, 'notifications', testInfo);
    await note.getByRole('link', { name: `Your application to ${s.collaborativeTitle} was accepted` }).click();
    await expect(
      member.getByRole('heading', { level: 1, name: `${s.organizationName}: application to ${s.collaborativeTitle}` }),
    ).toBeVisible();
    await expect(mMain.getByText('Decision: Accepted', { exact: false })).toBeVisible();
    await expect(mMain.getByText('Welcome to the collaborative!')).toBeVisible();
    await expect(mMain.getByRole('list', { name: 'Timeline' }).getByText('Accepted')).toBeVisible();
    await checkPage(member, 'application-decided', testInfo);

    await test.step('and the team is enrolled with its roster', async () => {
      await mMain.getByRole('link', { name: 'Your enrolled team' }).click();
      await expect(member.getByRole('heading', { level: 1, name: `Enrolled teams: ${s.collaborativeTitle}` })).toBeVisible();
      const roster = mMain.getByRole('list', { name: `Roster of ${s.organizationName}` });
      await expect(roster.getByText('Luis Lopez · Senior leader')).toBeVisible();
      await expect(roster.getByText('Sam Super · Supervisor')).toBeVisible();
      await expect(roster.getByText('Cleo Clinician · Clinician')).toBeVisible();
      await checkPage(member, 'teams', testInfo);
      await mMain.getByRole('link', { name: s.organizationName }).click();
      await expect(member.getByRole('heading', { level: 1, name: `Team: ${s.organizationName}` })).toBeVisible();
      await expect(mMain.getByRole('table', { name: 'Roster' }).getByText('Cleo Clinician')).toBeVisible();
      await checkPage(member, 'team', testInfo);
    });
    await member.context().close();
  });

  await test.step('applications close (the collaborative moves on to review)', async () => {
    // Leaves the demo's open collaborative the only open one when the suite runs again.
    const admin2 = await apiAs(browser, 'admin');
    await closeApplications(admin2.api, s.collaborativeId);
    await admin2.dispose();
  });
});
