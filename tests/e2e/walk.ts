/**
 * Walking a flow in the browser by what a user sees: step headings, and buttons, radios and
 * checkboxes by their accessible names (nb). Shared by the e2e tests and the benchmarks.
 */
import type { Page } from 'playwright-core';

/**
 * Wait until the app has taken over the static start page (src/main.tsx starts it on the first sign
 * of use). Only the app's choices carry `data-flow` (src/ui/StartView.tsx): the static page has the
 * same texts, so a text cannot tell the two apart.
 */
export async function appTookOver(page: Page): Promise<void> {
  await page.locator('.start-choices a[data-flow]').first().waitFor();
}

/** Wait for the step heading (h1) with this text. */
export async function atStep(page: Page, heading: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/**
 * Give a yes/no or choice answer: a button that answers at once (yes/no), or a radio and «Neste».
 * Call after `atStep`, so the step has rendered.
 */
export async function answer(page: Page, label: string): Promise<void> {
  const button = page.getByRole('button', { name: label, exact: true });
  if ((await button.count()) > 0) {
    await button.click();
    return;
  }
  await page.getByRole('radio', { name: label, exact: true }).check();
  await page.getByRole('button', { name: 'Neste', exact: true }).click();
}

/** «Gå videre» on a guidance card or a checklist. */
export async function goOn(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Gå videre', exact: true }).click();
}

/** From the start page: «barn», «Nei», and its «signs» checklist with every row shown (no longer aria-busy). */
export async function openSignsChecklist(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Jeg er bekymret for et barn' }).click();
  await atStep(page, 'Er barnet eller noen andre i fare akkurat nå?');
  await answer(page, 'Nei');
  await atStep(page, 'Hva har du lagt merke til hos barnet?');
  await page.locator('[aria-busy="true"]').waitFor({ state: 'detached' });
}
