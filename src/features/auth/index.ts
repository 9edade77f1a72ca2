// Public surface of the auth feature. Other features/app code import from here only.
export { AuthProvider } from './components/AuthProvider';
export { BlockedAccountWatch } from './components/BlockedAccountWatch';
export { SignOutButton } from './components/SignOutButton';
export { SignedInFrameAuth } from './components/SignedInFrameAuth';
export { restoreSessionBeforeRender } from './api/auth-state';
export { AuthContext, useAuth, useMyUserId, type AuthState, type AuthStatus } from './lib/auth-context';
export { needsSecondFactor } from './lib/assurance';
