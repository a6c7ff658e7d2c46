import { describe, expect, it } from 'vitest';
import { DISPOSITIONS, fewestAnswersTo, prepare, startWalk, step, viewWalk, visitOutcomes, type Runnable } from '../../src/engine/authoring';
import { indexNodes, successors, type IndexedNode } from '../../src/engine/graph';
import { checkFlow } from '../../src/engine/safety/check';
import { RULES, somethingHappened } from '../../src/engine/safety/rules';
import { shippedFlows } from './shipped';

describe.each(shippedFlows().map((r) => [`${r.flow.id}@${r.flow.version}`, r] as const))('%s on every path', (_name, r) => {
  const rules = RULES[r.flow.id] ?? [];

  it('has safety rules written down for it', () => {
    expect(rules.length).toBeGreaterThan(0);
  });

  // Every distinct walk state is visited (voksen ≈ 420,000, each outcome once per way the cards read
  // a card-only question's answer): ≈ 40–80 s on the bench machine.
  it('keeps every safety rule and always documents, informs the leader and plans', () => {
    const { failures, reached, complete } = checkFlow(r, rules);
    expect(complete).toBe(true);
    expect(failures.slice(0, 10).map((f) => f.message)).toEqual([]);
    expect([...reached].sort()).toEqual([...DISPOSITIONS].sort());
  }, 180_000);

  it('meets «unsure» about danger now with the acute checklist at once, which can lead to the acute outcome', () => {
    const nodes = Object.values(r.flow.definition.phases).flat();
    const byId = (id: string | undefined) => nodes.find((n) => n.id === id);
    const start = byId(r.flow.definition.start);
    if (start?.kind !== 'question') throw new Error('the start is not a question');
    const check = byId(start.branches?.unsure);
    expect(check?.kind === 'question' && check.answer === 'checklist').toBe(true);
    const route = check?.kind === 'question' ? byId(check.next) : undefined;
    const targets = route?.kind === 'decision' ? route.rules.map((rule) => byId(rule.next)) : [];
    expect(targets.some((n) => n?.kind === 'outcome' && n.disposition === 'acute')).toBe(true);
  });

  it('asks the acute checklist again after the talk: no way from a SPØR page to an outcome goes round it', () => {
    const index = indexNodes(r.flow.definition);
    const first = acuteCheck(index, r.flow.definition.start);
    const again = [...index.values()].filter(({ node }) => node.kind === 'question' && node.id !== first.id && node.fact === first.fact);
    expect(again.map(({ node }) => node.kind === 'question' && node.answer === 'checklist' && node.options?.map((o) => o.value))).toEqual([first.options?.map((o) => o.value)]);
    const reask = again[0]?.node.id ?? '';
    // Its rules are the first list's (or some of them), and they still lead to the acute outcome.
    const after = routeOf(index, reask);
    expect(after.length).toBeGreaterThan(0);
    expect(routeOf(index, first.id)).toEqual(expect.arrayContaining(after));
    expect(after.some(([, to]) => { const n = index.get(to ?? '')?.node; return n?.kind === 'outcome' && n.disposition === 'acute'; })).toBe(true);
    const talkPages = [...index.values()].filter((e) => e.phase === 'spor').map((e) => e.node.id);
    expect(talkPages.length).toBeGreaterThan(0);
    for (const page of talkPages) expect(outcomesAvoiding(index, page, reask)).toEqual([]);
  });

  it('reaches the acute outcome within two answers from the start', () => {
    const n = fewestAnswersTo(r, 'acute');
    expect(n).toBeDefined();
    expect(n).toBeLessThanOrEqual(2);
  });
});

describe('barn: suspicions that never wait for the talk pages', () => {
  const barn = shippedFlows().find((r) => r.flow.id === 'barn');
  const forms = (form: string) => [{ type: 'ANSWER', value: 'no' }, { type: 'ANSWER', value: [] }, { type: 'ANSWER', value: [form] }] as Event[];

  it('«sexual» among the forms of violence goes to the acute outcome before the talk pages', () => {
    if (!barn) throw new Error('barn flow missing');
    const end = walk(barn, forms('sexual'));
    expect(end.nodeId).toBe('handle-acute');
    expect(end.outcome?.disposition).toBe('acute');
  });

  // Vedlegg 1: acute when «nært forestående/gjennomført»; plans further off are the duty to avert,
  // after the talk and the acute list (which can still make it acute).
  it.each(['fgm', 'forced-marriage'])('«%s» among the forms: acute if it may happen soon, has happened or the user is unsure; otherwise, after the acute list, police and barnevern today', (form) => {
    if (!barn) throw new Error('barn flow missing');
    expect(walk(barn, forms(form)).nodeId).toBe('happens-soon');
    for (const soon of ['yes', 'unsure']) expect(walk(barn, [...forms(form), { type: 'ANSWER', value: soon }]).outcome?.disposition).toBe('acute');
    const toTheList: Event[] = [...forms(form), { type: 'ANSWER', value: 'no' }, { type: 'CONTINUE' }, { type: 'CONTINUE' }];
    expect(walk(barn, toTheList).nodeId).toBe('acute-triggers');
    const later = walk(barn, [...toTheList, { type: 'ANSWER', value: [] }]);
    expect(later.nodeId).toBe('handle-avvergeplikt');
    expect(later.outcome?.actions.map((a) => a.id)).toEqual(expect.arrayContaining(['contact-police', 'notify-barnevern-now', 'do-not-contact-guardians']));
    expect(walk(barn, [...toTheList, { type: 'ANSWER', value: ['afraid-to-go-home'] }]).outcome?.disposition).toBe('acute');
  });

  it('every way from the forms of violence to an outcome that is not acute passes the acute list', () => {
    if (!barn) throw new Error('barn flow missing');
    const index = indexNodes(barn.flow.definition);
    const ends = outcomesAvoiding(index, 'violence-forms', 'acute-triggers').map((id) => index.get(id)?.node);
    expect(ends.filter((n) => !(n?.kind === 'outcome' && n.disposition === 'acute')).map((n) => n?.id)).toEqual([]);
  });

  it('anything else among the forms goes on to the talk with the child', () => {
    if (!barn) throw new Error('barn flow missing');
    const others = ['physical', 'psychological', 'neglect', 'witnessing', 'material', 'latent', 'honour-control', 'digital'];
    expect(walk(barn, [{ type: 'ANSWER', value: 'no' }, { type: 'ANSWER', value: ['bruises'] }, { type: 'ANSWER', value: others }]).nodeId).toBe('talk-with-child');
  });

});

describe('barn: what is heard now, and what «unsure» is worth', () => {
  const barn = shippedFlows().find((r) => r.flow.id === 'barn');

  it('«unsure» about a serious crime leads to a report only with something concrete: the rule names every sign and every form', () => {
    if (!barn) throw new Error('barn flow missing');
    const index = indexNodes(barn.flow.definition);
    const optionsOf = (id: string) => { const n = index.get(id)?.node; return n?.kind === 'question' ? (n.options ?? []).map((o) => o.value).sort() : []; };
    const route = index.get('route')?.node;
    const rule = route?.kind === 'decision' ? route.rules.find((x) => x.id === 'possible-serious-crime') : undefined;
    // when: { all: [ serious_crime unsure, { any: [ signs_seen includesAny […], violence_forms includesAny […] ] } ] }
    const concrete = (rule?.when as { all: [unknown, { any: { fact: string; includesAny: string[] }[] }] } | undefined)?.all[1].any ?? [];
    for (const [question, fact] of [['signs', 'signs_seen'], ['violence-forms', 'violence_forms']] as const) {
      const named = concrete.find((c) => c.fact === fact)?.includesAny ?? [];
      expect([...named].sort(), question).toEqual(optionsOf(question));
    }
  });

  it('«violence or threats heard or seen right now» on the list after «unsure» is acute, with 112 and barnevern', () => {
    if (!barn) throw new Error('barn flow missing');
    const end = walk(barn, [{ type: 'ANSWER', value: 'unsure' }, { type: 'ANSWER', value: ['violence-now'] }]);
    expect(end.outcome?.disposition).toBe('acute');
    expect(end.outcome?.actions.map((a) => a.id)).toEqual(expect.arrayContaining(['call-112', 'notify-barnevern-now']));
  });
});

describe('utover: a person exposed who cannot protect themselves', () => {
  const utover = shippedFlows().find((r) => r.flow.id === 'utover');

  it('goes to the police only when something has happened: the rule, and the safety rule that checks it, name every value of what-happened', () => {
    if (!utover) throw new Error('utover flow missing');
    const index = indexNodes(utover.flow.definition);
    const whatHappened = index.get('what-happened')?.node;
    const options = whatHappened?.kind === 'question' ? (whatHappened.options ?? []).map((o) => o.value).sort() : [];
    const route = index.get('route')?.node;
    const rule = route?.kind === 'decision' ? route.rules.find((x) => x.id === 'cannot-protect-self') : undefined;
    const named = (rule?.when as { all: { fact: string; includesAny?: string[] }[] } | undefined)?.all.find((c) => c.fact === 'violence_kind')?.includesAny ?? [];
    expect([...named].sort()).toEqual(options);
    const checked = (somethingHappened as { includesAny: string[] }).includesAny;
    expect([...checked].sort()).toEqual(options);
  });
});

describe.each(['voksen', 'utover'])('%s: violence heard or seen right now', (id) => {
  it('ticked on the list after «unsure» is acute, with 112 and barnevern at the same time', () => {
    const r = shippedFlows().find((x) => x.flow.id === id);
    if (!r) throw new Error(`${id} flow missing`);
    const end = walk(r, [{ type: 'ANSWER', value: 'unsure' }, { type: 'ANSWER', value: ['violence-now'] }]);
    expect(end.outcome?.disposition).toBe('acute');
    expect(end.outcome?.actions.map((a) => a.id)).toEqual(expect.arrayContaining(['call-112', 'notify-barnevern-now']));
  });
});

describe('voksen: a rape ticked on the acute list after the talk', () => {
  const voksen = shippedFlows().find((r) => r.flow.id === 'voksen');

  it('still asks what can raise it: threats to kill and danger soon make it 112, with barnevern called now', () => {
    if (!voksen) throw new Error('voksen flow missing');
    const end = walk(voksen, [...upToTheList, answer(['threats-to-kill']), answer('yes'), answer('yes'), answer('no'), answer('no'), answer('not-ready'), { type: 'CONTINUE' }]);
    expect(end.nodeId).toBe('handle-acute');
    expect(end.outcome?.actions.map((a) => a.id)).toEqual(expect.arrayContaining(['call-112', 'notify-barnevern-now', 'legevakt']));
  });

  it('without them, goes to the rape outcome without asking again when it happened', () => {
    if (!voksen) throw new Error('voksen flow missing');
    const end = walk(voksen, [...upToTheList, answer([]), answer('no'), answer('no'), answer('no'), answer('no'), answer('not-ready'), { type: 'CONTINUE' }]);
    expect(end.nodeId).toBe('handle-rape');
    expect(end.outcome?.explanation.answers.map((a) => a.node)).not.toContain('rape-when');
    expect(end.facts.rape_when).toBeUndefined();
  });
});

describe('voksen: a person who cannot protect themselves, raped in the last days', () => {
  const voksen = shippedFlows().find((r) => r.flow.id === 'voksen');
  // Rape ticked on the list after the talk; no risk factors, no danger soon, no children; then
  // whether the person can protect themselves (if not: the one who did it is not staff or others
  // outside the family), 62+, their wishes.
  const rapeOutcome = (canProtect: 'yes' | 'no') => {
    if (!voksen) throw new Error('voksen flow missing');
    const protection = canProtect === 'yes' ? [answer('no')] : [answer('yes'), answer('no')];
    const end = walk(voksen, [...upToTheList, answer([]), answer('no'), answer('no'), ...protection, answer('no'), answer('not-ready'), { type: 'CONTINUE' }]);
    expect(end.nodeId).toBe('handle-rape');
    expect(end.facts.risk_exposed).toBe(canProtect === 'yes' ? 'no' : 'yes');
    const card = (id: string) => end.outcome?.actions.filter((a) => a.id === id) ?? [];
    return { card };
  };

  it('has the service take them to the examination, and nobody wash them or their bedding first', () => {
    const legevakt = rapeOutcome('no').card('legevakt');
    expect(legevakt).toHaveLength(1);
    expect(legevakt[0]?.who?.nb).toContain('ikke personen selv');
    expect(legevakt[0]?.text.nb).toContain('Ingen skal vaske personen');
    expect(legevakt[0]?.text.nb).toContain('sengetøy');
  });

  it('has you alert the police even if the person does not want it, and keep the suspect away until it is clarified', () => {
    const { card } = rapeOutcome('no');
    expect(card('contact-police')).toHaveLength(1);
    expect(card('contact-police')[0]?.text.nb).toContain('selv om personen ikke vil');
    expect(card('tryggest')[0]?.text.nb).toContain('den mistenkte ikke er alene med personen');
  });

  it('leaves the examination and the police to the person when they can protect themselves, with your offer of help', () => {
    const { card } = rapeOutcome('yes');
    expect(card('legevakt').map((a) => a.who?.nb)).toEqual([expect.stringContaining('Personen selv')]);
    expect(card('contact-police').map((a) => a.text.nb)).toEqual([expect.stringContaining('Ring 02800 sammen med personen')]);
    expect(card('tryggest')).toEqual([]);
  });
});

describe('barn: a suspect outside the family', () => {
  // A colleague, a coach or a neighbour is suspected: the parents are told, but who tells them and
  // when is agreed with the police, after a consultation as after a report, so that the one suspected
  // does not hear of it first (domain.md §4).
  it('has every card about telling the parents agree it with the police first, whatever the outcome', () => {
    const barn = shippedFlows().find((r) => r.flow.id === 'barn');
    if (!barn) throw new Error('barn flow missing');
    const outcomesWithTheCard = new Set<string>();
    visitOutcomes(barn, [], ({ view }) => {
      if (view.facts.suspect_outside_family !== 'yes') return;
      for (const card of view.outcome?.actions.filter((a) => a.id === 'inform-guardians') ?? []) {
        outcomesWithTheCard.add(view.nodeId);
        expect(card.text.nb).toContain('Avtal med politiet');
      }
    });
    expect([...outcomesWithTheCard].sort()).toEqual(['handle-consultation', 'handle-report']);
  });
});

describe('the safety check itself', () => {
  it('catches an acute outcome turned into a consultation', () => {
    const barn = shippedFlows().find((r) => r.flow.id === 'barn');
    if (!barn) throw new Error('barn flow missing');
    const broken = structuredClone(barn.flow);
    for (const n of broken.definition.phases.handle) if (n.kind === 'outcome' && n.disposition === 'acute') n.disposition = 'consultation';
    const { failures } = checkFlow(prepare(broken), RULES.barn ?? []);
    expect(failures.some((f) => f.message.startsWith('danger now ⇒ acute: got consultation'))).toBe(true);
  });

  // «Is the suspect outside the family?» only adds cards, so exploring keeps one state for its three
  // answers and visits each outcome once per way the cards read it (cardOnlyQuestions): a rule about
  // the last answer tried must still be checked.
  it('checks every answer to a question only cards read, not just the first one tried', () => {
    const barn = shippedFlows().find((r) => r.flow.id === 'barn');
    if (!barn) throw new Error('barn flow missing');
    const seen = new Map<string, Set<string>>();
    visitOutcomes(barn, [], ({ view }) => {
      const v = view.facts.suspect_outside_family;
      if (typeof v === 'string') seen.set(view.nodeId, (seen.get(view.nodeId) ?? new Set()).add(v));
    });
    // «Nei» and «Usikker» read alike by every card: one of them stands for both.
    expect(seen.size).toBeGreaterThanOrEqual(3);
    for (const values of seen.values()) expect([...values].map((v) => (v === 'yes' ? v : 'not yes')).sort()).toEqual(['not yes', 'yes']);
    const { failures } = checkFlow(barn, [{ name: 'nothing after «Usikker» about the suspect', when: { fact: 'suspect_outside_family', is: 'unsure' }, exclude: ['inform-leader'] }]);
    expect(failures.some((f) => f.message.includes('suspect-outside=unsure'))).toBe(true);
  });

  it('catches a missing "inform the leader"', () => {
    const barn = shippedFlows().find((r) => r.flow.id === 'barn');
    if (!barn) throw new Error('barn flow missing');
    const broken = structuredClone(barn.flow);
    for (const n of broken.definition.phases.handle) if (n.kind === 'outcome') n.actions = n.actions.filter((a) => a.action !== 'inform-leader');
    const { failures } = checkFlow(prepare(broken), RULES.barn ?? []);
    expect(failures.some((f) => f.message.startsWith('every outcome includes inform-leader'))).toBe(true);
  });
});

type Event = Parameters<typeof step>[2];
const answer = (value: string | string[]): Event => ({ type: 'ANSWER', value });
/** voksen: danger now «no», no signs, the two talk pages, «told», sexual violence, then the list after the talk: rape. */
const upToTheList: Event[] = [answer('no'), answer([]), { type: 'CONTINUE' }, { type: 'CONTINUE' }, answer('told'), answer(['sexual']), answer(['rape'])];

function walk(r: Runnable, events: Event[]) {
  let snapshot = startWalk(r);
  for (const e of events) snapshot = step(r, snapshot, e);
  return viewWalk(r, snapshot);
}

/** The checklist a flow asks when danger now is «unsure». */
function acuteCheck(index: Map<string, IndexedNode>, start: string) {
  const first = index.get(start)?.node;
  const check = first?.kind === 'question' ? index.get(first.branches?.unsure ?? '')?.node : undefined;
  if (check?.kind !== 'question') throw new Error('no acute checklist after «unsure»');
  return check;
}

/** The rules of the decision a question leads to, as id → target. */
function routeOf(index: Map<string, IndexedNode>, question: string) {
  const q = index.get(question)?.node;
  const route = q?.kind === 'question' ? index.get(q.next ?? '')?.node : undefined;
  return route?.kind === 'decision' ? route.rules.map((rule) => [rule.id, rule.next]) : [];
}

/** Outcomes reachable from `from` without passing `avoid`. */
function outcomesAvoiding(index: Map<string, IndexedNode>, from: string, avoid: string): string[] {
  const seen = new Set([from]);
  const queue = [from];
  const found: string[] = [];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (index.get(id)?.node.kind === 'outcome') found.push(id);
    for (const next of successors(index, id)) {
      if (next === avoid || seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return found;
}
