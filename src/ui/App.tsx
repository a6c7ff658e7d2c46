import { lazy, memo, Suspense, useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { TextsProvider, useTexts } from './texts';
import type { i18n as I18n } from 'i18next';
import type { ResolvedAction } from '../engine/index';
import { isLang } from '../i18n/index';
import type { ActionContact } from './ActionCard';
import type { ReportDraft } from './BekymringsmeldingHelper';
import { AboutLinks } from './about/AboutLinks';
import { ClearAll } from './ClearAll';
import type { FlowRunnerProps } from './FlowRunner';
import { afterPaint } from './afterPaint';
import { createAnnouncer, LiveRegion } from './LiveRegion';
import { preloadable, useModule } from './preloadable';
import { EmergencyStrip } from './EmergencyStrip';
import { LanguageSwitch } from './LanguageSwitch';
import { LoadError } from './LoadError';
import { ProblemsView } from './ProblemsView';
import { UpdatePrompt } from './pwa/UpdatePrompt';
import { StartPageLeaving, StartView } from './StartView';
import { httpProfileSource, type ProfileSource } from './profiles/source';
import { ProfileNote } from './settings/ProfileNote';
import { StartSetup } from './settings/StartSetup';
import { useSetup } from './settings/useSetup';
import { httpSource, type FlowSource } from './walk/source';
import { clearRecord } from './walk/storage';
import { useFlowCatalog } from './walk/useFlowCatalog';
import { useRoute } from './walk/useRoute';
import { focusStepHeading, whenHeadingShown } from './StepHeading';
import { usePageTitle } from './usePageTitle';

/** Trainers and case discussions (#/trening…): loaded only when opened, so the first screen stays light. */
const Trainer = lazy(() => import('./trainer/Trainer'));
/**
 * The walk (XState and the engine) loads when the app starts, after the start page is shown, and then
 * warms the flows — so a tap on a choice renders the first question at once (see preloadable.ts).
 */
const walkModule = preloadable(() => import('./FlowRunner'));
// The settings load when first needed, keeping the start page light.
const SettingsView = lazy(() => import('./settings/SettingsView').then((m) => ({ default: m.SettingsView })));
/** The accessibility and privacy statements (#/om/…): loaded only when opened. */
const About = lazy(() => import('./about/About'));

export interface AppProps {
  i18n: I18n;
  /** Where flows come from; defaults to /flows/ on this origin. */
  source?: FlowSource;
  /** Clock for the summary (tests pin it). */
  now?: () => Date;
  /** Where contact profiles come from; defaults to /flows/profiles/ on this origin. */
  profileSource?: ProfileSource;
  /** Overrides who to call per action (by default worked out from the contact profile in use). */
  contactsFor?: (action: ResolvedAction) => ActionContact[] | undefined;
}

export function App({ i18n, ...rest }: AppProps) {
  return (
    <TextsProvider i18n={i18n}>
      <Shell {...rest} />
    </TextsProvider>
  );
}

const defaultSource = httpSource();
const defaultProfileSource = httpProfileSource();

function Shell({ source = defaultSource, profileSource = defaultProfileSource, now, contactsFor: contactsOverride }: Omit<AppProps, 'i18n'>) {
  const { t, i18n, instance } = useTexts();
  const lang = isLang(i18n.language) ? i18n.language : 'nb';
  const { route, goStart } = useRoute();
  const catalog = useFlowCatalog(source);
  // Contact profile and workplace (remembered on the device, ids only); who to call now.
  const setup = useSetup({ profileSource, now, lang, contactsFor: contactsOverride });
  const { contactsFor } = setup;
  // What a user writes lives here, in memory only. «Tøm alt» empties it.
  const [notes, setNotes] = useState('');
  const [draft, setDraft] = useState<ReportDraft>({});
  const [announcer] = useState(createAnnouncer);
  const [generation, setGeneration] = useState(0);

  const clearAll = useCallback(() => {
    setNotes('');
    setDraft({});
    clearRecord();
    setGeneration((g) => g + 1); // remounts the walk: a fresh actor
    goStart();
    announcer.announce(t('app.announce.cleared'));
  }, [goStart, t, announcer]);

  // Back on the start page or to another page (not on first load): move focus to its heading.
  const shown = useRef<string | undefined>(undefined);
  const routeKey = `${route.name}:${route.name === 'flow' ? route.id : ''}#${generation}`;
  // Fetch the walk's code and prepare the flows while the user reads the start page, so the first
  // step does not wait for either. (The app itself only starts once someone uses the page: see src/main.tsx.)
  const ready = catalog.status === 'ready' ? catalog.catalog : undefined;
  useEffect(() => {
    if (!ready) return;
    const stop = new AbortController();
    const cancel = whenIdle(() => void walkModule.load().then((m) => m.warmUp(source, ready, instance, { idle: idleMoment, signal: stop.signal }), () => undefined));
    return () => {
      cancel();
      stop.abort();
    };
  }, [ready, source, i18n, instance]); // `i18n` is new when the language changes: warm that language too

  useEffect(() => {
    const before = shown.current;
    shown.current = routeKey;
    if (before === undefined || before === routeKey) return;
    // Pages that load on demand have no heading yet: wait for it (a few frames at most).
    if (route.name !== 'flow') return whenHeadingShown((heading) => heading.focus());
  }, [route.name, routeKey]);

  const startView = useMemo(
    () => (
      <StartView catalog={catalog.status === 'ready' ? catalog.catalog : undefined}>
        <StartSetup setup={setup} lang={lang} />
      </StartView>
    ),
    [catalog, setup, lang],
  );
  usePageTitle(route, lang, ready);
  const startLingers = useStartLingering(route.name === 'start', route.name === 'flow');

  const main = useMemo(() => {
    if (route.name === 'start') return null;
    if (route.name === 'settings')
      return (
        <Suspense fallback={<p role="status">{t('app.loading.text')}</p>}>
          <SettingsView profiles={setup.profiles} role={setup.role} onRoleChange={setup.setRole} lang={lang} />
        </Suspense>
      );
    if (route.name === 'about')
      return (
        <Suspense fallback={<p role="status">{t('app.loading.text')}</p>}>
          <About segment={route.page} lang={lang} source={source} />
        </Suspense>
      );
    if (catalog.status === 'loading') return <p role="status">{t('app.loading.text')}</p>;
    if (catalog.status === 'problems') return <ProblemsView problems={catalog.problems} />;
    if (catalog.status === 'error') return <LoadError message={catalog.message} onRetry={catalog.reload} />;
    if (route.name === 'trainer')
      return (
        <Suspense fallback={<p role="status">{t('app.loading.text')}</p>}>
          <Trainer rest={route.rest} catalog={catalog.catalog} source={source} lang={lang} />
        </Suspense>
      );
    return (
      <WalkPage
        key={`${route.id}#${generation}`}
        id={route.id}
        catalog={catalog.catalog}
        source={source}
        lang={lang}
        notes={notes}
        onNotesChange={setNotes}
        draft={draft}
        onDraftChange={setDraft}
        now={now}
        contactsFor={contactsFor}
        role={setup.role}
        onRoleChange={setup.setRole}
        profile={<ProfileNote profiles={setup.profiles} lang={lang} />}
        profileName={setup.profileName}
      />
    );
  }, [route, catalog, source, lang, notes, draft, now, contactsFor, generation, t, setup]);

  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('app.skip.link')}
      </a>
      <SiteHeader onClear={clearAll} />
      <EmergencyStrip />
      <UpdatePrompt />
      <main id="main" tabIndex={-1}>
        {main}
        {(route.name === 'start' || startLingers) && (
          <div className="start-page" hidden={route.name !== 'start'}>
            <StartPageLeaving.Provider value={route.name !== 'start'}>{startView}</StartPageLeaving.Provider>
          </div>
        )}
      </main>
      <SiteFooter />
      <LiveRegion announcer={announcer} />
    </>
  );
}

/**
 * The skip link moves focus to the main content without following its `#main` href: the app's pages
 * live in the hash (#/barn …), and an address of `#main` would leave the page the person is on —
 * a walk in progress too — for the start page.
 */
function skipToMain(e: MouseEvent<HTMLAnchorElement>): void {
  e.preventDefault();
  document.getElementById('main')?.focus();
}

/**
 * The page's header and footer. Memoised, like the emergency strip, the update prompt and the live
 * region: they change with the language only, so a tap that changes the page does not rebuild them.
 */
const SiteHeader = memo(function SiteHeader({ onClear }: { onClear: () => void }) {
  const { t } = useTexts();
  return (
    <header className="site-header">
      <div className="header-row">
        <a className="brand" href="#/">
          <span className="brand-name">{t('app.title.text')}</span>
          <span className="brand-tagline">{t('app.tagline.text')}</span>
        </a>
        <LanguageSwitch />
        <ClearAll onClear={onClear} />
      </div>
    </header>
  );
});

const SiteFooter = memo(function SiteFooter() {
  const { t } = useTexts();
  return (
    <footer className="site-footer">
      <p>{t('footer.privacy.text')}</p>
      <p>{t('footer.emergency.text')}</p>
      <AboutLinks />
    </footer>
  );
});

/** The walk, rendered in the same frame as the tap when its code is already here. */
function WalkPage(props: FlowRunnerProps) {
  const { t } = useTexts();
  const walk = useModule(walkModule);
  // The walk's code could not be loaded: its error screen takes focus, as FlowRunner's do.
  useEffect(() => (walk.status === 'error' ? afterPaint(focusStepHeading) : undefined), [walk.status]);
  if (walk.status === 'loading') return <p role="status">{t('app.loading.text')}</p>;
  if (walk.status === 'error') return <LoadError message={walk.message} onRetry={walk.retry} />;
  return <walk.module.FlowRunner {...props} />;
}

/** Run `fn` when the browser is idle (or after a short delay where it cannot tell); returns a cancel. */
function whenIdle(fn: () => void): () => void {
  if ('requestIdleCallback' in window) {
    const id = window.requestIdleCallback(fn, { timeout: 3000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(fn, 1500);
  return () => clearTimeout(id);
}

/**
 * Choosing a flow hides the start page in the tap's frame and removes it only after the paint:
 * React's removal of the whole page (≈ a quarter of the first tap's main-thread work at 4×,
 * profiled) is then not in the frame that shows the first question. While hidden (for that frame
 * and the task after it) it comes after the walk, and its heading gives up `#step-heading`
 * (StartPageLeaving), so the walk's heading is the only one — a duplicate for that frame was met by
 * a test in CI. Only for a flow: the pages loaded on demand replace the start page at once.
 */
function useStartLingering(onStart: boolean, toFlow: boolean): boolean {
  const [lingers, setLingers] = useState(false);
  const [wasOnStart, setWasOnStart] = useState(onStart);
  if (wasOnStart !== onStart) {
    // Adjusting state while rendering (React's pattern for state that follows a change): the start
    // page is still there, hidden, in the very commit that leaves it.
    setWasOnStart(onStart);
    setLingers(!onStart && toFlow);
  }
  useEffect(() => (lingers ? afterPaint(() => setLingers(false)) : undefined), [lingers]);
  return lingers;
}

/** A promise for the browser's next idle moment. */
const idleMoment = () => new Promise<void>((resolve) => void whenIdle(resolve));

