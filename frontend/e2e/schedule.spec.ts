import { expect, test } from '@playwright/test';

import { apiAs } from './support/api';
import { checkPage, signedInPage } from './support/pages';

/**
 * The issue-6 acceptance scenario on the demo data: faculty take attendance at a learning session
 * and find it in the attendance report; a team member sees their schedule, copies the calendar
 * URL, and that URL (no bearer token) answers an iCalendar with the learning session in it.
 * It runs on a fresh demo database and again on one it already ran against.
 */

const CPP = 'Child-Parent Psychotherapy Collaborative 2026';

test.describe.configure({ mode: 'serial' });
test.setTimeout(240_000);

test('faculty take attendance at a learning session and see it in the report', async ({ browser }, testInfo) => {
  const stamp = Date.now().toString(36);
  const note = `Left at noon on day 2 (${stamp})`;
  const page = await signedInPage(browser, 'faculty2', '/attendance');
  const main = page.getByRole('main');

  await test.step('faculty open the collaborative’s attendance report from their navigation', async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'Attendance and calls' })).toBeVisible();
    await main.getByRole('link', { name: `Attendance report: ${CPP}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Attendance: ${CPP}` })).toBeVisible();
    await expect(
      main.getByRole('list', { name: 'Teams by standing' }).getByRole('article', { name: 'Riverside Family Services' }),
    ).toBeVisible();
  });

  await test.step('take attendance for learning session 2 on one screen: mark all present, one absent, one partial with a note', async () => {
    await main.getByRole('link', { name: 'Take attendance: learning session 2' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Attendance: learning session 2' })).toBeVisible();
    const riverside = main.getByRole('region', { name: 'Riverside Family Services' });
    await expect(riverside.getByRole('group', { name: 'Attendance of Carl Clark' })).toBeVisible();
    await expect(main.getByRole('region', { name: 'Lakeside Youth Center' })).toBeVisible();

    await main.getByRole('button', { name: 'Mark everyone present' }).click();
    // The quick marks are labels around radio buttons.
    await riverside.getByRole('group', { name: 'Attendance of Sara Stone' }).locator('label', { hasText: 'Absent' }).click();
    await riverside.getByRole('group', { name: 'Attendance of Maya Moss' }).locator('label', { hasText: 'Partial' }).click();
    // A partial attendance without a note is refused at the field.
    await main.getByRole('button', { name: 'Save attendance' }).first().click();
    await expect(main.getByRole('link', { name: /Say what Maya Moss missed/ })).toBeVisible();
    await checkPage(page, 'attendance-sheet-errors', testInfo);
    await riverside.getByRole('textbox', { name: /What Maya Moss missed/ }).fill(note);
    await main.getByRole('button', { name: 'Save attendance' }).first().click();
    await expect(main.getByText(/^Attendance saved: \d+ records?\.$/)).toBeVisible();
    await expect(riverside.getByText(`Recorded: Partial (“${note}”)`, { exact: false })).toBeVisible();
    await expect(
      riverside.getByRole('group', { name: 'Attendance of Sara Stone' }).getByRole('radio', { name: /Absent/ }),
    ).toBeChecked();
    await checkPage(page, 'attendance-sheet', testInfo);
  });

  await test.step('the report shows the team at risk, with who missed what', async () => {
    await main.getByRole('link', { name: '← Attendance report' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Attendance: ${CPP}` })).toBeVisible();
    const card = main
      .getByRole('list', { name: 'Teams by standing' })
      .getByRole('article', { name: 'Riverside Family Services' });
    await expect(card.getByText(/At risk/)).toBeVisible();
    await expect(card.getByText(/^Sara Stone \(.*\) was absent from learning session 2/)).toBeVisible();
    await expect(card.getByText(new RegExp(`^Maya Moss \\(.*\\) attended part of learning session 2.*${stamp}`))).toBeVisible();
    await expect(main.getByRole('status').filter({ hasText: /at risk/ })).toBeVisible();
    await checkPage(page, 'attendance-report', testInfo);

    await card.getByRole('link', { name: 'Riverside Family Services' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Attendance: Riverside Family Services' })).toBeVisible();
    const grid = main.getByRole('table', { name: 'Members at each learning session' });
    await expect(
      grid
        .getByRole('row', { name: /Sara Stone/ })
        .getByRole('cell')
        .nth(1),
    ).toHaveText(/Absent/);
    await expect(
      grid
        .getByRole('row', { name: /Maya Moss/ })
        .getByRole('cell')
        .nth(1),
    ).toHaveText(/Partial/);
    await checkPage(page, 'attendance-team', testInfo);
  });
  await page.context().close();
});

test('a team member sees their schedule, copies the calendar URL, and the URL answers the calendar', async ({
  browser,
  request,
}, testInfo) => {
  // The learning sessions the person is expected at, around today (through the API, with their token).
  const member = await apiAs(browser, 'riverside.clinician');
  const today = new Date();
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const from = iso(new Date(today.getTime() - 170 * 86_400_000));
  const to = iso(new Date(today.getTime() + 180 * 86_400_000));
  const scheduleAnswer = await member.api.get(`/api/me/schedule?from=${from}&to=${to}`);
  expect(scheduleAnswer.ok(), await scheduleAnswer.text()).toBe(true);
  const items = (
    (await scheduleAnswer.json()) as {
      items: { type: string; id: string; title: string; collaborativeTitle: string; startDate: string }[];
    }
  ).items;
  await member.dispose();
  const sessions = items.filter((i) => i.type === 'LEARNING_SESSION' && i.collaborativeTitle === CPP);
  expect(sessions.length, 'the CPP collaborative’s learning sessions in the team member’s schedule').toBeGreaterThan(0);
  // The session nearest to today: in the schedule's next or past three months.
  const nearest = [...sessions].sort(
    (a, b) => Math.abs(Date.parse(a.startDate) - today.getTime()) - Math.abs(Date.parse(b.startDate) - today.getTime()),
  )[0]!;

  const page = await signedInPage(browser, 'riverside.clinician', '/schedule', {
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const main = page.getByRole('main');

  await test.step('the schedule lists the learning session with its collaborative', async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'My schedule' })).toBeVisible();
    if (nearest.startDate < iso(today)) {
      await main.getByRole('combobox', { name: 'Show' }).selectOption('past-90');
    }
    const card = main
      .getByRole('article', { name: new RegExp(`^Learning session \\d+: ${nearest.title}$`) })
      .filter({ hasText: CPP });
    await expect(card.first()).toBeVisible();
    await expect(card.first().getByText('(all day)', { exact: false })).toBeVisible();
    await checkPage(page, 'my-schedule', testInfo);
  });

  let url = '';
  await test.step('copies the calendar URL, with a visible confirmation', async () => {
    const panel = main.getByRole('region', { name: 'Subscribe in your calendar program' });
    const rotate = panel.getByRole('button', { name: 'Rotate and copy a new link' });
    const copy = panel.getByRole('button', { name: 'Copy calendar URL' });
    await expect(copy.or(rotate)).toBeVisible();
    if (await rotate.isVisible()) {
      // A link made before links could be shown again: a new one is made (after the warning).
      await rotate.click();
      const dialog = page.getByRole('dialog', { name: 'Make a new calendar link?' });
      await expect(dialog).toContainText('stops working');
      await dialog.getByRole('button', { name: 'Make a new link' }).click();
    } else {
      await copy.click();
    }
    await expect(panel.getByText(/copied to the clipboard/)).toBeVisible();
    url = await page.evaluate(() => navigator.clipboard.readText());
    expect(url).toMatch(/^https?:\/\/.+\/api\/calendar-feeds\/[A-Za-z0-9_-]{20,}$/);
    await expect(panel.getByRole('textbox', { name: /Calendar URL/ })).toHaveValue(url);
    await checkPage(page, 'my-schedule-calendar-link', testInfo);

    // Rotating asks first and says the old URL stops working.
    await panel.getByRole('button', { name: 'Rotate', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Make a new calendar link?' });
    await expect(dialog).toContainText('Your current calendar URL stops working at once');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step('the copied URL answers an iCalendar with the session, without a bearer token', async () => {
    const answer = await request.get(url, { headers: { Accept: 'text/calendar' } });
    expect(answer.status(), await answer.text()).toBe(200);
    expect(answer.headers()['content-type']).toMatch(/^text\/calendar/);
    // Long lines are folded (RFC 5545, 3.1): unfold before looking.
    const body = (await answer.text()).replace(/\r?\n[ \t]/g, '');
    expect(body).toContain('BEGIN:VCALENDAR');
    expect(body).toContain(`UID:learning-session-${nearest.id}@lcp`);
    expect(body).toMatch(new RegExp(`SUMMARY:[^\\r\\n]*${nearest.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  await test.step('the collaborative’s month shows the session', async () => {
    await page.goto('/collaboratives?q=' + encodeURIComponent('Child-Parent'));
    await main.getByRole('link', { name: CPP }).click();
    await main.getByRole('region', { name: 'Schedule, calls and attendance' }).getByRole('link', { name: 'Calendar' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Calendar: ${CPP}` })).toBeVisible();
    const month = nearest.startDate.slice(0, 7);
    await page.goto(`${new URL(page.url()).pathname}?month=${month}`);
    await expect(
      main
        .getByRole('table')
        .getByRole('link', { name: new RegExp(nearest.title) })
        .first(),
    ).toBeVisible();
    await checkPage(page, 'collaborative-calendar', testInfo);
  });
  await page.context().close();
});

test('faculty schedule a call series, move and cancel one call, change the rest, and archive a held call', async ({
  browser,
}, testInfo) => {
  const stamp = Date.now().toString(36);
  const topic = `E2E consultation ${stamp}`;
  const covered = `E2E topic ${stamp}`;
  const page = await signedInPage(browser, 'faculty2', '/attendance');
  const main = page.getByRole('main');
  const cards = () => main.getByRole('article').filter({ has: page.getByRole('link', { name: topic, exact: true }) });

  await test.step('the series form refuses what is missing, then schedules three calls from the rule', async () => {
    await main.getByRole('link', { name: `Calls: ${CPP}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Calls: ${CPP}` })).toBeVisible();
    await checkPage(page, 'calls', testInfo);
    await main.getByRole('link', { name: 'Schedule a series' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Schedule a call series: ${CPP}` })).toBeVisible();
    await main.getByRole('button', { name: 'Schedule the series' }).click();
    const summary = main.getByRole('alert').filter({ hasText: 'The series was not saved' });
    await expect(summary.getByRole('link', { name: 'Enter the topic.' })).toBeVisible();
    await expect(summary.getByRole('link', { name: 'Choose the weekday.' })).toBeVisible();
    await checkPage(page, 'call-series-form-errors', testInfo);

    await main.getByRole('textbox', { name: 'Topic', exact: true }).fill(topic);
    await main.getByRole('combobox', { name: 'On', exact: true }).selectOption('THURSDAY');
    // A time input has no role: found by its id.
    await main.locator('#call-startTime').fill('15:00');
    await main.getByRole('combobox', { name: 'Time zone' }).selectOption('America/Chicago');
    await main.getByRole('spinbutton', { name: 'Number of calls' }).fill('3');
    await main.getByRole('textbox', { name: 'Video link' }).fill('https://video.example.org/e2e');
    await expect(main.getByText(/Every 2 weeks on Thursday at 15:00 \(America\/Chicago\): 3 calls/)).toBeVisible();
    await main.getByRole('button', { name: 'Schedule the series' }).click();
    await expect(main.getByText(`Series “${topic}” scheduled: 3 calls.`)).toBeVisible();
    await expect(cards()).toHaveCount(3);
  });

  await test.step('one call is moved, then cancelled; the others keep', async () => {
    await cards().first().getByRole('link', { name: topic }).click();
    await expect(page.getByRole('heading', { level: 1, name: topic })).toBeVisible();
    await expect(main.getByText(/03:00 PM – 04:00 PM C[SD]T \(America\/Chicago\)/)).toBeVisible();
    await checkPage(page, 'call', testInfo);
    await main.getByRole('link', { name: 'Change or move this call' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Change the call: ${topic}` })).toBeVisible();
    await main.locator('#call-time').fill('16:30');
    await main.getByRole('button', { name: 'Save this call' }).click();
    await expect(page.getByRole('heading', { level: 1, name: topic })).toBeVisible();
    await expect(main.getByText(/04:30 PM – 05:30 PM C[SD]T \(America\/Chicago\)/)).toBeVisible();

    await main.getByRole('button', { name: 'Cancel this call' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cancel this call?' });
    await expect(dialog).toContainText('the rest of its series keeps');
    await dialog.getByLabel('Reason (optional)').fill('E2E: the facilitator is away');
    await checkPage(page, 'call-cancel-dialog', testInfo);
    await dialog.getByRole('button', { name: 'Cancel the call' }).click();
    await expect(main.getByRole('alert').filter({ hasText: 'This call is cancelled' })).toContainText(
      'E2E: the facilitator is away',
    );
  });

  await test.step('the series is changed from its second call on: one call left, the last cancelled', async () => {
    await main.getByRole('link', { name: `← Calls of ${CPP}` }).click();
    await expect(cards().first().getByText('Cancelled', { exact: true })).toBeVisible();
    await cards().nth(1).getByRole('link', { name: topic }).click();
    await main.getByRole('link', { name: 'Change the series from this call on' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Change the series: ${topic}` })).toBeVisible();
    await expect(main.getByRole('combobox', { name: 'On', exact: true })).toHaveValue('THURSDAY');
    await main.getByRole('spinbutton', { name: 'Number of calls' }).fill('1');
    await checkPage(page, 'call-series-change', testInfo);
    await main.getByRole('button', { name: 'Change the series from this call on' }).click();
    await expect(main.getByText('The series was changed from this call on.')).toBeVisible();
    await main.getByRole('link', { name: `← Calls of ${CPP}` }).click();
    await expect(cards()).toHaveCount(3);
    await expect(cards().nth(1).getByText('Scheduled', { exact: true })).toBeVisible();
    await expect(cards().nth(2).getByText('Cancelled', { exact: true })).toBeVisible();
  });

  await test.step('a held call’s archive entry gets a topic, and the archive finds the call by it', async () => {
    await main.getByRole('combobox', { name: 'When' }).selectOption('past');
    const held = main.getByRole('article').filter({ hasText: 'CPP case consultation' }).filter({ hasText: 'Held' }).first();
    await held.getByRole('link', { name: 'CPP case consultation' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'CPP case consultation' })).toBeVisible();
    await main.getByRole('link', { name: 'Edit the archive entry' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Archive entry: CPP case consultation' })).toBeVisible();
    const topics = main.getByRole('textbox', { name: 'Topics covered' });
    await topics.fill(`${await topics.inputValue()}\n${covered}`);
    await checkPage(page, 'call-archive-entry', testInfo);
    await main.getByRole('button', { name: 'Save the archive entry' }).click();
    await expect(main.getByText('The archive entry was saved.')).toBeVisible();
    await main.getByRole('list', { name: 'Topics covered' }).getByRole('link', { name: covered }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Call archive: ${CPP}` })).toBeVisible();
    await expect(main.getByText('1 archived call')).toBeVisible();
    await main.getByRole('button', { name: 'Show every topic' }).click();
    await main.getByRole('searchbox', { name: /Search by topic/ }).fill(stamp);
    await main.getByRole('button', { name: 'Search' }).click();
    await expect(main.getByText('1 archived call')).toBeVisible();
    await checkPage(page, 'call-archive', testInfo);
  });
  await page.context().close();
});

test('a member of a registered organisation registers interest in an informational call', async ({ browser }, testInfo) => {
  const SCHOOLS = 'Trauma-Informed Schools Learning Community';
  const page = await signedInPage(
    browser,
    'lakeside.clinician',
    `/collaboratives?q=${encodeURIComponent('Trauma-Informed Schools')}`,
  );
  const main = page.getByRole('main');
  await main.getByRole('link', { name: SCHOOLS }).click();
  await expect(page.getByRole('heading', { level: 1, name: SCHOOLS })).toBeVisible();
  await main
    .getByRole('region', { name: 'Schedule, calls and attendance' })
    .getByRole('link', { name: 'Calls', exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: `Calls: ${SCHOOLS}` })).toBeVisible();
  const card = main.getByRole('article').filter({ hasText: 'Informational call' }).first();
  await card.getByRole('link').first().click();
  await expect(main.getByRole('region', { name: 'Register interest' })).toBeVisible();

  const registered = main.getByRole('article', { name: 'Registration of Lakeside Youth Center' });
  const form = main.getByRole('form', { name: 'Register interest' });
  await expect(registered.or(form)).toBeVisible();
  if (!(await registered.isVisible()) && (await form.isVisible())) {
    // Another spec makes him senior leader of a second organisation: he chooses which one registers.
    const organisation = form.getByRole('combobox', { name: 'Organisation' });
    if (await organisation.isVisible()) await organisation.selectOption({ label: 'Lakeside Youth Center' });
    await expect(form.getByRole('textbox', { name: 'Name of person 1' })).not.toHaveValue('');
    await form.getByRole('button', { name: 'Add a person' }).click();
    await form.getByRole('textbox', { name: 'Name of person 2' }).fill('Lena Lake');
    await form.getByRole('textbox', { name: 'E-mail of person 2' }).fill('lena.lake@lakeside.example.org');
    await checkPage(page, 'informational-call-register', testInfo);
    await form.getByRole('button', { name: 'Register interest' }).click();
  }
  await expect(registered.getByText('Lakeside Youth Center is registered')).toBeVisible();
  await expect(registered.getByRole('list', { name: 'Who from Lakeside Youth Center will join' })).toContainText('Lena Lake');
  await checkPage(page, 'informational-call-registered', testInfo);
  await page.context().close();
});
