import { HttpResponse, http } from 'msw';

import type { ChangeIdea } from '@/features/improvement/api/change-ideas';
import type { ChartComment } from '@/features/improvement/api/chart-notes';
import type { PdsaCycle } from '@/features/improvement/api/pdsa-cycles';
import { RIVERSIDE_ID, TFCBT_ID } from './data';
import { apiUrl, page } from './http';

export const IDEA_ID = '00000000-0000-4000-8000-000000000901';
export const CYCLE_ID = '00000000-0000-4000-8000-000000000911';

export function changeIdea(overrides: Partial<ChangeIdea> = {}): ChangeIdea {
  return {
    id: IDEA_ID,
    collaborativeId: TFCBT_ID,
    organizationId: RIVERSIDE_ID,
    title: 'Screen every child at intake',
    status: 'TESTING',
    measureIds: ['00000000-0000-4000-8000-000000000701'],
    createdByName: 'Cal Clinician',
    createdAt: '2026-03-02T10:00:00Z',
    updatedAt: '2026-03-02T10:00:00Z',
    ...overrides,
  };
}

export function pdsaCycle(overrides: Partial<PdsaCycle> = {}): PdsaCycle {
  return {
    id: CYCLE_ID,
    changeIdeaId: IDEA_ID,
    collaborativeId: TFCBT_ID,
    organizationId: RIVERSIDE_ID,
    title: 'One clinic, one week',
    plan: 'Screen every new child at the front desk for a week.',
    startDate: '2026-03-09',
    measureIds: [],
    createdByName: 'Cal Clinician',
    createdAt: '2026-03-02T10:00:00Z',
    updatedAt: '2026-03-02T10:00:00Z',
    ...overrides,
  };
}

export function chartComment(overrides: Partial<ChartComment> = {}): ChartComment {
  return {
    id: '00000000-0000-4000-8000-000000000921',
    collaborativeId: TFCBT_ID,
    organizationId: RIVERSIDE_ID,
    measureId: '00000000-0000-4000-8000-000000000701',
    body: 'A fine shift: what changed in March?',
    createdByName: 'Felix Trainer',
    createdAt: '2026-04-02T10:00:00Z',
    ...overrides,
  };
}

/** A team without change ideas or comments yet; tests add what they check. */
export const improvementHandlers = [
  http.get(apiUrl('/api/collaboratives/:id/change-ideas'), () => HttpResponse.json(page([], 100))),
  http.get(apiUrl('/api/collaboratives/:id/change-ideas/:ideaId/pdsa-cycles'), () => HttpResponse.json(page([], 100))),
  http.get(apiUrl('/api/collaboratives/:id/chart-comments'), () => HttpResponse.json(page([], 100))),
];
