// Intent classes: what a question asks for, and the cues an answer with that
// intent uses. A production-incident story is a fine answer to "tell me about
// a mistake" and no answer at all to "why do you want to work here?".

import type { QuestionIntent } from './types.ts';

const QUESTION_INTENTS: Array<[QuestionIntent, RegExp]> = [
  [
    'motivation',
    /\bwhy (?:do|would) you (?:want|like)|\bwhy (?:are|were) you interested|\bwhy (?:our|this) (?:company|role|team|position)|\bwhat (?:attracts|excites|draws|interests) you|\bwhy (?:do you want to )?(?:join|work (?:here|at|for))|\bwhat are you looking for in (?:your next|a) (?:role|job)/,
  ],
  ['ethics', /\bethic|\bprivacy concern|\bsecurity concern|raised (?:a|an) .*concern/],
  ['explain', /non.?technical|\blayperson|\bexplain(?:ed)? .* to (?:a|an|your) (?:manager|customer|audience|stakeholder)/],
  [
    'conflict',
    /\bconflict|\bdisagree|\btension|\bdifficult (?:colleague|coworker|teammate|person|stakeholder)|\bpush(?:ed)? back|\bunpopular/,
  ],
  ['failure', /\bmistake|\bfail|\bwent wrong|\bwent badly|\bregret|\bwas wrong\b|\bmodel was wrong/],
  ['feedback', /\bfeedback|\bcritici[sz]/],
  ['priorities', /\bpriorit|\bcompeting|\bjuggl/],
  ['deadline', /\bdeadline|\bbehind schedule|\bmiss(?:ed)? a (?:date|deadline)|\btime pressure/],
  ['influence', /\binfluenc|\bwithout (?:formal )?authority|\bpersuad|\bconvinc/],
  ['change', /\brequirements? changed|\bchanged late|\badapt|\bambigu|\bscope\b/],
  ['customer', /\bcustomer|\buser feedback|\bclient\b/],
  ['team', /\bonboard|\bhir(?:e|ing)\b|\bgrew|\bscaled? (?:a|the|your) team|\bnew (?:engineer|hire|team member)|\bmentor/],
  ['help', /\basked for help|\bask(?:ing)? for help/],
  ['data', /\bdata changed|\banalysis|\bevidence/],
  ['achievement', /\bproud|\bachievement|\baccomplish|\bbiggest impact/],
];

const TECH_INTENTS: Array<[QuestionIntent, RegExp]> = [
  ['design', /^\s*design\b|\bhow would you (?:design|architect|build)\b/],
  ['diagnose', /\bdiagnos|\binvestigat|\btroubleshoot|\bis slow\b|\bnow takes\b|\bdropped\b|\bdebug/],
  ['compare', /\bcompare|\bdifference between|\bversus\b|\bvs\.?\b|\bwhen would you use .* (?:or|versus)/],
];

/** Cues of each behavioral intent in an answer (counted once per pattern). */
const ANSWER_CUES: Partial<Record<QuestionIntent, RegExp[]>> = {
  motivation: [
    /\bexcit|\bpassionat|\binspir/,
    /\b(?:drawn|attracted) to\b|\binterest(?:ed|s) me\b|\bappeal/,
    /\byour (?:company|product|products|team|mission|platform|customers|users|engineering|culture|values|work|stack|app)\b/,
    /\bmission\b|\bvalues\b|\bculture\b/,
    /\bwant(?:ed)? to (?:join|work|build|grow|be part|contribute|learn)|\bwhy i applied|\bi applied|\blooking for (?:a|an|my) /,
    /\bnext step in my career|\bcareer|\bgrow(?:th)?\b|\bopportunit/,
    /\balign|\bfit(?:s)? (?:with|my)|\bmatch(?:es)? (?:my|what i)/,
  ],
  conflict: [
    /\bdisagree|\bdisagreement|\b(?:didn[’']?t|did not|don[’']?t) agree|\bsaw it differently|\bhad doubts/,
    /\bconflict|\btension|\bfriction|\bclash/,
    /\bpush(?:ed)? back|\bobject(?:ed|ion)|\bargu/,
    /\bdifferent (?:view|opinion|approach|perspective)|\bpoint of view|\bperspective/,
    /\bcompromise|\bcommon ground|\bagree(?:d|ment)\b|\bresolv/,
    /\bfrustrat|\bupset|\bdefensive|\bheated/,
    // Two preferences told apart ("she wanted Redux while I preferred React Query") is a disagreement too.
    /\bwhile (?:i|we) (?:preferred|wanted|thought|argued|believed)|\bi (?:preferred|would rather)|\bwe (?:each|both) wanted/,
    /\b(?:his|her|their) (?:concerns?|objections?|worries|reasons)|\blistened (?:to|first)|\bheard (?:him|her|them) out/,
    /\bconvinc|\bpersuad|\b(?:to|reach(?:ed)?|made) (?:a|the) decision|\bspike\b|\bside.by.side|\bcompar(?:ed|ison)\b/,
  ],
  failure: [
    /\bmistake|\bmy fault|\bi was wrong|\bmy error/,
    /\bfail(?:ed|ure)?\b|\bwent wrong|\bmessed up|\bbroke\b|\boutage|\bincident/,
    /\bunderestimat|\boverlook|\bforgot|\bmissed\b|\bdidn[’']?t (?:check|test|realise|realize)/,
    /\bshould have|\bin hindsight|\blooking back/,
    /\blesson|\bi learned|\bpost.?mortem|\bretro/,
    /\bapologi|\bowned it|\btook responsibility|\baccountab/,
  ],
  feedback: [
    /\bfeedback/,
    /\btold me|\bpointed out|\bcriticis|\bcritici[sz]/,
    /\bi (?:changed|started|stopped|adjusted|worked on|asked)/,
    /\b1:1|\bone.on.one|\breview/,
    /\bdefensive|\bappreciat|\bthank/,
  ],
  priorities: [
    /\bpriorit/,
    /\burgen|\bimportan|\bimpact\b/,
    /\bdeadline|\bcompeting|\bconflicting/,
    /\bdefer|\bpostpone|\bsaid no|\bde.?scope|\btrade.?off/,
    /\bstakeholder|\bmanager|\bagree/,
  ],
  deadline: [
    /\bdeadline|\bdue date|\btimeline|\bschedule/,
    /\blate\b|\bbehind|\bslip|\bdelay|\bmiss/,
    /\bscope|\bcut\b|\bmvp|\bphase/,
    /\btold (?:my|the)|\bflagged|\bescalat|\bwarned|\bcommunicat/,
  ],
  influence: [
    /\bconvinc|\bpersuad|\bbuy.?in|\bwon (?:over|them)|\binfluenc|\bby example/,
    /\bproposal|\bprototype|\bproof of concept|\bpilot|\bpitch|\bsuggested|\bshowed|\bdemo/,
    /\bdata\b|\bnumbers|\bevidence|\bbenchmark/,
    /\bauthority|\bnot (?:my|the) (?:call|decision)|\bdidn[’']?t report|\b(?:not|wasn[’']?t) (?:the|a) (?:tech )?lead|\bcouldn[’']?t (?:just )?(?:decide|make)/,
    /\ballies|\bchampion|\bsupport|\bon board|\bagreed|\bsigned off|\bapproved|\badopt/,
    /\bworried|\bconcern|\bskeptic|\bsceptic|\bresist|\bpush.?back|\bobject/,
  ],
  explain: [
    /\banalog|\blike a\b|\bimagine/,
    /\bjargon|\bsimpl|\bplain/,
    /\bnon.?technical|\baudience|\bstakeholder|\bexecutive|\bsales|\bcustomer/,
    /\bdiagram|\bvisual|\bdemo/,
    /\bunderstood|\bquestions\b/,
  ],
  achievement: [
    /\bproud/,
    /\bbuilt|\blaunched|\bshipped|\bdelivered|\bled\b/,
    /\bimpact|\bresult|\bimprov|\breduc|\bincreas/,
    /\bmy role|\bi (?:owned|designed|wrote|drove)/,
  ],
  change: [
    /\bchang|\bpivot|\bshift/,
    /\brequirement|\bscope|\bspec/,
    /\badapt|\breplan|\bre.?priorit|\badjust/,
    /\blate\b|\bweeks? before|\bdays? before/,
  ],
  customer: [/\bcustomer|\buser|\bclient/, /\bfeedback|\bcomplain|\binterview|\bsurvey|\bticket/, /\bimprov|\bfix|\bchang|\bship/],
  ethics: [
    /\bprivacy|\bsecurity|\bethic|\bpii|\bgdpr|\bconsent|\bcomplian/,
    /\braised|\bflagged|\bescalat|\bconcern/,
    /\brisk|\blegal|\bleak|\bexpos/,
  ],
  team: [
    /\bonboard|\bhir(?:e|ed|ing)|\binterview/,
    /\bmentor|\bbuddy|\bpair/,
    /\bgoal|\bexpectation|\b30.?60.?90|\bplan\b/,
    /\b1:1|\bone.on.one|\bcheck.?in/,
    /\bdocument|\bfirst (?:week|day|task|pr)|\bstarter/,
  ],
  help: [/\bask(?:ed)?\b|\breached out|\bhelp/, /\bstuck|\bblocked|\bhours|\bdays/, /\bsenior|\bteammate|\bcolleague|\bexpert|\bmentor/],
  data: [
    /\bdata|\banalys|\bmetric|\bdashboard|\bexperiment|\ba\/?b/,
    /\bchanged (?:my|our) mind|\bsurpris|\bassum|\bhypothes/,
    /\bdecid|\bdecision|\bdirection/,
  ],
};

// The follow-up questions the interviewer asks (_shared/ai/followup.ts) refer to the previous answer ("how did it
// turn out?"), so their own words say nothing about what a relevant answer contains.
const FOLLOW_UP_RE =
  /^\s*(?:how did it turn out|walk me through the specific steps|can you set the scene|what exactly were you responsible|you said:|let['’]s go one level deeper|could you expand on that)/i;

export function questionIntent(text: string, type: string): QuestionIntent {
  const t = text.toLowerCase();
  if (FOLLOW_UP_RE.test(t)) return 'follow_up';
  if (type === 'coding') return 'coding';
  if (type === 'system_design') return 'design';
  for (const [intent, re] of QUESTION_INTENTS) {
    if (type === 'behavioral' || intent === 'motivation') {
      if (re.test(t)) return intent;
    }
  }
  if (type === 'behavioral') return 'story';
  for (const [intent, re] of TECH_INTENTS) if (re.test(t)) return intent;
  return 'concept';
}

/** Number of distinct cue patterns of the intent found in the answer (null when the intent has no cue list). */
export function intentCues(intent: QuestionIntent, answer: string): number | null {
  const cues = ANSWER_CUES[intent];
  if (!cues) return null;
  const a = answer.toLowerCase();
  return cues.filter((re) => re.test(a)).length;
}

// First-person past-tense narration: "I posted", "we rolled back", "I told". A design or a definition has none.
const NARRATION_RE =
  /\b(?:i|we)\s+(?:(?:just|then|also|once|first|quickly|immediately|finally|eventually|even)\s+)?(?:\w+ed|was|were|had|did|made|took|went|told|wrote|built|ran|found|saw|got|gave|led|began|kept|spent|left|brought|thought|knew|felt|sent|set|put|chose|held|met|paid|lost|won|became|came|shipped|said|asked|joined)\b/g;

/** Number of first-person past-tense clauses: how much of the answer is a story of one's own. */
export function narrationCount(text: string): number {
  return (text.toLowerCase().match(NARRATION_RE) ?? []).length;
}

/** Behavioral intents whose answers are a story about a past situation (not a statement of motives). */
export function isStoryIntent(intent: QuestionIntent): boolean {
  return intent !== 'follow_up' && intent !== 'motivation' && intent !== 'concept' && intent !== 'compare' && intent !== 'design' &&
    intent !== 'diagnose' && intent !== 'coding';
}
