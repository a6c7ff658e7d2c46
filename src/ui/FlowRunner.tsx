import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTexts } from './texts';
import { restoreWalk, type FlowCatalog, type Lang, type RestoreResult, type Role, type Runnable, type WalkRecord, type WalkSnapshot } from '../engine/index';
import type { ActionContact } from './ActionCard';
import type { ReportDraft } from './BekymringsmeldingHelper';
import { LoadError } from './LoadError';
import { OutcomeView } from './OutcomeView';
import { ProblemsView } from './ProblemsView';
import { StepHeading, STEP_HEADING_ID, focusStepHeading } from './StepHeading';
import { StepView } from './StepView';
import { FlowProblemsError, newestVersion, type FlowSource } from './walk/source';
import { clearRecord, readRecord } from './walk/storage';
import { useWalk } from './walk/useWalk';
import { prepareFlow, preparedNow } from './walk/preparedFlows';

export { warmUp } from './walk/warmUp';
import { afterPaint } from './afterPaint';
import { showFromTop } from './showFromTop';
import type { ResolvedAction } from '../engine/index';

type RestoreCode = Extract<RestoreResult, { ok: false }>['code'];

type Load =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'error'; message: string }
  | { status: 'problems'; problems: FlowProblemsError['problems'] }
  | { status: 'restore-failed'; code: RestoreCode }
  | { status: 'ready'; r: Runnable; initial: WalkSnapshot | undefined };

export interface FlowRunnerProps {
  id: string;
  catalog: FlowCatalog;
  source: FlowSource;
  lang: Lang;
  notes: string;
  onNotesChange: (notes: string) => void;
  draft: ReportDraft;
  onDraftChange: (draft: ReportDraft) => void;
  now?: (() => Date) | undefined;
  contactsFor?: ((action: ResolvedAction) => ActionContact[] | undefined) | undefined;
  /** Where the user works (actions and law follow it), and a way to change it from the outcome. */
  role?: Role | undefined;
  onRoleChange?: ((role: Role | undefined) => void) | undefined;
  /** The contact profile in use, by name, with a note when local numbers are missing. */
  profile?: ReactNode;
  profileName?: string | undefined;
}

type Plan = { load: Load } | { version: string; record: WalkRecord | undefined };

/**
 * Which version to walk and from where: resume only when this history entry belongs to a walk
 * (a reload, or back/forward into it); choosing a flow from the start page starts a new walk.
 */
function planWalk(id: string, catalog: FlowCatalog, fresh: boolean): Plan {
  const entry = catalog.flows.find((f) => f.id === id);
  if (!entry) return { load: { status: 'missing' } };
  const state: unknown = window.history.state;
  const resuming = !fresh && state !== null && typeof state === 'object' && 'tk' in state;
  const saved = resuming ? readRecord() : undefined;
  const record = saved?.flow === id ? saved : undefined;
  if (!record) clearRecord();
  const version = record ? (entry.versions.some((v) => v.version === record.version) ? record.version : undefined) : newestVersion(entry);
  if (version !== undefined) return { version, record };
  if (!record) return { load: { status: 'missing' } };
  const res = restoreWalk(undefined, record);
  return { load: res.ok ? { status: 'missing' } : { status: 'restore-failed', code: res.code } };
}

function startOrResume(r: Runnable, record: WalkRecord | undefined): Load {
  if (!record) return { status: 'ready', r, initial: undefined };
  const res = restoreWalk(r, record);
  return res.ok ? { status: 'ready', r, initial: res.snapshot } : { status: 'restore-failed', code: res.code };
}

/** The walk at once when its flow is already prepared (the start page warms them), else undefined. */
function loadWalkNow(id: string, catalog: FlowCatalog, source: FlowSource, fresh: boolean): Load | undefined {
  const plan = planWalk(id, catalog, fresh);
  if ('load' in plan) return plan.load;
  const r = preparedNow(source, id, plan.version);
  return r ? startOrResume(r, plan.record) : undefined;
}

async function loadWalk(id: string, catalog: FlowCatalog, source: FlowSource, fresh: boolean): Promise<Load> {
  const plan = planWalk(id, catalog, fresh);
  if ('load' in plan) return plan.load;
  try {
    return startOrResume(await prepareFlow(source, id, plan.version), plan.record);
  } catch (e) {
    if (e instanceof FlowProblemsError) return { status: 'problems', problems: e.problems };
    return { status: 'error', message: e instanceof Error ? e.message : String(e) };
  }
}

/** Picks the flow version (the pinned one when resuming), loads it, restores the walk, and runs it. */
export function FlowRunner(props: FlowRunnerProps) {
  const { id, catalog, source } = props;
  const { t } = useTexts();
  const [load, setLoad] = useState<Load>(() => loadWalkNow(id, catalog, source, false) ?? { status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [fresh, setFresh] = useState(false);
  /** Loaded while rendering the first time: the effect has nothing to do until something changes. */
  const loadedAtOnce = useRef(load.status !== 'loading');

  useEffect(() => {
    if (loadedAtOnce.current) {
      loadedAtOnce.current = false;
      return;
    }
    let live = true;
    void loadWalk(id, catalog, source, fresh).then((l) => live && setLoad(l));
    return () => {
      live = false;
    };
  }, [id, catalog, source, attempt, fresh]);

  const startAgain = useCallback(() => {
    clearRecord();
    window.history.replaceState(null, '');
    setLoad({ status: 'loading' });
    setFresh(true);
    setAttempt((n) => n + 1);
  }, []);

  // A screen shown instead of a step (not found, an error, a walk that cannot go on) takes focus as a
  // step does: the start page link the user chose is gone, and focus would otherwise fall to the page.
  useEffect(() => (load.status === 'loading' || load.status === 'ready' ? undefined : afterPaint(focusStepHeading)), [load.status]);

  switch (load.status) {
    case 'loading':
      return <p role="status">{t('app.loading.text')}</p>;
    case 'missing':
      return (
        <section aria-labelledby={STEP_HEADING_ID}>
          <StepHeading>{t('flow.missing.title')}</StepHeading>
          <p>{t('flow.missing.text')}</p>
          <p>
            <a href="#/">{t('app.home.link')}</a>
          </p>
        </section>
      );
    case 'problems':
      return <ProblemsView problems={load.problems} />;
    case 'error':
      return (
        <LoadError
          message={load.message}
          onRetry={() => {
            setLoad({ status: 'loading' });
            setAttempt((n) => n + 1);
          }}
        />
      );
    case 'restore-failed':
      return (
        <section aria-labelledby={STEP_HEADING_ID} className="restore-failed">
          <StepHeading>{t('restore.failed.title')}</StepHeading>
          <p data-code={load.code}>{t(`restore.code.${load.code}`)}</p>
          <p>{t('restore.failed.text')}</p>
          <button type="button" className="primary" onClick={startAgain}>
            {t('restore.start.button')}
          </button>
        </section>
      );
    case 'ready':
      return <WalkScreen key={`${load.r.flow.id}@${load.r.flow.version}#${attempt}`} {...props} r={load.r} initial={load.initial} />;
  }
}

function WalkScreen(props: FlowRunnerProps & { r: Runnable; initial: WalkSnapshot | undefined }) {
  const { r, initial, lang, notes, onNotesChange, draft, onDraftChange, now, contactsFor, role, onRoleChange, profile, profileName } = props;
  const { view, answer, next, back, restart } = useWalk(r, { initial, role });
  // Every step change shows the new step from its top in the frame that paints it. Without this, the
  // new step first appeared at the old scroll position (after «Gå videre» at the foot of a long
  // checklist: its lower half, or nothing of it), and the focus move after the paint pulled it up a
  // frame later. A layout effect: after the new step is in the DOM, before that frame (see showFromTop).
  useLayoutEffect(showFromTop, [view.nodeId, view.depth]);
  // The summary's date and time: when this screen (the outcome) was reached.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const reachedAt = useMemo(() => (now ? now() : new Date()), [view.nodeId, view.depth]);

  // Every step change: once the new step is painted, move focus to its heading, which a screen reader
  // then reads. Not also a live-region message: that read the same question a second time.
  useEffect(
    () => afterPaint(focusStepHeading),
    [view.nodeId, view.depth],
  );

  if (view.outcome) {
    return (
      <OutcomeView
        view={view}
        lang={lang}
        flowTitle={r.flow.definition.title}
        notes={notes}
        onNotesChange={onNotesChange}
        draft={draft}
        onDraftChange={onDraftChange}
        onBack={back}
        onRestart={restart}
        now={reachedAt}
        contactsFor={contactsFor}
        role={role}
        onRoleChange={onRoleChange}
        profile={profile}
        profileName={profileName}
      />
    );
  }
  return <StepView view={view} lang={lang} onAnswer={answer} onContinue={next} onBack={back} onRestart={restart} />;
}

