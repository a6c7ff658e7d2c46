// No requests to other origins: load the start page and walk the child flow to an outcome by
// clicking, recording every request the browser makes for the page.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE, useE2E } from './harness';
import { answer, atStep, goOn } from './walk';

const e2e = useE2E();

async function answerAt(page: Page, heading: string, label: string): Promise<void> {
  await atStep(page, heading);
  await answer(page, label);
}

async function goOnAt(page: Page, heading: string): Promise<void> {
  await atStep(page, heading);
  await goOn(page);
}

describe('same origin', () => {
  it('loads the start page and walks the child flow to an outcome without a request to another origin', async () => {
    const { page, requests, console } = await e2e().newPage({ viewport: PHONE });
    await page.goto(e2e().url('/'), { waitUntil: 'networkidle' });

    await page.getByRole('link', { name: 'Jeg er bekymret for et barn' }).click();
    // A path from flows/barn to "Send bekymringsmelding" (npm run flows -- paths barn --list).
    await answerAt(page, 'Er barnet eller noen andre i fare akkurat nå?', 'Nei');
    await atStep(page, 'Hva har du lagt merke til hos barnet?');
    await page.getByRole('checkbox', { name: 'Uro og irritabilitet' }).check();
    await goOn(page);
    await goOnAt(page, 'Har du sett, hørt eller fått fortalt noe som peker mot noe av dette?');
    await goOnAt(page, 'Snakk med barnet');
    await goOnAt(page, 'Når barnet har fortalt');
    await goOnAt(page, 'Nå som du vet mer: gjelder noe av dette barnet?');
    await answerAt(page, 'Har du grunn til å tro at barnet blir mishandlet, utsatt for alvorlig omsorgssvikt eller seksuelle overgrep – eller vil bli det?', 'Ja');
    await answerAt(page, 'Er det sikkert eller mest sannsynlig at barnet blir utsatt for alvorlig vold eller overgrep – nå, igjen eller snart?', 'Nei');
    await answerAt(page, 'Lever barnet med vold mellom voksne hjemme?', 'Ja');
    await goOnAt(page, 'Vet du om noe av dette i volden mellom de voksne?');
    await answerAt(page, 'Er det sendt melding om barnet før, og saken ble henlagt – men volden fortsetter?', 'Ja');
    await answerAt(page, 'Kan foreldrene, andre foresatte eller noen barnet bor med være involvert i volden eller overgrepene?', 'Nei');
    await answerAt(page, 'Mistenker du en ansatt, en frivillig eller en annen voksen utenfor familien?', 'Nei');
    await atStep(page, 'Send bekymringsmelding');
    await page.waitForLoadState('networkidle');

    const origin = e2e().origin;
    const urls = requests.requests.map((r) => r.url);
    // The walk did go over the network: the page, its script and the flow it walked.
    expect(urls).toEqual(expect.arrayContaining([`${origin}/`, `${origin}/flows/index.json`]));
    expect(urls.some((u) => u.startsWith(`${origin}/flows/barn/`))).toBe(true);
    expect(requests.foreign(origin), `requests to other origins:\n${requests.foreign(origin).map((r) => `  ${r.method} ${r.url}`).join('\n')}`).toEqual([]);
    const entries = await console.collect(page);
    expect(console.cspViolations, console.format()).toEqual([]);
    expect(entries.filter((e) => e.type === 'pageerror'), console.format()).toEqual([]);
  });
});
