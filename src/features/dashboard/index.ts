// Public surface of the dashboard feature.
export { historyRowSchema, type RecentInterview } from './api/get-recent-interviews';
export { InterviewStatusBadge } from './components/InterviewStatusBadge';
export { InterviewList } from './components/InterviewList';
export { InterviewRow, type InterviewRowData } from './components/InterviewRow';
