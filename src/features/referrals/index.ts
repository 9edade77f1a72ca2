// Public surface of the referrals feature (kept tiny: it is part of the first load via the layout).
export { ReferralCapture } from './components/ReferralCapture';
