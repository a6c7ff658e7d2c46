import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { TextsProvider } from '../texts';
import type { Lang } from '../../engine/index';
import type { i18n as I18n } from 'i18next';
import { isLang } from '../../i18n/index';
import { OutcomeView } from '../OutcomeView';
import { StepView } from '../StepView';
import type { RehearsedStep } from './preparedFlows';
import { useWalk } from './useWalk';

const nothing = () => {};

/**
 * One step as the walk screen runs it — its own actor, started at that step — but with no saved
 * answers, no history entries and no-op callbacks: it is never seen or used.
 */
function Rehearsal({ step, lang }: { step: RehearsedStep; lang: Lang }) {
  const { view } = useWalk(step.r, { initial: step.snapshot, persist: false, history: false });
  if (view.outcome)
    return (
      <OutcomeView
        view={view}
        lang={lang}
        flowTitle={undefined}
        notes=""
        onNotesChange={nothing}
        draft={{}}
        onDraftChange={nothing}
        onBack={nothing}
        onRestart={nothing}
        now={new Date(0)}
      />
    );
  return <StepView view={view} lang={lang} onAnswer={nothing} onContinue={nothing} onBack={nothing} onRestart={nothing} />;
}

/**
 * Render this step once, hidden, lay it out, and throw it away — all within one task, so no frame
 * paints it and nobody (person, screen reader, focus) can meet it. The first time a phone builds and
 * lays out a step screen is several times slower than later times: the JavaScript engine compiles
 * the components, and the browser matches the stylesheet's rules and loads and shapes the fonts for
 * the first time. Doing that while the start page is read keeps it off the user's first taps.
 * With `paint`, a copy is also painted where no one can see it, for the letters (see paintOnce).
 */
export function rehearseRender(step: RehearsedStep, i18n: I18n, paint = false): void {
  const main = document.getElementById('main');
  if (!main) return;
  const box = document.createElement('div');
  // Laid out at the width the walk gets (so text is shaped as it will be), but never painted or exposed.
  box.setAttribute('aria-hidden', 'true');
  box.inert = true;
  box.className = 'rehearsal';
  const padding = getComputedStyle(main);
  box.style.width = `${main.clientWidth - parseFloat(padding.paddingLeft) - parseFloat(padding.paddingRight)}px`;
  main.appendChild(box);
  const root = createRoot(box);
  try {
    const lang = isLang(i18n.language) ? i18n.language : 'nb';
    flushSync(() =>
      root.render(
        <TextsProvider i18n={i18n}>
          <Rehearsal step={step} lang={lang} />
        </TextsProvider>,
      ),
    );
    box.getBoundingClientRect(); // style and layout now, within this task
    if (paint) paintOnce(box, main.getBoundingClientRect().left + parseFloat(padding.paddingLeft));
  } finally {
    root.unmount();
    box.remove();
  }
}

/** Attributes that would tie the copy to the real page: a second #step-heading, labels, radio groups. */
const TIES_TO_THE_PAGE = ['id', 'for', 'name', 'aria-labelledby', 'aria-describedby'];

/** Long enough for the frame that shows the copy to be rasterised (a few frames, even on a slow phone). */
export const PAINTED_FOR_MS = 300;

/**
 * The browser draws the letters of each font size and weight the first time they are painted (its
 * glyph cache), and a step uses sizes the start page does not: drawing them made the start → first
 * question tap's raster longer than any later tap's (text ≈ 6–14 ms of it, then ≈ 3–4, traced; the
 * tap's median 8–12 ms shorter in an A/B). A copy of the rehearsed step — static DOM, no ids, no
 * React — is painted at an opacity no eye can tell from nothing (under one step of 255 in any
 * colour, but not 0, which the browser would skip), below the page, inert and hidden from screen
 * readers, for a few frames; then it is removed, and the letters stay in the cache.
 */
function paintOnce(box: HTMLElement, left: number): void {
  const copy = box.cloneNode(true) as HTMLElement;
  for (const el of copy.querySelectorAll(TIES_TO_THE_PAGE.map((a) => `[${a}]`).join(','))) {
    for (const attr of TIES_TO_THE_PAGE) el.removeAttribute(attr);
  }
  copy.className = 'rehearsal-painted';
  copy.setAttribute('inert', ''); // as the box, whose `inert` property some DOMs do not copy
  copy.style.left = `${left}px`; // where the step's text starts in <main>
  document.body.appendChild(copy);
  setTimeout(() => copy.remove(), PAINTED_FOR_MS);
}
