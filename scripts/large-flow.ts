/**
 * A large, realistic flow for scale tests: `generateLargeFlow({ nodes: 1000 })` returns the YAML of a
 * valid flow with exactly that many nodes. After "is anyone in danger?" and "what is it about?" a
 * walk goes through a few sections of one topic, each like a part of the shipped flows: a
 * guidance card, "is anyone in danger now?" (yes → acute), a checklist of signs, a choice of who may
 * be behind it, advice, "do you have reason to believe…?", a decision with rules over the section's
 * facts (report, serious crime → avvergeplikt, a follow-up card, or an anonymous consultation), and
 * the section's outcomes with conditional actions. The first two answers are read by the final
 * outcome, so they stay live across the whole walk. Every text is in nb, nn and en.
 *
 *   npx tsx scripts/large-flow.ts <folder> [nodes]   writes <folder>/large/1.0.0.yaml
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

export const LARGE_FLOW_ID = 'large';
const CHECKED = '2026-11-23';
const SEED = { seed: '002_8698b918c1f27341.txt', section: 'Vedlegg 1 – AVKLAR' };

type Loc = { nb: string; nn: string; en: string };
const loc = (nb: string, nn: string, en: string): Loc => ({ nb, nn, en });

const SIGNS = [
  ['bruises', loc('Blåmerker', 'Blåmerke', 'Bruises')],
  ['afraid', loc('Redd for å gå hjem', 'Redd for å gå heim', 'Afraid to go home')],
  ['sexual', loc('Seksualisert atferd', 'Seksualisert åtferd', 'Sexualised behaviour')],
  ['withdrawn', loc('Trekker seg unna', 'Trekkjer seg unna', 'Withdrawing')],
  ['sleep', loc('Sover dårlig', 'Søv dårleg', 'Sleeps badly')],
  ['other', loc('Noe annet', 'Noko anna', 'Something else')],
] as const;
const WHO = [
  ['parent', loc('En forelder', 'Ein forelder', 'A parent')],
  ['partner', loc('En partner', 'Ein partnar', 'A partner')],
  ['other', loc('En annen', 'Ein annan', 'Someone else')],
  ['unknown', loc('Vet ikke', 'Veit ikkje', "Don't know")],
] as const;

/** The 13 nodes of section n, each with its phase; ids end with -<n>, facts start with s<n>_. */
function section(n: number, next: string): { phase: 'se' | 'spor' | 'avklar' | 'handle'; node: object }[] {
  const f = (name: string) => `s${n}_${name}`;
  const id = (name: string) => `${name}-${n}`;
  const options = (list: readonly (readonly [string, Loc])[]) => list.map(([value, label]) => ({ value, label }));
  return [
    { phase: 'se', node: { id: id('intro'), kind: 'guidance', title: loc(`Del ${n}: se etter tegn`, `Del ${n}: sjå etter teikn`, `Part ${n}: look for signs`), text: loc('Tegn er en grunn til å spørre, ikke et bevis.', 'Teikn er ein grunn til å spørje, ikkje eit prov.', 'Signs are a reason to ask, not proof.'), tips: [loc('Følg magefølelsen.', 'Følg magekjensla.', 'Trust your gut.')], next: id('danger'), sources: [SEED] } },
    { phase: 'se', node: { id: id('danger'), kind: 'question', answer: 'yesno', fact: f('danger'), prompt: loc(`Er noen i fare nå? (${n})`, `Er nokon i fare no? (${n})`, `Is anyone in danger now? (${n})`), branches: { yes: id('out-acute') }, next: id('signs') } },
    { phase: 'se', node: { id: id('signs'), kind: 'question', answer: 'checklist', fact: f('signs'), prompt: loc(`Hva har du sett? (${n})`, `Kva har du sett? (${n})`, `What have you seen? (${n})`), help: loc('Kryss av det som passer.', 'Kryss av det som passar.', 'Tick what fits.'), options: options(SIGNS), next: id('who') } },
    { phase: 'spor', node: { id: id('who'), kind: 'question', answer: 'choice', fact: f('who'), prompt: loc(`Hvem kan stå bak? (${n})`, `Kven kan stå bak? (${n})`, `Who may be behind it? (${n})`), options: options(WHO), next: id('talk') } },
    { phase: 'spor', node: { id: id('talk'), kind: 'guidance', title: loc('Snakk med personen', 'Snakk med personen', 'Talk with the person'), text: loc('Bruk personens egne ord, og lytt.', 'Bruk orda til personen, og lytt.', "Use the person's own words, and listen."), examples: [loc('«Jeg ser at du er lei deg.»', '«Eg ser at du er lei deg.»', '“I can see that you are sad.”')], next: id('believe') } },
    { phase: 'avklar', node: { id: id('believe'), kind: 'question', answer: 'yesno', fact: f('believe'), prompt: loc('Har du grunn til å tro at noen blir utsatt for vold?', 'Har du grunn til å tru at nokon blir utsett for vald?', 'Do you have reason to believe someone is exposed to violence?'), next: id('route') } },
    {
      phase: 'avklar',
      node: {
        id: id('route'),
        kind: 'decision',
        title: loc('Hva er neste steg?', 'Kva er neste steg?', 'What is the next step?'),
        rules: [
          { id: 'afraid', label: loc('Redd for å gå hjem', 'Redd for å gå heim', 'Afraid to go home'), when: { fact: f('signs'), includes: 'afraid' }, next: id('out-acute'), reason: loc('Personen er redd for å gå hjem.', 'Personen er redd for å gå heim.', 'The person is afraid to go home.'), legal: [{ law: 'straffeloven', section: '§ 196', checked: CHECKED }] },
          { id: 'serious', label: loc('Mulig alvorlig lovbrudd', 'Mogleg alvorleg lovbrot', 'Possible serious crime'), when: { all: [{ fact: f('believe'), is: 'yes' }, { fact: f('signs'), includesAny: ['sexual', 'bruises'] }] }, next: id('serious'), reason: loc('Det kan være et alvorlig lovbrudd.', 'Det kan vere eit alvorleg lovbrot.', 'It may be a serious crime.') },
          { id: 'report', label: loc('Terskelen er nådd', 'Terskelen er nådd', 'Threshold met'), when: { any: [{ fact: f('believe'), is: 'yes' }, { all: [{ fact: f('who'), in: ['parent', 'partner'] }, { fact: f('signs'), includes: 'withdrawn' }] }] }, next: id('out-report'), reason: loc('Terskelen for å melde er nådd.', 'Terskelen for å melde er nådd.', 'The threshold to report is met.'), legal: [{ law: 'barnevernsloven', section: '§ 13-2', checked: CHECKED }] },
          { id: 'unsure', label: loc('Du er usikker', 'Du er usikker', 'You are unsure'), when: { fact: f('believe'), is: 'unsure' }, next: id('out-consult'), reason: loc('Du er usikker.', 'Du er usikker.', 'You are unsure.') },
        ],
        otherwise: id('follow-up'),
        otherwiseReason: loc('Ingen grunn til å melde nå.', 'Ingen grunn til å melde no.', 'No reason to report now.'),
      },
    },
    { phase: 'avklar', node: { id: id('serious'), kind: 'question', answer: 'yesno', fact: f('serious'), prompt: loc('Er det mest sannsynlig at det skjer et alvorlig lovbrudd?', 'Er det mest sannsynleg at det skjer eit alvorleg lovbrot?', 'Is a serious crime most likely happening?'), branches: { yes: id('out-avverge') }, next: id('out-report') } },
    { phase: 'avklar', node: { id: id('follow-up'), kind: 'guidance', title: loc('Følg med videre', 'Følg med vidare', 'Keep watching'), text: loc('Skriv ned hva du har sett, og gå videre.', 'Skriv ned kva du har sett, og gå vidare.', 'Write down what you saw, and go on.'), next } },
    { phase: 'handle', node: { id: id('out-acute'), kind: 'outcome', disposition: 'acute', title: loc('Ring 112 nå', 'Ring 112 no', 'Call 112 now'), text: loc('Ring politiet.', 'Ring politiet.', 'Call the police.'), actions: [{ action: 'call-112' }, { action: 'notify-barnevern-now' }, { action: 'document' }] } },
    { phase: 'handle', node: { id: id('out-avverge'), kind: 'outcome', disposition: 'avvergeplikt', title: loc('Varsle politiet', 'Varsle politiet', 'Alert the police'), text: loc('Du har plikt til å avverge.', 'Du har plikt til å avverge.', 'You have a duty to prevent it.'), actions: [{ action: 'contact-police' }, { action: 'document' }, { action: 'inform-leader' }] } },
    {
      phase: 'handle',
      node: {
        id: id('out-report'),
        kind: 'outcome',
        disposition: 'bekymringsmelding',
        title: loc('Send bekymringsmelding', 'Send bekymringsmelding', 'Send a report of concern'),
        text: loc('Send meldingen i dag.', 'Send meldinga i dag.', 'Send the report today.'),
        actions: [
          { action: 'bekymringsmelding' },
          { action: 'do-not-contact-guardians', if: { any: [{ fact: f('who'), in: ['parent', 'unknown'] }, { fact: f('signs'), includes: 'sexual' }] } },
          { action: 'inform-guardians', if: { all: [{ fact: f('who'), is: 'other' }, { not: { fact: f('signs'), includes: 'sexual' } }] } },
          { action: 'document' },
          { action: 'inform-leader' },
        ],
      },
    },
    { phase: 'handle', node: { id: id('out-consult'), kind: 'outcome', disposition: 'consultation', title: loc('Drøft saken anonymt', 'Drøft saka anonymt', 'Discuss the case anonymously'), text: loc('Ring barnevernet uten navn.', 'Ring barnevernet utan namn.', 'Call child welfare without names.'), actions: [{ action: 'anonymous-consultation' }, { action: 'document' }, { action: 'plan-who-does-what', if: { fact: f('who'), answered: true } }] } },
  ];
}

export interface LargeFlowOptions {
  /** Exactly this many nodes (default 1000). */
  nodes?: number;
  id?: string;
  /**
   * How many sections follow each other on one walk (default 4, about 30 screens: a long but real
   * routine). The sections are spread over topics chosen by the second question, as a municipality's
   * merged action cards would be. `Infinity` makes one long chain: a stress test, not a real flow.
   */
  sectionsPerTopic?: number;
}

/** YAML of a valid flow with exactly `nodes` nodes. */
export function generateLargeFlow(opts: LargeFlowOptions = {}): string {
  const total = opts.nodes ?? 1000;
  const id = opts.id ?? LARGE_FLOW_ID;
  const perTopic = opts.sectionsPerTopic ?? 4;
  // Fixed nodes: the first question, the topic question and the final outcome; the rest is sections
  // plus padding cards before the final outcome.
  const perSection = section(1, 'x').length;
  if (total < perSection + 3) throw new Error(`a large flow needs at least ${perSection + 3} nodes`);
  const sections = Math.floor((total - 3) / perSection);
  const padding = total - 3 - sections * perSection;
  const topics: number[][] = [];
  for (let n = 1; n <= sections; n++) {
    if (topics.length === 0 || (topics.at(-1) as number[]).length >= perTopic) topics.push([]);
    (topics.at(-1) as number[]).push(n);
  }
  const end = padding > 0 ? 'note-1' : 'done';
  const phases: Record<'se' | 'spor' | 'avklar' | 'handle', object[]> = { se: [], spor: [], avklar: [], handle: [] };

  phases.se.push({ id: 'start', kind: 'question', answer: 'yesno', fact: 'acute_at_start', prompt: loc('Er noen i fare akkurat nå?', 'Er nokon i fare akkurat no?', 'Is anyone in danger right now?'), next: 'topic' });
  phases.se.push({
    id: 'topic',
    kind: 'question',
    answer: 'choice',
    fact: 'topic',
    prompt: loc('Hva gjelder bekymringen?', 'Kva gjeld uroa?', 'What is the worry about?'),
    options: topics.map((_, t) => ({ value: `topic-${t + 1}`, label: loc(`Tema ${t + 1}`, `Tema ${t + 1}`, `Topic ${t + 1}`) })),
    ...(topics.length > 1 ? { branches: Object.fromEntries(topics.slice(1).map((list, t) => [`topic-${t + 2}`, `intro-${list[0]}`])) } : {}),
    next: 'intro-1',
  });
  for (const list of topics) {
    list.forEach((n, i) => {
      const next = i + 1 < list.length ? `intro-${list[i + 1]}` : end;
      for (const { phase, node } of section(n, next)) phases[phase].push(node);
    });
  }
  for (let i = 1; i <= padding; i++) {
    phases.avklar.push({ id: `note-${i}`, kind: 'guidance', title: loc(`Husk ${i}`, `Hugs ${i}`, `Remember ${i}`), text: loc('Skriv ned det du har sett.', 'Skriv ned det du har sett.', 'Write down what you have seen.'), next: i < padding ? `note-${i + 1}` : 'done' });
  }
  phases.handle.push({
    id: 'done',
    kind: 'outcome',
    disposition: 'consultation',
    title: loc('Drøft saken', 'Drøft saka', 'Discuss the case'),
    text: loc('Ingen tegn krever melding nå. Drøft saken og følg med.', 'Ingen teikn krev melding no. Drøft saka og følg med.', 'No sign calls for a report now. Discuss the case and keep watching.'),
    actions: [
      { action: 'anonymous-consultation' },
      { action: 'document' },
      { action: 'inform-leader', if: { fact: 'acute_at_start', in: ['yes', 'unsure'] } },
      { action: 'plan-who-does-what', if: { fact: 'topic', in: ['topic-1'] } },
    ],
  });

  const flow = {
    id,
    version: '1.0.0',
    status: 'draft',
    effective: '2026-12-01',
    title: loc('Stor testflyt', 'Stor testflyt', 'Large test flow'),
    description: loc(`En generert flyt med ${total} noder for skalatester.`, `Ei generert flyt med ${total} nodar for skalatestar.`, `A generated flow of ${total} nodes for scale tests.`),
    changelog: loc('Generert.', 'Generert.', 'Generated.'),
    start: 'start',
    legal: [{ law: 'straffeloven', section: '§ 196', checked: CHECKED }],
    phases,
  };
  return `# Generated by scripts/large-flow.ts: ${total} nodes. Do not edit.\n${stringify(flow, { lineWidth: 0 })}`;
}

/** Write the flow to <dir>/<id>/1.0.0.yaml (the vocabulary comes from flows/ by default) and return the file. */
export function writeLargeFlow(dir: string, opts: LargeFlowOptions = {}): string {
  const id = opts.id ?? LARGE_FLOW_ID;
  mkdirSync(join(dir, id), { recursive: true });
  const file = join(dir, id, '1.0.0.yaml');
  writeFileSync(file, generateLargeFlow(opts));
  return file;
}

if (process.argv[1] && /large-flow\.ts$/.test(process.argv[1])) {
  const [dir, nodes] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: npx tsx scripts/large-flow.ts <folder> [nodes]');
    process.exit(2);
  }
  console.log(writeLargeFlow(dir, { nodes: nodes ? Number(nodes) : 1000 }));
}
