/** Query keys of this feature: every key starts with 'attendance'. */
export const attendanceKeys = {
  all: ['attendance'] as const,
  session: (collaborativeId: string, sessionId: string) =>
    [...attendanceKeys.all, 'session', collaborativeId, sessionId] as const,
  histories: (collaborativeId: string, sessionId: string) =>
    [...attendanceKeys.all, 'history', collaborativeId, sessionId] as const,
  history: (collaborativeId: string, sessionId: string, rosterMemberId: string) =>
    [...attendanceKeys.histories(collaborativeId, sessionId), rosterMemberId] as const,
  call: (callId: string) => [...attendanceKeys.all, 'call', callId] as const,
  reports: () => [...attendanceKeys.all, 'report'] as const,
  collaborativeReport: (collaborativeId: string, params: object) =>
    [...attendanceKeys.reports(), 'collaborative', collaborativeId, params] as const,
  teamReport: (teamId: string) => [...attendanceKeys.reports(), 'team', teamId] as const,
};
