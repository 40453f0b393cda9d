import { expect, test } from '@playwright/test';

import { checkPage, openFromList, signedInPage } from './support/pages';

// The demo's running collaborative: Riverside has reported screening up to two months ago; Felix
// Trainer leads it. A team's members record change ideas and PDSA cycles and annotate their charts;
// faculty read them, coach by recording work on the team's behalf, annotate and comment
// (ImprovementPolicy).
const CPP = 'Child-Parent Psychotherapy Collaborative 2026';
const SCREENED = 'Children screened for trauma at intake';
const RIVERSIDE = 'Riverside Family Services';

test.describe.configure({ mode: 'serial' });
// two people, seven pages, three downloads and a PDF: long on a loaded two-core machine
test.setTimeout(360_000);

/** A month `back` months before this one: its period (YYYY-MM), first day and name. */
function monthsAgo(back: number): { period: string; firstDay: string; label: string } {
  const now = new Date();
  const d = new Date(now.getFullYear(), now.getMonth() - back, 1);
  const period = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
  return {
    period,
    firstDay: `${period}-01`,
    label: new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric' }).format(d),
  };
}

test('a team records a change idea, a PDSA cycle and an annotation and sees them on the chart; faculty comment, switch to a p-chart and download the report', async ({
  browser,
}, testInfo) => {
  // names of this run (the scenario may run again on the same database)
  const run = Date.now().toString(36);
  const idea = `Screen at the front desk ${run}`;
  const cycle = `One clinic for a week ${run}`;
  const note = `Intake form reprinted ${run}`;
  const cycleMonth = monthsAgo(5);
  const noteMonth = monthsAgo(4);

  const member = await signedInPage(browser, 'riverside.clinician', '/collaboratives');
  const main = member.getByRole('main');
  const chartSection = main.getByRole('region', { name: SCREENED });
  const chart = chartSection.getByRole('img', { name: `Run chart: ${SCREENED}` });
  const ideas = main.getByRole('region', { name: 'Change ideas and PDSA cycles' });
  let teamPath = '';

  await test.step('the team member opens the team’s metrics page', async () => {
    await openFromList(member, '/collaboratives', CPP);
    await main.getByRole('link', { name: 'Enrolled teams' }).click();
    await expect(member.getByRole('heading', { level: 1, name: `Enrolled teams: ${CPP}` })).toBeVisible();
    await main.getByRole('listitem').filter({ hasText: RIVERSIDE }).getByRole('link', { name: 'Metrics', exact: true }).click();
    await expect(member.getByRole('heading', { level: 1, name: `${RIVERSIDE}: metrics` })).toBeVisible();
    await expect(chart).toBeVisible();
    teamPath = new URL(member.url()).pathname;
    // the learning sessions held so far are drawn on the chart, with a legend entry
    await expect(chart.locator('[data-marker="session"]').first()).toBeAttached();
    await expect(chartSection.getByText(/Learning session \(upright solid line/)).toBeVisible();
  });

  await test.step('records a change idea aimed at screening', async () => {
    await ideas.getByRole('button', { name: 'Record a change idea' }).click();
    const dialog = member.getByRole('dialog', { name: 'Record a change idea' });
    await dialog.getByRole('textbox', { name: 'Title' }).fill(idea);
    await dialog.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Testing' });
    await dialog.getByRole('checkbox', { name: SCREENED }).check();
    await dialog.getByRole('button', { name: 'Record change idea' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(ideas.getByRole('heading', { level: 3, name: idea })).toBeVisible();
  });

  await test.step('adds a PDSA cycle: a refused end date is shown at its field, then it is saved', async () => {
    await ideas.getByRole('button', { name: `Add a PDSA cycle to ${idea}` }).click();
    const dialog = member.getByRole('dialog', { name: `Add a PDSA cycle to ${idea}` });
    await dialog.getByRole('textbox', { name: 'Title' }).fill(cycle);
    await dialog.getByLabel('Start date').fill(cycleMonth.firstDay);
    await dialog.getByLabel('End date').fill(monthsAgo(6).firstDay);
    await dialog.getByRole('textbox', { name: 'Plan' }).fill('Screen every new child at the front desk for one week.');
    await dialog.getByRole('button', { name: 'Add PDSA cycle' }).click();
    await expect(dialog.getByLabel('End date')).toHaveAttribute('aria-invalid', 'true');
    await dialog.getByLabel('End date').fill(`${cycleMonth.period}-08`);
    await dialog.getByRole('textbox', { name: 'Study' }).fill('Nine of ten children were screened.');
    await dialog.getByRole('combobox', { name: 'Outcome' }).selectOption({ label: 'Adopt' });
    await dialog.getByRole('button', { name: 'Add PDSA cycle' }).click();
    await expect(dialog).toHaveCount(0);
    const cycles = ideas.getByRole('list', { name: `PDSA cycles of ${idea}` });
    await expect(cycles).toContainText(cycle);
    await expect(cycles).toContainText('Outcome: Adopt');
  });

  await test.step('edits the cycle (sent with the version it read)', async () => {
    await ideas.getByRole('button', { name: `Edit PDSA cycle ${cycle}` }).click();
    const dialog = member.getByRole('dialog', { name: `Edit PDSA cycle: ${cycle}` });
    await dialog.getByRole('textbox', { name: 'Act' }).fill('Every clinic screens at the front desk from now on.');
    await dialog.getByRole('button', { name: 'Save PDSA cycle' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(ideas.getByRole('list', { name: `PDSA cycles of ${idea}` })).toContainText('Every clinic screens');
  });

  await test.step('annotates the screening chart at a month and sees it drawn there', async () => {
    await chartSection.getByRole('button', { name: `Annotate the chart of ${SCREENED}` }).click();
    const dialog = member.getByRole('dialog', { name: `Annotate ${SCREENED}` });
    await dialog.getByRole('combobox', { name: 'Month' }).selectOption({ label: noteMonth.label });
    await dialog.getByRole('radio', { name: 'Event' }).check();
    await dialog.getByRole('textbox', { name: 'Annotation' }).fill(note);
    await dialog.getByRole('button', { name: 'Add annotation' }).click();
    await expect(dialog).toHaveCount(0);
    const notes = chartSection.getByRole('list', { name: `Annotations of ${SCREENED}` });
    await expect(notes).toContainText(`${noteMonth.label}: Event: ${note}`);
    // the PDSA cycle is on the chart too, at the month it started (its idea aims at screening)
    await expect(notes).toContainText(`${cycleMonth.label}: PDSA cycle: ${idea}: ${cycle} (outcome: adopt)`);
    await expect(chart.locator(`[data-marker="annotation"][data-period="${noteMonth.period}"] title`)).toContainText(note);
    await expect(chart.locator(`[data-marker="annotation"][data-period="${cycleMonth.period}"] title`)).toContainText(cycle);
    // members read faculty's comments but do not write them
    await expect(chartSection.getByRole('button', { name: 'Post comment' })).toHaveCount(0);
    await checkPage(member, 'improvement-team', testInfo);
  });

  await test.step('downloads the chart as SVG and PNG, named after the measure and the team', async () => {
    for (const kind of ['SVG', 'PNG']) {
      const download = member.waitForEvent('download');
      await chartSection.getByRole('button', { name: `Download ${kind} of ${SCREENED}` }).click();
      expect((await download).suggestedFilename()).toBe(
        `children-screened-for-trauma-at-intake-riverside-family-services-run-chart.${kind.toLowerCase()}`,
      );
    }
  });
  await member.context().close();

  const faculty = await signedInPage(browser, 'faculty2', teamPath);
  const fMain = faculty.getByRole('main');
  const comment = `What made screening rise? ${run}`;
  const coached = `Every clinic for a month ${run}`;

  await test.step('faculty read the team’s work, add a PDSA cycle and comment on its screening chart', async () => {
    await expect(faculty.getByRole('heading', { level: 1, name: `${RIVERSIDE}: metrics` })).toBeVisible();
    const fChart = fMain.getByRole('region', { name: SCREENED });
    await expect(fChart.getByRole('list', { name: `Annotations of ${SCREENED}` })).toContainText(note);
    const fIdeas = fMain.getByRole('region', { name: 'Change ideas and PDSA cycles' });
    await expect(fIdeas.getByRole('heading', { level: 3, name: idea })).toBeVisible();
    // faculty coach on the team's behalf: they record its ideas and cycles too
    await expect(fIdeas.getByRole('button', { name: 'Record a change idea' })).toBeVisible();
    await fIdeas.getByRole('button', { name: `Add a PDSA cycle to ${idea}` }).click();
    const dialog = faculty.getByRole('dialog', { name: `Add a PDSA cycle to ${idea}` });
    await dialog.getByRole('textbox', { name: 'Title' }).fill(coached);
    await dialog.getByLabel('Start date').fill(monthsAgo(3).firstDay);
    await dialog.getByRole('button', { name: 'Add PDSA cycle' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(fIdeas.getByRole('list', { name: `PDSA cycles of ${idea}` })).toContainText(coached);
    const form = fChart.getByRole('form', { name: `Comment on ${SCREENED}` });
    await form.getByRole('textbox', { name: 'Comment for the team' }).fill(comment);
    await form.getByRole('button', { name: 'Post comment' }).click();
    await expect(form.getByRole('status')).toContainText('Your comment was posted');
    await expect(fChart.getByRole('list', { name: `Faculty comments on ${SCREENED}` })).toContainText(comment);
    await expect(fChart.getByRole('list', { name: `Faculty comments on ${SCREENED}` })).toContainText('Felix Trainer');
    await checkPage(faculty, 'improvement-team-faculty', testInfo);
  });

  await test.step('faculty switch the measure’s chart to a p-chart; the annotations stay on it', async () => {
    await fMain.getByRole('link', { name: `Compare ${SCREENED} across teams` }).click();
    await expect(faculty.getByRole('heading', { level: 1, name: `Run charts: ${CPP}` })).toBeVisible();
    await fMain.getByRole('combobox', { name: 'Chart' }).selectOption({ label: 'p-chart (proportions)' });
    const pChart = fMain.getByRole('img', { name: `p-chart (proportions): ${SCREENED}` });
    await expect(pChart).toBeVisible();
    await expect(pChart.locator('[data-line="upper-limit"]')).toBeAttached();
    await expect(pChart.locator(`[data-marker="annotation"][data-period="${noteMonth.period}"]`)).toBeAttached();
    await expect(fMain.getByRole('list', { name: `Annotations of ${SCREENED}` })).toContainText(note);
    await checkPage(faculty, 'improvement-p-chart', testInfo);
  });

  await test.step('and download the report for funders', async () => {
    const report = fMain.getByRole('region', { name: 'Report for funders' });
    const download = faculty.waitForEvent('download');
    await report.getByRole('button', { name: 'Download the report (PDF)' }).click();
    const today = new Date().toISOString().slice(0, 10);
    expect((await download).suggestedFilename()).toMatch(new RegExp(`^collaborative-report-[0-9a-f-]{36}-${today}\\.pdf$`));
  });
  await faculty.context().close();
});
