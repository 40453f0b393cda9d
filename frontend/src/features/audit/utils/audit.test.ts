import { describe, expect, it } from 'vitest';

import type { AuditEvent } from '../api/get-audit-events';
import { actionLabel, auditFilters, fieldChanges, fieldLabel, formatValue, subjectPath } from './audit';

const event = (e: Partial<AuditEvent>): AuditEvent => ({
  id: 'e',
  occurredAt: '2026-11-20T10:15:00Z',
  actorKind: 'PERSON',
  action: 'x.updated',
  entityType: 'x',
  ...e,
});

describe('audit words and values', () => {
  it('names actions and fields in words', () => {
    expect(actionLabel('collaborative.phase-changed')).toBe('Phase changed');
    expect(fieldLabel('countryCode')).toBe('Country code');
    expect(fieldLabel('minClinicians')).toBe('Min clinicians');
  });

  it('formats values readably', () => {
    expect(formatValue(null)).toBe('—');
    expect(formatValue(undefined)).toBe('—');
    expect(formatValue(true)).toBe('Yes');
    expect(formatValue(['a', 'b'])).toBe('a, b');
    expect(formatValue({ a: 1 })).toBe('{"a":1}');
    expect(formatValue(3.5)).toBe('3.5');
  });

  it('lists every field of either snapshot, marking the changed ones', () => {
    expect(fieldChanges(event({ before: { phase: 'DRAFT', title: 'A' }, after: { phase: 'ANNOUNCED', title: 'A' } }))).toEqual([
      { field: 'phase', before: 'DRAFT', after: 'ANNOUNCED', changed: true },
      { field: 'title', before: 'A', after: 'A', changed: false },
    ]);
    expect(fieldChanges(event({ before: { role: 'CLINICIAN' } }))).toEqual([
      { field: 'role', before: 'CLINICIAN', after: undefined, changed: true },
    ]);
    expect(fieldChanges(event({}))).toEqual([]);
  });

  it('links a subject to its page where there is one', () => {
    expect(subjectPath(event({ entityType: 'organization', entityId: 'o1' }))).toBe('/organizations/o1');
    expect(subjectPath(event({ entityType: 'member', entityId: 'm1', organizationId: 'o1' }))).toBe('/organizations/o1');
    expect(subjectPath(event({ entityType: 'measure', entityId: 'm1', collaborativeId: 'c1' }))).toBe('/collaboratives/c1');
    expect(subjectPath(event({ entityType: 'review', entityId: 'a1', collaborativeId: 'c1' }))).toBe('/applications/a1');
    expect(subjectPath(event({ entityType: 'calendar-feed', entityId: 'u1' }))).toBeUndefined();
  });

  it('reads the filters of the address', () => {
    const { filters, rangeError } = auditFilters(
      new URLSearchParams('who=%20ada%20&action=member.&from=2026-02-01&to=2026-02-28'),
    );
    expect(filters).toMatchObject({ actorSearch: 'ada', actionPrefix: 'member.' });
    expect(filters.from).toBe(new Date(2026, 1, 1).toISOString());
    expect(filters.to).toBe(new Date(2026, 2, 1).toISOString());
    expect(rangeError).toBeUndefined();
    expect(auditFilters(new URLSearchParams('from=2026-03-01&to=2026-02-01')).rangeError).toBeDefined();
  });
});
