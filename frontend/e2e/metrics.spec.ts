import { expect, test, type Page } from '@playwright/test';

import { checkPage, openFromList, signedInPage } from './support/pages';

// The demo's running collaborative: Riverside has reported every measure up to two months ago
// (its screening rate shifted up over the last eight of them); last month is still owed.
const CPP = 'Child-Parent Psychotherapy Collaborative 2026';
const SCREENED = 'Children screened for trauma at intake';
const ACTIVE = 'Families in CPP treatment';
const SESSIONS = 'CPP sessions per family';
const DROPOUT = 'Families who left treatment early';

test.describe.configure({ mode: 'serial' });
test.setTimeout(240_000);

/** A month `back` months before this one, as the API writes periods (YYYY-MM) and as the web client names it. */
function monthsAgo(back: number): { period: string; label: string } {
  const now = new Date();
  const d = new Date(now.getFullYear(), now.getMonth() - back, 1);
  return {
    period: `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`,
    label: new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric' }).format(d),
  };
}

const lastMonth = () => monthsAgo(1);

/** The demo measures' due day: a month's values are due on this day of the following month. */
const DUE_DAY = 15;

/**
 * The latest month already overdue today, as the API decides it (in UTC, after the due day): last
 * month from the 16th on, the month before it until then.
 */
const latestOverdueMonth = () => monthsAgo(new Date().getUTCDate() > DUE_DAY ? 1 : 2);

/** The collaborative's page, found through the list's search. */
const openCollaborative = (page: Page) => openFromList(page, '/collaboratives', CPP);

const csv = (lines: string[]) => ({
  name: 'riverside-metrics.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(`${lines.join('\n')}\n`),
});

test('a team member uploads a CSV file, fixes the refused rows and sees the values; faculty see the shift', async ({
  browser,
}, testInfo) => {
  const { period, label } = lastMonth();
  const member = await signedInPage(browser, 'riverside.clinician', '/collaboratives');
  const main = member.getByRole('main');
  const cell = (measure: string, field?: string) =>
    main.getByRole('textbox', { name: `${measure}, ${label}${field ? `, ${field}` : ''}`, exact: true });

  await test.step('the team member opens the data of the collaborative: last month is owed', async () => {
    await openCollaborative(member);
    await main.getByRole('link', { name: 'Data', exact: true }).click();
    await expect(member.getByRole('heading', { level: 1, name: `Data: ${CPP}` })).toBeVisible();
    await expect(main.getByRole('heading', { name: 'Enter values for Riverside Family Services' })).toBeVisible();
    await expect(main.getByRole('table', { name: 'Values by measure and period' })).toBeVisible();
    await expect(cell(ACTIVE)).toBeEditable();
    await checkPage(member, 'metrics-data', testInfo);
  });

  await test.step('uploads a CSV file with two bad rows and sees exactly those in the preview', async () => {
    await main
      .getByLabel('CSV file for Riverside Family Services')
      .setInputFiles(
        csv([
          'measureKey,period,value,numerator,denominator',
          `screened,${period},,21,18`,
          `active-cases,${period},41,,`,
          `sessions-per-case,${period},3.4,,`,
          `screend,${period},,16,18`,
          `dropout,${period},,1,8`,
        ]),
      );
    const preview = main.getByRole('region', { name: 'Preview of riverside-metrics.csv (nothing written yet)' });
    await expect(preview.getByText('2 rows would be refused')).toBeVisible();
    const rows = preview.getByRole('table', { name: 'Rejected rows' }).getByRole('row');
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(1)).toContainText('1');
    await expect(rows.nth(1)).toContainText('numerator');
    await expect(rows.nth(1)).toContainText('must not be greater than the denominator (18)');
    await expect(rows.nth(2)).toContainText('4');
    await expect(rows.nth(2)).toContainText('measureKey');
    await expect(rows.nth(2)).toContainText("'screend' is not a measure of this collaborative");
    await expect(preview.getByRole('button', { name: /^Import \d+ rows$/ })).toHaveCount(0);
    // Nothing was written.
    await expect(cell(ACTIVE)).toHaveValue('');
    await checkPage(member, 'metrics-csv-preview', testInfo);
  });

  await test.step('fixes the file, picks it again, imports it and sees the values in the grid', async () => {
    await main
      .getByLabel('CSV file for Riverside Family Services')
      .setInputFiles(
        csv([
          'measureKey,period,value,numerator,denominator',
          `screened,${period},,16,18`,
          `active-cases,${period},41,,`,
          `sessions-per-case,${period},3.4,,`,
          `dropout,${period},,1,8`,
        ]),
      );
    await expect(main.getByRole('table', { name: 'Rejected rows' })).toHaveCount(0);
    await main.getByRole('button', { name: 'Import 4 rows' }).click();
    await expect(main.getByText(/^Imported riverside-metrics\.csv: /)).toBeVisible();
    await expect(cell(ACTIVE)).toHaveValue('41');
    await expect(cell(SESSIONS)).toHaveValue('3.4');
    await expect(cell(SCREENED, 'numerator')).toHaveValue('16');
    await expect(cell(SCREENED, 'denominator')).toHaveValue('18');
    await expect(cell(DROPOUT, 'numerator')).toHaveValue('1');
    await checkPage(member, 'metrics-csv-imported', testInfo);
  });

  await test.step('the team member sees the team’s own run charts', async () => {
    await main.getByRole('navigation', { name: 'Metrics' }).getByRole('link', { name: 'Run charts' }).click();
    await expect(member.getByRole('heading', { level: 1, name: `Run charts: ${CPP}` })).toBeVisible();
    await expect(main.getByRole('combobox', { name: 'Team' })).toHaveCount(0);
    await main.getByRole('combobox', { name: 'Measure' }).selectOption({ label: SCREENED });
    await expect(main.getByRole('list', { name: 'Signals of Riverside Family Services' })).toContainText(
      'Shift above the median',
    );
  });
  await member.context().close();

  const faculty = await signedInPage(browser, 'faculty2', '/collaboratives');
  const fMain = faculty.getByRole('main');

  await test.step('lead faculty open the run chart of screening and see Riverside’s shift marked', async () => {
    await openCollaborative(faculty);
    await fMain.getByRole('link', { name: 'Run charts', exact: true }).click();
    await expect(faculty.getByRole('heading', { level: 1, name: `Run charts: ${CPP}` })).toBeVisible();
    await fMain.getByRole('combobox', { name: 'Measure' }).selectOption({ label: SCREENED });
    await expect(fMain.getByRole('list', { name: 'Teams with signals' })).toContainText(
      /Riverside Family Services: .*Shift above the median/,
    );
    await fMain.getByRole('combobox', { name: 'Team' }).selectOption({ label: 'Riverside Family Services' });
    const signals = fMain.getByRole('list', { name: 'Signals of Riverside Family Services' });
    await expect(signals).toContainText(/Shift above the median: .* \d+ points \(improvement\)/);
    const chart = fMain.getByRole('img', { name: `Run chart: ${SCREENED}` });
    await expect(chart).toBeVisible();
    // The shift's points are drawn as diamonds, apart from the other points.
    expect(await chart.locator('.lcp-rc-primary .lcp-rc-signal[data-signal="SHIFT_ABOVE"]').count()).toBeGreaterThanOrEqual(6);
    await expect(chart.getByText(/^Median \d+%$/)).toBeVisible();
    await expect(fMain.getByText('Target 90%', { exact: true })).toBeVisible();
    await checkPage(faculty, 'metrics-run-chart', testInfo);
  });

  await test.step('and every team’s chart of screening side by side, Riverside’s shift among them', async () => {
    await fMain.getByRole('combobox', { name: 'View' }).selectOption({ label: 'Every team side by side' });
    await expect(fMain.getByText(/^\d+ teams? with values; /)).toBeVisible();
    const card = fMain.locator('section', { has: faculty.getByRole('heading', { level: 2, name: 'Riverside Family Services' }) });
    await expect(card.getByRole('list', { name: 'Signals of Riverside Family Services' })).toContainText(
      'Shift above the median',
    );
    await expect(card.getByRole('img', { name: new RegExp(`^Run chart: ${SCREENED}: Riverside Family Services`) })).toBeVisible();
    await expect(fMain.getByRole('combobox', { name: 'Team' })).toHaveCount(0);
    await checkPage(faculty, 'metrics-small-multiples', testInfo);
    await fMain.getByRole('combobox', { name: 'View' }).selectOption({ label: 'One chart' });
  });

  await test.step('and the completeness of every team, with Lakeside’s owed months', async () => {
    await fMain.getByRole('navigation', { name: 'Metrics' }).getByRole('link', { name: 'Completeness' }).click();
    await expect(faculty.getByRole('heading', { level: 1, name: `Completeness: ${CPP}` })).toBeVisible();
    const lakeside = fMain.getByRole('table', { name: 'Completeness of Lakeside Youth Center' });
    const overdue = latestOverdueMonth().label;
    await expect(lakeside.getByRole('img', { name: `${ACTIVE}, ${overdue}: Missing (overdue)` })).toHaveText('M');
    const riverside = fMain.getByRole('table', { name: 'Completeness of Riverside Family Services' });
    await expect(riverside.getByRole('img', { name: new RegExp(`^${ACTIVE}, ${label}: Reported`) })).toBeVisible();
    await expect(fMain.getByRole('table', { name: 'Overdue values' })).toBeVisible();
    await expect(fMain.getByRole('form', { name: 'Unlock a month for a team' })).toBeVisible();
    await checkPage(faculty, 'metrics-completeness', testInfo);
  });

  await test.step('and a team’s page with all its measures', async () => {
    await fMain.getByRole('link', { name: 'Riverside Family Services' }).click();
    await expect(faculty.getByRole('heading', { level: 1, name: 'Riverside Family Services: metrics' })).toBeVisible();
    for (const measure of [SCREENED, ACTIVE, SESSIONS, DROPOUT]) {
      await expect(fMain.getByRole('heading', { level: 2, name: measure })).toBeVisible();
    }
    await checkPage(faculty, 'metrics-team', testInfo);
  });
  await faculty.context().close();
});
