import { describe, expect, it } from 'vitest';

import {
  emptyCollaborativeValues,
  toUpdateBody,
  validateCollaborative,
  type CollaborativeFormValues,
} from './collaborative-form-values';

const valid = (overrides: Partial<CollaborativeFormValues> = {}): CollaborativeFormValues => ({
  ...emptyCollaborativeValues(),
  title: 'TF-CBT 2026',
  practice: 'TF-CBT',
  ...overrides,
});

describe('validateCollaborative (the contract’s rules)', () => {
  it('accepts a minimal collaborative', () => {
    expect(validateCollaborative(valid())).toEqual({});
  });

  it('needs a title and a practice that are not blank, and at most 200 characters', () => {
    expect(validateCollaborative(valid({ title: '   ', practice: 'x'.repeat(201) }))).toEqual({
      title: 'Enter a title.',
      practice: 'The practice can have at most 200 characters.',
    });
  });

  it('accepts an end date equal to the start date, not before it', () => {
    expect(validateCollaborative(valid({ startDate: '2026-09-01', endDate: '2026-09-01' }))).toEqual({});
    expect(validateCollaborative(valid({ startDate: '2026-09-01', endDate: '2026-08-31' })).endDate).toBe(
      'The end date must be on or after the start date.',
    );
  });

  it('needs applications to close strictly after they open', () => {
    const at = '2026-04-01T12:00';
    expect(validateCollaborative(valid({ applicationsOpenAt: at, applicationsCloseAt: at })).applicationsCloseAt).toBe(
      'Applications must close after they open.',
    );
  });

  it('keeps numbers within the contract’s bounds', () => {
    expect(validateCollaborative(valid({ capacity: 0, minClinicians: 51, learningSessionCount: 13 }))).toEqual({
      capacity: 'The number of places must be between 1 and 1000.',
      minClinicians: 'The fewest clinicians must be between 1 and 50.',
      learningSessionCount: 'The number of learning sessions must be between 0 and 12.',
    });
  });

  it('needs the application window once applications have opened (learning collaboratives)', () => {
    expect(Object.keys(validateCollaborative(valid(), 'REVIEW'))).toEqual(['applicationsOpenAt', 'applicationsCloseAt']);
    expect(validateCollaborative(valid({ kind: 'LEARNING_COMMUNITY' }), 'ACTIVE')).toEqual({});
    expect(validateCollaborative(valid(), 'ANNOUNCED')).toEqual({});
  });
});

describe('toUpdateBody', () => {
  it('trims, converts local times to instants and leaves out empty fields', () => {
    const body = toUpdateBody(valid({ title: ' TF-CBT ', capacity: '', applicationsOpenAt: '2026-04-01T12:00' }));
    expect(body).toEqual({
      title: 'TF-CBT',
      practice: 'TF-CBT',
      kind: 'LEARNING_COLLABORATIVE',
      minClinicians: 2,
      applicationsOpenAt: new Date('2026-04-01T12:00').toISOString(),
    });
  });
});
