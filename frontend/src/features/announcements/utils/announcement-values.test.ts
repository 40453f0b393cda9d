import { describe, expect, it } from 'vitest';

import { TFCBT_ID, admin, faculty1, faculty2, riversideClinician } from '@/testing/mocks/data';
import { announcementChecks, canPublishAnnouncements, paragraphs, toInput, toPatch } from './announcement-values';

const community = { collaborativeId: TFCBT_ID, kind: 'LEARNING_COMMUNITY', phase: 'ACTIVE' } as const;
const collaborative = { ...community, kind: 'LEARNING_COLLABORATIVE' } as const;

/** Riverside's clinician with a row in the community (as /api/me lists it). */
const facilitating = (status: 'ACTIVE' | 'PENDING', facilitator: boolean) => ({
  ...riversideClinician,
  communities: [{ collaborativeId: TFCBT_ID, status, facilitator }],
});

describe('who may publish announcements', () => {
  it('network-wide: admins only', () => {
    expect(canPublishAnnouncements(admin)).toBe(true);
    expect(canPublishAnnouncements(faculty1)).toBe(false);
    expect(canPublishAnnouncements(riversideClinician)).toBe(false);
    expect(canPublishAnnouncements({ ...admin, kind: 'MACHINE_CLIENT' })).toBe(false);
  });

  it('in a learning community: admins, its faculty (lead or not) and its facilitators', () => {
    expect(canPublishAnnouncements(admin, community)).toBe(true);
    expect(canPublishAnnouncements(faculty2, community)).toBe(true);
    expect(canPublishAnnouncements(facilitating('ACTIVE', true), community)).toBe(true);
    expect(canPublishAnnouncements(facilitating('PENDING', true), community)).toBe(false);
    expect(canPublishAnnouncements(facilitating('ACTIVE', false), community)).toBe(false);
    expect(canPublishAnnouncements(riversideClinician, community)).toBe(false);
    expect(canPublishAnnouncements(faculty1, { ...community, collaborativeId: 'another' })).toBe(false);
  });

  it('in a learning collaborative: admins and its lead faculty', () => {
    expect(canPublishAnnouncements(admin, collaborative)).toBe(true);
    expect(canPublishAnnouncements(faculty1, collaborative)).toBe(true);
    expect(canPublishAnnouncements(faculty2, collaborative)).toBe(false);
    // A facilitator is a community's only.
    expect(canPublishAnnouncements(facilitating('ACTIVE', true), collaborative)).toBe(false);
  });

  it('nobody in a closed one', () => {
    expect(canPublishAnnouncements(admin, { ...community, phase: 'CLOSED' })).toBe(false);
    expect(canPublishAnnouncements(faculty1, { ...collaborative, phase: 'CLOSED' })).toBe(false);
  });
});

describe('the form’s values', () => {
  const now = () => Date.parse('2026-06-01T12:00:00Z');

  it('names what is missing or too long', () => {
    const checks = announcementChecks(now);
    expect(checks.title('  ')).toBe('Enter the title.');
    expect(checks.title('x'.repeat(201))).toBe('At most 200 characters.');
    expect(checks.body('')).toBe('Enter the text.');
    expect(checks.body('x'.repeat(10_001))).toBe('At most 10000 characters.');
    expect(checks.pinnedUntil('')).toBeNull();
    expect(checks.pinnedUntil('2026-01-01T10:00')).toBe('Choose a time in the future.');
    expect(checks.pinnedUntil('2099-01-01T10:00')).toBeNull();
  });

  it('does not check again a pin left as it was', () => {
    expect(announcementChecks(now, '2026-01-01T10:00').pinnedUntil('2026-01-01T10:00')).toBeNull();
  });

  it('sends the text trimmed, and the pin only when there is one', () => {
    expect(toInput({ title: ' News ', body: ' Hello \n', pinnedUntil: '' })).toEqual({ title: 'News', body: 'Hello' });
    expect(toInput({ title: 'N', body: 'B', pinnedUntil: '2099-01-01T10:00' }).pinnedUntil).toMatch(/^2099-01-01T/);
  });

  it('changes only what changed; a pin cleared is unpin', () => {
    const base = { title: 'News', body: 'Hello', pinnedUntil: '2099-01-01T10:00' };
    expect(toPatch(base, base)).toEqual({});
    expect(toPatch({ ...base, body: 'Hello again' }, base)).toEqual({ body: 'Hello again' });
    expect(toPatch({ ...base, pinnedUntil: '' }, base)).toEqual({ unpin: true });
    expect(toPatch({ ...base, pinnedUntil: '2099-02-01T10:00' }, base).pinnedUntil).toMatch(/^2099-02-01T/);
  });

  it('splits the text into paragraphs at blank lines, keeping line breaks', () => {
    expect(paragraphs('One\nline two\n\n\nTwo\r\n\r\nThree ')).toEqual(['One\nline two', 'Two', 'Three']);
  });
});
