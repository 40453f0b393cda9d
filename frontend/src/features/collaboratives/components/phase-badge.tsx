import { StatusBadge } from '@/components/ui/status-badge';
import { PHASE_COLORS, PHASE_LABELS, type Phase } from '../utils/phases';

export function PhaseBadge({ phase, size = 'md' }: { phase: Phase; size?: 'sm' | 'md' | 'lg' }) {
  return (
    <StatusBadge color={PHASE_COLORS[phase]} size={size}>
      {PHASE_LABELS[phase]}
    </StatusBadge>
  );
}
