import type { Condition, Disposition } from '../../schema/flow';

/**
 * The product's safety rules: each says "when these facts hold, the outcome must be at least this
 * urgent / must (not) include these actions". They are the product's promise about any version of
 * these flows, not one municipality's routine, so they live beside the engine: `npm test` checks
 * them on every path of every shipped version, and `flows safety`, `flows lock` and `flows compile`
 * on a new version before it can go live (./check.ts).
 */
export interface Rule {
  name: string;
  when: Condition;
  atLeast?: Disposition;
  include?: string[];
  exclude?: string[];
  /** The rule holds only for outcomes at this level or a more urgent one. */
  from?: Disposition;
}

export const ALWAYS = ['document', 'inform-leader', 'plan-who-does-what'];

const grave: Condition = { fact: 'risk_factors', includesAny: ['threats-to-kill', 'strangulation', 'weapons'] };
const otherRisk: Condition = { fact: 'risk_factors', includesAny: ['separation', 'earlier-violence', 'getting-worse', 'very-afraid', 'substance-use', 'unemployment', 'money-trouble', 'illness', 'pregnant'] };
/** Something has happened, by the «uses violence» flow's what-happened list (every value). */
export const somethingHappened: Condition = { fact: 'violence_kind', includesAny: ['physical', 'threats', 'sexual', 'control', 'digital', 'things-pets', 'social-control', 'forced-marriage', 'forced-marriage-child', 'fgm', 'child-violence'] };
/** Rules shared by the adult flow and the flow for someone who uses violence. */
const adultCommon: Rule[] = [
  { name: 'an adult flow never tells anyone to inform guardians', when: { fact: 'danger_now', answered: true }, exclude: ['inform-guardians'] },
  { name: 'danger now ⇒ acute', when: { fact: 'danger_now', is: 'yes' }, atLeast: 'acute', include: ['call-112'] },
  { name: 'grave risk factor + danger soon ⇒ acute', when: { all: [grave, { fact: 'danger_soon', is: 'yes' }] }, atLeast: 'acute', include: ['call-112'] },
  { name: 'grave risk factor ⇒ at least avvergeplikt', when: grave, atLeast: 'avvergeplikt' },
  { name: 'danger soon ⇒ at least avvergeplikt', when: { fact: 'danger_soon', is: 'yes' }, atLeast: 'avvergeplikt' },
  { name: 'forced marriage / FGM ⇒ at least avvergeplikt', when: { fact: 'violence_kind', includesAny: ['forced-marriage', 'fgm'] }, atLeast: 'avvergeplikt' },
  { name: 'children in the home ⇒ at least a report, never inform guardians', when: { fact: 'children_in_home', in: ['yes', 'unsure'] }, atLeast: 'bekymringsmelding', include: ['bekymringsmelding'], exclude: ['inform-guardians'] },
  { name: 'risk-exposed ⇒ TryggEst', when: { fact: 'risk_exposed', in: ['yes', 'unsure'] }, include: ['tryggest'] },
  { name: '62+ ⇒ Vern for eldre', when: { fact: 'age_62_plus', is: 'yes' }, include: ['vern-for-eldre'] },
  { name: 'children in the home, grave risk and danger soon ⇒ barnevern alerted now', when: { all: [{ fact: 'children_in_home', is: 'yes' }, { fact: 'danger_soon', is: 'yes' }, grave] }, include: ['notify-barnevern-now'] },
  // Danger now leads straight to the acute outcome, before anyone has asked about children: alerting
  // barnevernet at the same time as the police is shown unless the answer is known to be "no".
  { name: 'danger now ⇒ barnevern alerted at the same time', when: { fact: 'danger_now', is: 'yes' }, include: ['notify-barnevern-now'] },
  // A written report is read in office hours: with children in a home where something serious may
  // happen soon, barnevernet is told the same day, as on the action card for children.
  { name: 'children in the home and danger soon ⇒ barnevern alerted the same day', when: { all: [{ fact: 'children_in_home', in: ['yes', 'unsure'] }, { fact: 'danger_soon', is: 'yes' }] }, include: ['notify-barnevern-now'] },
  // Threats to kill, strangulation or weapons with children at home: a phone call, not only a report
  // read after the weekend's contact visit (whatever the user thinks about «soon»).
  { name: 'children in the home and a grave risk factor ⇒ barnevern alerted the same day', when: { all: [{ fact: 'children_in_home', in: ['yes', 'unsure'] }, grave] }, include: ['notify-barnevern-now'] },
  { name: 'the police alerted or a report sent ⇒ the person who uses violence is not told', when: { fact: 'danger_now', answered: true }, from: 'bekymringsmelding', include: ['do-not-tell-person-using-violence'] },
];
/** Forced marriage and genital mutilation usually happen on a trip abroad: every outcome for them says what to tell the police about it. */
const tripAbroad = (when: Condition): Rule => ({ name: 'forced marriage or genital mutilation ⇒ tell the police about trips and the passport', when, include: ['travel-and-passport'] });
/**
 * A girl who may be subjected to genital mutilation is acute in the adult flows: they do not ask when it
 * may happen, so they take the child card's acute reading (soon or done) for every case. The child card
 * itself asks, and leaves plans further off at avvergeplikt (its own rules).
 */
const girlAtRiskOfFgm = (when: Condition): Rule => ({
  name: 'a girl at risk of genital mutilation ⇒ acute: 112, barnevern alerted now, a report, nobody behind it told',
  when,
  atLeast: 'acute',
  include: ['call-112', 'notify-barnevern-now', 'bekymringsmelding', 'do-not-contact-guardians'],
});
/** A child who may be married off is acute in the adult flows, for the same reason as genital mutilation above. */
const childAtRiskOfForcedMarriage = (when: Condition): Rule => ({
  name: 'a child at risk of forced marriage ⇒ acute: 112, barnevern alerted now, a report, nobody behind it told',
  when,
  atLeast: 'acute',
  include: ['call-112', 'notify-barnevern-now', 'bekymringsmelding', 'do-not-contact-guardians'],
});
/** The support line after sexual abuse (SMISO, 800 57 000) exactly where sexual violence is named. */
const sexualAbuseSupport = (when: Condition): Rule[] => [
  { name: 'sexual violence named ⇒ the support line after sexual abuse', when, include: ['sexual-abuse-support'] },
  { name: 'no sexual violence named ⇒ no card about support after it', when: { not: when }, exclude: ['sexual-abuse-support'] },
];
export const RULES: Record<string, Rule[]> = {
  voksen: [
    ...adultCommon,
    { name: 'acute check ticked ⇒ acute', when: { fact: 'acute_signs', includesAny: ['violence-now', 'serious-threats', 'injuries', 'life-at-stake', 'weapon', 'rape'] }, atLeast: 'acute' },
    { name: 'violence now, threats, injuries or weapons ⇒ barnevern alerted at the same time', when: { fact: 'acute_signs', includesAny: ['violence-now', 'serious-threats', 'injuries', 'life-at-stake', 'weapon'] }, include: ['call-112', 'notify-barnevern-now'] },
    girlAtRiskOfFgm({ fact: 'violence_kind', includes: 'fgm-girl' }),
    tripAbroad({ fact: 'violence_kind', includesAny: ['fgm', 'fgm-girl', 'forced-marriage', 'forced-marriage-child'] }),
    childAtRiskOfForcedMarriage({ fact: 'violence_kind', includes: 'forced-marriage-child' }),
    { name: 'life at stake ⇒ 113', when: { fact: 'acute_signs', includes: 'life-at-stake' }, include: ['call-113'] },
    // Not known when: it may have been in the last days, while evidence can still be secured.
    { name: 'rape in the last days, or not known when ⇒ acute with legevakt', when: { any: [{ fact: 'acute_signs', includes: 'rape' }, { fact: 'rape_when', in: ['last-days', 'not-known'] }] }, atLeast: 'acute', include: ['legevakt'] },
    { name: 'sexual violence ⇒ legevakt', when: { fact: 'violence_kind', includes: 'sexual' }, include: ['legevakt'] },
    // Support beside the doctor and the police, wherever sexual violence is named (never instead of them:
    // the rules above keep those); nowhere else, where the card would be noise.
    ...sexualAbuseSupport({ any: [{ fact: 'violence_kind', includes: 'sexual' }, { fact: 'acute_signs', includes: 'rape' }] }),
    // A broken tooth or a fracture, as a bruise, should be documented for a later case.
    { name: 'an injury seen ⇒ legevakt', when: { fact: 'signs', includesAny: ['wounds-bruises', 'burns-cuts', 'other-injuries'] }, include: ['legevakt'] },
    // Told by others counts, as «exposed-told» does in utover: the police weigh what is known.
    { name: 'known violence (told, seen or told by others) + risk factor ⇒ at least avvergeplikt', when: { all: [{ fact: 'knowledge', in: ['told', 'seen', 'others'] }, otherRisk] }, atLeast: 'avvergeplikt' },
    // «Usikker» too: doubt about whether the person can protect themselves is for the police to weigh.
    { name: 'known violence + cannot (or may not be able to) protect self ⇒ at least avvergeplikt', when: { all: [{ fact: 'knowledge', in: ['told', 'seen'] }, { fact: 'risk_exposed', in: ['yes', 'unsure'] }] }, atLeast: 'avvergeplikt', include: ['tryggest'] },
    // A person with dementia or a severe disability never tells: the suspicion is enough.
    { name: 'cannot protect self + suspected physical or sexual violence or neglect ⇒ at least avvergeplikt, with TryggEst and a doctor', when: { all: [{ fact: 'risk_exposed', is: 'yes' }, { fact: 'violence_kind', includesAny: ['physical', 'sexual', 'neglect'] }] }, atLeast: 'avvergeplikt', include: ['tryggest', 'legevakt'] },
    { name: 'a suspect outside the family ⇒ tell the manager or owner and the police today', when: { fact: 'suspect_outside_family', is: 'yes' }, include: ['suspect-outside-family'] },
    { name: 'no suspect outside the family named ⇒ no card about one', when: { not: { fact: 'suspect_outside_family', is: 'yes' } }, exclude: ['suspect-outside-family'] },
    { name: 'avvergeplikt ⇒ police or krisesenter offered', when: { any: [grave, { fact: 'danger_soon', is: 'yes' }] }, include: ['krisesenter'] },
  ],
  utover: [
    ...adultCommon,
    { name: 'acute check ticked ⇒ acute, barnevern alerted at the same time', when: { fact: 'acute_signs', includesAny: ['violence-now', 'serious-threats', 'injuries', 'life-at-stake', 'weapon', 'out-of-control'] }, atLeast: 'acute', include: ['call-112', 'notify-barnevern-now'] },
    { name: 'a child hurt or shaken, or going home to the one who did it ⇒ acute: 112, barnevern alerted now, a report, the family not told, a doctor for the child', when: { fact: 'acute_signs', includes: 'child-hurt' }, atLeast: 'acute', include: ['call-112', 'notify-barnevern-now', 'bekymringsmelding', 'do-not-contact-guardians', 'legevakt'] },
    // As the child flow's serious crime: a child hit by an adult, known, is abuse likely to go on.
    { name: 'violence against a child known ⇒ at least avvergeplikt: barnevern told today, a report, a doctor for the child', when: { all: [{ fact: 'how_known', in: ['self-told', 'seen', 'exposed-told'] }, { fact: 'violence_kind', includes: 'child-violence' }] }, atLeast: 'avvergeplikt', include: ['notify-barnevern-now', 'bekymringsmelding', 'legevakt'] },
    girlAtRiskOfFgm({ fact: 'violence_kind', includes: 'fgm' }),
    tripAbroad({ fact: 'violence_kind', includesAny: ['fgm', 'forced-marriage', 'forced-marriage-child'] }),
    childAtRiskOfForcedMarriage({ fact: 'violence_kind', includes: 'forced-marriage-child' }),
    { name: 'sexual coercion told by the person or seen ⇒ at least avvergeplikt, with legevakt', when: { all: [{ fact: 'how_known', in: ['self-told', 'seen'] }, { fact: 'violence_kind', includes: 'sexual' }] }, atLeast: 'avvergeplikt', include: ['legevakt'] },
    ...sexualAbuseSupport({ fact: 'violence_kind', includes: 'sexual' }),
    { name: 'life at stake ⇒ 113', when: { fact: 'acute_signs', includes: 'life-at-stake' }, include: ['call-113'] },
    { name: 'known violence + risk factor ⇒ at least avvergeplikt', when: { all: [{ fact: 'how_known', in: ['self-told', 'seen', 'exposed-told'] }, somethingHappened, otherRisk] }, atLeast: 'avvergeplikt' },
    // The adult flow's rules for a person who cannot protect themselves, told from the other side.
    { name: 'known violence + the person exposed cannot (or may not be able to) protect themselves ⇒ at least avvergeplikt', when: { all: [{ fact: 'how_known', in: ['self-told', 'seen', 'exposed-told'] }, somethingHappened, { fact: 'risk_exposed', in: ['yes', 'unsure'] }] }, atLeast: 'avvergeplikt', include: ['tryggest'] },
    // «self-told» also covers a person who only fears they might: with nothing that has happened, help and relief, not the police.
    { name: 'the person only fears they might use violence, and the person exposed cannot protect themselves ⇒ TryggEst, not the police', when: { all: [{ fact: 'how_known', is: 'self-told' }, { fact: 'violence_kind', answered: true }, { not: somethingHappened }, { fact: 'risk_exposed', is: 'yes' }, { fact: 'danger_soon', is: 'no' }, { fact: 'risk_factors', answered: true }, { not: grave }, { not: otherRisk }] }, include: ['tryggest'], exclude: ['contact-police'] },
    { name: 'the person exposed cannot protect themselves + suspected physical violence or sexual coercion ⇒ at least avvergeplikt, a doctor sees them', when: { all: [{ fact: 'risk_exposed', is: 'yes' }, { fact: 'violence_kind', includesAny: ['physical', 'sexual'] }] }, atLeast: 'avvergeplikt', include: ['tryggest', 'legevakt'] },
    { name: 'every outcome offers help to stop', when: { fact: 'danger_now', in: ['yes', 'no', 'unsure'] }, include: ['violence-help'] },
  ],

  barn: [
    { name: 'danger now ⇒ acute', when: { fact: 'danger_now', is: 'yes' }, atLeast: 'acute', include: ['call-112', 'notify-barnevern-now'] },
    {
      name: 'any acute trigger ⇒ acute',
      when: { fact: 'acute_triggers', includesAny: ['violence-now', 'physical-injuries', 'psychological-symptoms', 'serious-threats', 'sexual-abuse', 'afraid-to-go-home', 'intoxicated-pickup', 'fgm', 'forced-marriage', 'unsafe-today'] },
      atLeast: 'acute',
      include: ['call-112', 'notify-barnevern-now'],
    },
    // Vedlegg 1: physical injuries are acute; bruises or burns with physical violence ticked are
    // the flow's reading of that, whatever else is ticked among the forms.
    {
      name: 'bruises, burns or other injuries with physical violence ⇒ acute',
      when: { all: [{ fact: 'signs_seen', includesAny: ['bruises', 'burns-cuts', 'other-injuries'] }, { fact: 'violence_forms', includes: 'physical' }] },
      atLeast: 'acute',
      include: ['call-112', 'notify-barnevern-now'],
    },
    // Vedlegg 2's strongest warnings, between the adults the child lives with: the police today.
    {
      name: 'strangulation, threats to kill or weapons at home ⇒ at least avvergeplikt, barnevernet told today',
      when: { fact: 'adult_risk_factors', includesAny: ['strangulation', 'threats-to-kill', 'weapons'] },
      atLeast: 'avvergeplikt',
      include: ['notify-barnevern-now', 'do-not-contact-guardians'],
    },
    {
      name: 'suspected sexual abuse ⇒ guardians are not contacted',
      when: { any: [{ fact: 'acute_triggers', includes: 'sexual-abuse' }, { fact: 'violence_forms', includes: 'sexual' }] },
      atLeast: 'acute',
      include: ['do-not-contact-guardians'],
      exclude: ['inform-guardians'],
    },
    // Genital mutilation or forced marriage: acute when it may happen soon or has happened (or the user
    // is unsure); otherwise still the duty to avert — police, barnevern, and the family is not told.
    {
      name: 'genital mutilation or forced marriage ⇒ at least avvergeplikt, barnevern alerted, guardians not contacted',
      when: { fact: 'violence_forms', includesAny: ['fgm', 'forced-marriage'] },
      atLeast: 'avvergeplikt',
      include: ['notify-barnevern-now', 'do-not-contact-guardians'],
      exclude: ['inform-guardians'],
    },
    tripAbroad({ any: [{ fact: 'violence_forms', includesAny: ['fgm', 'forced-marriage'] }, { fact: 'acute_triggers', includesAny: ['fgm', 'forced-marriage'] }] }),
    {
      name: 'genital mutilation or forced marriage soon, done or unsure ⇒ acute',
      when: { all: [{ fact: 'violence_forms', includesAny: ['fgm', 'forced-marriage'] }, { fact: 'fgm_or_marriage_soon', in: ['yes', 'unsure'] }] },
      atLeast: 'acute',
      include: ['call-112'],
    },
    // The legevakt card is left out only where a forced marriage or a sending abroad is the one reason
    // the case is acute (no injury to treat).
    {
      name: 'acute without a forced marriage or a sending abroad ⇒ legevakt considered',
      when: { not: { any: [{ fact: 'violence_forms', includesAny: ['forced-marriage', 'sent-abroad'] }, { fact: 'acute_triggers', includes: 'forced-marriage' }] } },
      from: 'acute',
      include: ['legevakt'],
    },
    // Barnevernet can do little once the child has left: told the same day by phone (the acute
    // outcome's call comes first, its written report after), and the family, who are behind it, is not told.
    {
      name: 'a child to be sent, or sent, abroad against their will ⇒ at least a report, barnevern called today, guardians not contacted',
      when: { fact: 'violence_forms', includes: 'sent-abroad' },
      atLeast: 'bekymringsmelding',
      include: ['notify-barnevern-now', 'do-not-contact-guardians'],
      exclude: ['inform-guardians'],
    },
    { name: 'a child to be sent abroad soon, or already sent (or unsure) ⇒ acute', when: { all: [{ fact: 'violence_forms', includes: 'sent-abroad' }, { fact: 'fgm_or_marriage_soon', in: ['yes', 'unsure'] }] }, atLeast: 'acute', include: ['call-112'] },
    { name: 'a child sent abroad, with the police told ⇒ what to tell them about the trip', when: { fact: 'violence_forms', includes: 'sent-abroad' }, from: 'avvergeplikt', include: ['travel-and-passport'] },
    // A suspect outside the family: the manager or owner keeps them away from children, and the
    // police are told (the card says both); the parents are told, but not by the user alone.
    { name: 'a suspect outside the family ⇒ tell the manager or owner and the police today', when: { fact: 'suspect_outside_family', is: 'yes' }, include: ['suspect-outside-family'] },
    // Honour-related violence and negative social control are a family's, not one person's: the
    // family is not told, whoever the user believes is behind it (seed 002, 1.2 Definisjoner).
    { name: 'honour-related control ⇒ guardians are not contacted', when: { fact: 'violence_forms', includes: 'honour-control' }, include: ['do-not-contact-guardians'], exclude: ['inform-guardians'] },
    { name: 'guardians possibly involved ⇒ guardians are not contacted', when: { fact: 'guardians_involved', in: ['yes', 'unsure'] }, include: ['do-not-contact-guardians'], exclude: ['inform-guardians'] },
    {
      name: 'a child living with violence ⇒ at least a report',
      when: { any: [{ fact: 'lives_with_violence', is: 'yes' }, { fact: 'violence_forms', includes: 'witnessing' }] },
      atLeast: 'bekymringsmelding',
      exclude: ['inform-guardians'],
    },
    { name: 'reason to believe (§ 13-2) ⇒ never consultation only', when: { fact: 'reason_to_believe', is: 'yes' }, atLeast: 'bekymringsmelding' },
    { name: 'serious crime likely (§ 196) ⇒ at least avvergeplikt', when: { fact: 'serious_crime', is: 'yes' }, atLeast: 'avvergeplikt', include: ['contact-police'] },
    { name: 'case closed but violence goes on ⇒ a new report', when: { fact: 'earlier_report_closed', is: 'yes' }, atLeast: 'bekymringsmelding', include: ['new-report-if-violence-continues'] },
  ],
};
