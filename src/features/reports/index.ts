// Public surface of the reports feature.
export { reportQueryOptions } from './api/get-report';
