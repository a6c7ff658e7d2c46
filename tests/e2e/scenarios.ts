/**
 * The shipped scenarios (flows/<flow>/scenarios/*.yaml) and the vocabulary, read at test time so the
 * browser walks follow the data, and a walk driver that answers each screen by what a user sees:
 * the step heading, and buttons, radios and checkboxes by their accessible names (nb).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { parse } from 'yaml';
import type { CompiledFlow, Disposition, FlowNode, GuidanceNode, QuestionNode } from '../../src/engine/index';
import nb from '../../src/i18n/nb';
import { ROOT } from './build';

export const FLOWS_DIR = join(ROOT, 'flows');

/** The fields of a scenario file the walks use (the full schema is src/schema/scenario.ts). */
export interface ScenarioFile {
  /** e.g. "14-barnehage-vitne-til-vold" */
  id: string;
  flow: string;
  version?: string;
  role?: string;
  answers: Record<string, string | string[]>;
  expect: { disposition: Disposition; outcome?: string; actions?: { include?: string[]; exclude?: string[] } };
}

export function readScenarios(flow: string): ScenarioFile[] {
  const dir = join(FLOWS_DIR, flow, 'scenarios');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...(parse(readFileSync(join(dir, f), 'utf8')) as Omit<ScenarioFile, 'id'>) }));
}

/** The first shipped scenario (by file name) of `flow` that expects `disposition`, walked with no workplace chosen. */
export function scenarioFor(flow: string, disposition: Disposition): ScenarioFile {
  const s = readScenarios(flow).find((x) => x.expect.disposition === disposition && x.role === undefined);
  if (!s) throw new Error(`flows/${flow}/scenarios has no scenario (without a role) that expects ${disposition}`);
  return s;
}

/** The disposition's headline in bokmål, from flows/vocabulary.yaml. */
export function dispositionTitle(disposition: Disposition): string {
  const vocab = parse(readFileSync(join(FLOWS_DIR, 'vocabulary.yaml'), 'utf8')) as { dispositions: Record<string, { title: { nb: string } }> };
  const title = vocab.dispositions[disposition]?.title.nb;
  if (!title) throw new Error(`flows/vocabulary.yaml has no title for ${disposition}`);
  return title;
}

export const YESNO_LABEL: Record<string, string> = { yes: nb.walk.yesno.yes, no: nb.walk.yesno.no, unsure: nb.walk.yesno.unsure };

type StepNode = QuestionNode | GuidanceNode;

/** The flow's questions and guidance cards by the heading the user sees (nb). */
export function stepsByHeading(flow: CompiledFlow): Map<string, StepNode> {
  const map = new Map<string, StepNode>();
  for (const phase of Object.values(flow.definition.phases)) {
    for (const n of phase as FlowNode[]) {
      const heading = n.kind === 'question' ? n.prompt.nb : n.kind === 'guidance' ? n.title.nb : undefined;
      if (heading === undefined) continue;
      if (map.has(heading)) throw new Error(`${flow.id}: two steps share the heading «${heading}»; the walk cannot tell them apart`);
      map.set(heading, n as StepNode);
    }
  }
  return map;
}

/** The visible label of an option value (nb). */
export function optionLabel(node: QuestionNode, value: string): string {
  if (node.answer === 'yesno') {
    const label = YESNO_LABEL[value];
    if (!label) throw new Error(`${node.id}: "${value}" is not a yes/no answer`);
    return label;
  }
  const o = node.options?.find((x) => x.value === value);
  if (!o?.label.nb) throw new Error(`${node.id}: no option "${value}"`);
  return o.label.nb;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A radio or checkbox by its label. An option with help text has the help in its label too, so the
 * accessible name is "<label> <help>": match the label at the start, and insist on exactly one.
 */
export async function option(scope: Page | Locator, role: 'radio' | 'checkbox', label: string): Promise<Locator> {
  // A long list shows its first rows in the tap's frame and is aria-busy until the rest are there.
  await scope.locator('[aria-busy="true"]').waitFor({ state: 'detached' });
  const exact = scope.getByRole(role, { name: label, exact: true });
  if ((await exact.count()) === 1) return exact;
  const prefixed = scope.getByRole(role, { name: new RegExp(`^${escape(label)}(\\s|$)`) });
  const n = await prefixed.count();
  if (n !== 1) throw new Error(`expected one ${role} labelled «${label}», found ${n}`);
  return prefixed;
}

export const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

/** The step heading's text, once the step has rendered. */
export async function headingText(page: Page): Promise<string> {
  await page.locator('#step-heading').waitFor();
  return ((await page.locator('#step-heading').textContent()) ?? '').trim();
}

export const isOutcome = async (page: Page) => (await page.locator('main .outcome').count()) > 0;

/** Wait until the step heading is no longer `before` (the next step or the outcome has rendered). */
export async function nextStep(page: Page, before: string): Promise<void> {
  await page.waitForFunction((b) => {
    const h = document.getElementById('step-heading');
    return !!h && (h.textContent ?? '').trim() !== b;
  }, before);
}

export interface WalkOptions {
  /** Called on every screen, questions, guidance and the outcome, before it is answered. */
  onStep?: (heading: string) => Promise<void>;
  /** Safety stop. */
  maxSteps?: number;
}

/**
 * Answer each screen as the scenario says, by clicking the visible options, until the outcome shows.
 * Returns the headings seen, in order (the outcome's last).
 */
export async function walkScenario(page: Page, flow: CompiledFlow, answers: ScenarioFile['answers'], opts: WalkOptions = {}): Promise<string[]> {
  const steps = stepsByHeading(flow);
  const seen: string[] = [];
  for (let i = 0; i < (opts.maxSteps ?? 60); i++) {
    const heading = await headingText(page);
    seen.push(heading);
    await opts.onStep?.(heading);
    if (await isOutcome(page)) return seen;
    const node = steps.get(heading);
    if (!node) throw new Error(`${flow.id}: the screen «${heading}» is not a step of the flow`);
    const card = page.locator('main .step');
    if (node.kind === 'guidance') {
      await card.getByRole('button', { name: nb.walk.continue.button, exact: true }).click();
    } else {
      const given = answers[node.id];
      if (given === undefined && node.answer !== 'checklist') throw new Error(`${flow.id}: the scenario has no answer for «${node.id}»`);
      if (node.answer === 'yesno') {
        await card.getByRole('button', { name: optionLabel(node, given as string), exact: true }).click();
      } else if (node.answer === 'choice') {
        await (await option(card, 'radio', optionLabel(node, given as string))).check();
        await card.getByRole('button', { name: nb.walk.next.button, exact: true }).click();
      } else {
        for (const v of (given ?? []) as string[]) await (await option(card, 'checkbox', optionLabel(node, v))).check();
        await card.getByRole('button', { name: nb.walk.continue.button, exact: true }).click();
      }
    }
    await nextStep(page, heading);
  }
  throw new Error(`${flow.id}: no outcome after ${opts.maxSteps ?? 60} screens`);
}

/** The start page's link to a flow, in bokmål. */
export function startLink(flow: string): string {
  const titles: Record<string, string> = { barn: nb.start.barn.title, voksen: nb.start.voksen.title, utover: nb.start.utover.title };
  const title = titles[flow];
  if (!title) throw new Error(`the start page has no link to the flow «${flow}»`);
  return title;
}

/** From the start page: choose the scenario's flow, walk it, and wait for the outcome it expects. */
export async function walkFromStart(page: Page, flow: CompiledFlow, scenario: ScenarioFile): Promise<void> {
  await page.getByRole('link', { name: startLink(scenario.flow) }).click();
  await walkScenario(page, flow, scenario.answers);
  await page.getByRole('heading', { level: 1, name: dispositionTitle(scenario.expect.disposition) }).waitFor();
}

/** `/flows/<id>/<version>.json` from the server under test. */
export async function fetchFlow(origin: string, id: string, version: string): Promise<CompiledFlow> {
  const res = await fetch(`${origin}/flows/${id}/${version}.json`);
  if (!res.ok) throw new Error(`/flows/${id}/${version}.json: HTTP ${res.status}`);
  return (await res.json()) as CompiledFlow;
}

/** The scenario's version, or the newest in /flows/index.json. */
export async function scenarioFlow(origin: string, s: ScenarioFile): Promise<CompiledFlow> {
  if (s.version) return fetchFlow(origin, s.flow, s.version);
  const res = await fetch(`${origin}/flows/index.json`);
  const index = (await res.json()) as { flows: { id: string; versions: { version: string }[] }[] };
  const versions = index.flows.find((f) => f.id === s.flow)?.versions.map((v) => v.version) ?? [];
  const newest = versions.sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).at(-1);
  if (!newest) throw new Error(`/flows/index.json has no version of ${s.flow}`);
  return fetchFlow(origin, s.flow, newest);
}

/** No horizontal scroll: the page is no wider than the viewport. */
export async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number; wide: string[] } | undefined> {
  return page.evaluate(() => {
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth <= window.innerWidth) return undefined;
    // Name the widest offenders, to make the failure actionable.
    const wide = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
      .slice(0, 8)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} (right ${Math.round(el.getBoundingClientRect().right)})`);
    return { scrollWidth, innerWidth: window.innerWidth, wide };
  });
}
