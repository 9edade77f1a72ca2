export { type CandidateProfile, EMPTY_PROFILE, extractProfile, isEmptyProfile, requiredSkills } from './extract.ts';
export { mentionsProfile, profilePromptLines, type TailorableQuestion, tailorQuestions } from './tailor.ts';
