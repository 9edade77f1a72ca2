// Public surface of the profile feature.
export { myProfileQueryOptions, useMyProfile, type MyProfile } from './api/get-my-profile';
export { RecentAchievements } from './components/RecentAchievements';
export { achievementsQueryOptions } from './api/get-achievements';
