import { label } from '@/features/interview';
import './status-badge.css';

export function InterviewStatusBadge({ status }: { status: string }) {
  return <span className={`status-badge status-badge--${status}`}>{label(status)}</span>;
}
