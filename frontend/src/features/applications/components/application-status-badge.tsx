import { StatusBadge } from '@/components/ui/status-badge';
import type { ApplicationStatus } from '../api/get-applications';
import { STATUS_COLORS, STATUS_LABELS } from '../utils/labels';

export function ApplicationStatusBadge({ status, size }: { status: ApplicationStatus; size?: 'sm' | 'md' | 'lg' }) {
  return (
    <StatusBadge color={STATUS_COLORS[status]} size={size}>
      {STATUS_LABELS[status]}
    </StatusBadge>
  );
}
