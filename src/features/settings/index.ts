// Public surface of the settings feature (kept tiny: it is part of the first load via the layout).
export { ThemeSync } from './components/ThemeSync';
export { HeaderAvatar } from './components/HeaderAvatar';
export { myDisplayPreferencesQueryOptions } from './api/get-my-display-preferences';
