import { useMe } from '@/lib/auth/me';
import { useCollaborative, useFaculty } from '@/lib/queries/collaboratives';
import { useTeams } from '@/lib/queries/teams';
import type { Option } from '@/utils/labels';
import type { CallChoices } from './call-details-fields';

/** What the call forms need: the collaborative (phase), its faculty (facilitators) and its teams. */
export function useCallFormContext(collaborativeId: string) {
  const me = useMe();
  const collaborative = useCollaborative(collaborativeId);
  const faculty = useFaculty(collaborativeId);
  const teams = useTeams(collaborativeId);
  const facultyOptions: Option[] = (faculty.data?.items ?? []).map((f) => ({
    value: f.userId,
    label: `${f.name || f.email}${f.lead ? ' (lead)' : ''}`,
  }));
  const teamOptions: Option[] = (teams.data?.items ?? []).map((t) => ({ value: t.id, label: t.organizationName }));
  const defaultFacilitator = facultyOptions.find((f) => f.value === me.userId)?.value ?? facultyOptions[0]?.value ?? '';
  const phase = collaborative.data?.phase;
  return {
    collaborative,
    isPending: collaborative.isPending || faculty.isPending || teams.isPending,
    isError: collaborative.isError || faculty.isError || teams.isError,
    error: collaborative.error ?? faculty.error ?? teams.error,
    refetch: () => Promise.all([collaborative.refetch(), faculty.refetch(), teams.refetch()]),
    /** Who may facilitate, which team a call may be for, and whether it may be informational. */
    choices: {
      faculty: facultyOptions,
      teams: teamOptions,
      allowInformational: phase === 'DRAFT' || phase === 'ANNOUNCED',
    } satisfies CallChoices,
    defaultFacilitator,
  };
}
