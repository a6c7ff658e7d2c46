import { useEffect, useRef, type ReactNode } from 'react';

/** The id every screen gives its heading: focus moves there when the screen changes, and regions are labelled by it. */
export const STEP_HEADING_ID = 'step-heading';

/**
 * A screen's heading: `#step-heading`, where focus goes when the screen changes (tabIndex -1, so it
 * can take focus without being in the Tab order). `holdsId={false}` for a page on its way out that
 * must not share the id with the screen replacing it (the lingering start page, src/ui/StartView.tsx).
 */
export function StepHeading({ children, holdsId = true }: { children: ReactNode; holdsId?: boolean }) {
  return (
    <h1 id={holdsId ? STEP_HEADING_ID : undefined} tabIndex={-1}>
      {children}
    </h1>
  );
}

/** The current screen's heading, if one is shown. */
export const currentStepHeading = (): HTMLElement | null => document.getElementById(STEP_HEADING_ID);

/**
 * Not inside content that is hidden. React hides (display: none) the page being left while the next
 * one's code loads in the same Suspense boundary: its heading is still in the document, but it is
 * not the page shown, and cannot take focus.
 */
const isShown = (el: HTMLElement): boolean => el.closest('[hidden], [style*="display: none"]') === null;

/** Calls `then` with the screen's heading as soon as there is one (pages loaded on demand show it a few frames later). */
export function whenHeadingShown(then: (heading: HTMLElement) => void, framesLeft = 120): () => void {
  let id = 0;
  const look = (left: number): void => {
    const heading = currentStepHeading();
    if (heading && isShown(heading)) then(heading);
    else if (left > 0) id = requestAnimationFrame(() => look(left - 1));
  };
  look(framesLeft);
  return () => cancelAnimationFrame(id);
}

/** Move focus to the current screen's heading (a screen reader then reads it); nothing if there is none yet. */
export function focusStepHeading(): void {
  currentStepHeading()?.focus();
}

/**
 * For a screen whose pages change inside it (the about pages, the trainer's): move focus to the
 * heading when the page changes, and when the screen first shows if `cameInApp()` says it was reached
 * from within the app. Not on a first load straight into the page, where reading starts at the top.
 */
export function useFocusHeadingOnNewPage(page: string, cameInApp: () => boolean): void {
  const shown = useRef<string | undefined>(undefined);
  useEffect(() => {
    const before = shown.current;
    shown.current = page;
    if (before === undefined ? cameInApp() : before !== page) focusStepHeading();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new page moves focus; cameInApp is read then
  }, [page]);
}
