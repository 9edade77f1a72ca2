// Public surface of the admin feature (kept tiny: the layout uses it to show the Admin link).
export { useIsAdmin } from './api/get-my-role';
