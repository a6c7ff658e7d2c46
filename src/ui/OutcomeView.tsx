import { useId, type ReactNode } from 'react';
import { useTexts } from './texts';
import type { Explanation, Lang, Localized, ResolvedAction, ResolvedOutcome, Role, WalkView } from '../engine/index';
import { pick } from '../i18n/index';
import { ActionList, type ActionContact } from './ActionCard';
import { BekymringsmeldingHelper, type ReportDraft } from './BekymringsmeldingHelper';
import { PhaseIndicator } from './PhaseIndicator';
import { RolePicker } from './settings/RolePicker';
import { WalkNav } from './StepView';
import { Summary } from './Summary';
import { PlanLauncher } from './trainer/PlanLauncher';
import { RichText } from './text';
import { WhySection } from './WhySection';
import { StepHeading, STEP_HEADING_ID } from './StepHeading';
import { WARNING_ACTIONS } from './warningActions';

export interface OutcomeViewProps {
  view: WalkView;
  lang: Lang;
  flowTitle: Localized | undefined;
  notes: string;
  onNotesChange: (notes: string) => void;
  draft: ReportDraft;
  onDraftChange: (draft: ReportDraft) => void;
  onBack: () => void;
  onRestart: () => void;
  /** When the summary says the walk happened. */
  now: Date;
  /** Phone numbers for an action's contact roles, from the unit's contact profile (issue 7). */
  contactsFor?: ((action: ResolvedAction) => ActionContact[] | undefined) | undefined;
  /** The user's workplace the actions are shown for; with onRoleChange it can be changed here. */
  role?: Role | undefined;
  onRoleChange?: ((role: Role | undefined) => void) | undefined;
  /** Which contact profile the numbers come from (and a note when local numbers are missing). */
  profile?: ReactNode;
  /** The profile's name for the summary. */
  profileName?: string | undefined;
}

/** The reason of the last rule that led to the outcome, if a rule did (a direct answer needs none). */
export function decidingReason(explanation: Explanation): Localized | undefined {
  return [...explanation.rules].reverse().find((r) => r.reason !== undefined)?.reason;
}

/** The outcome's headline as the page heading (focused when the outcome is reached), and its lead text unless `lead` is false. */
export function OutcomeHeadline({ outcome, lang, lead = true, className }: { outcome: ResolvedOutcome; lang: Lang; lead?: boolean; className?: string }) {
  return (
    <section className={className ? `headline ${className}` : 'headline'} aria-labelledby={STEP_HEADING_ID}>
      <StepHeading>{pick(outcome.headline, lang)}</StepHeading>
      {lead && <RichText text={pick(outcome.headlineText, lang)} className="lead" />}
    </section>
  );
}

/** "Vist for: barnehage – endre": the workplace the actions and law are shown for, changeable in place. */
function ShownFor({ role, onRoleChange }: { role: Role | undefined; onRoleChange?: ((role: Role | undefined) => void) | undefined }) {
  const { t } = useTexts();
  const who = role ? t(`userRole.name.${role}`) : t('userRole.shown.none');
  if (!onRoleChange) {
    return (
      <p className="shown-for" data-testid="shown-for">
        <span className="label">{t('userRole.shown.label')}:</span> <strong>{who}</strong>
      </p>
    );
  }
  return (
    <details className="shown-for" data-testid="shown-for">
      <summary>
        <span className="label">{t('userRole.shown.label')}:</span> <strong>{who}</strong> – <span className="change">{t('userRole.shown.change')}</span>
      </summary>
      <RolePicker value={role} onChange={onRoleChange} hint={t('userRole.question.hint')} />
    </details>
  );
}

export function OutcomeView(props: OutcomeViewProps) {
  const { view, lang, flowTitle, notes, onNotesChange, draft, onDraftChange, onBack, onRestart, now, contactsFor, role, onRoleChange, profile, profileName } = props;
  const { t } = useTexts();
  const notesId = useId();
  const outcome = view.outcome;
  if (!outcome) return null;
  const warnings = outcome.actions.filter((a) => WARNING_ACTIONS.includes(a.id));
  const decidedBy = decidingReason(outcome.explanation);
  const needsReport = outcome.disposition === 'bekymringsmelding' || outcome.actions.some((a) => a.id === 'bekymringsmelding');
  return (
    <div className={`outcome disposition-${outcome.disposition}`}>
      <div className="no-print">
        <PhaseIndicator current={view.phase} />
      </div>
      <OutcomeHeadline outcome={outcome} lang={lang} className="no-print" />
      {decidedBy && (
        // The headline is the level's, the same on every outcome of it; this says which of the user's
        // answers led here, so an acute headline after «Nei» to danger now is not read as an error.
        <p className="decided-by no-print" data-testid="decided-by">
          <strong>{t('outcome.decidedBy.label')}:</strong> {pick(decidedBy, lang)}
        </p>
      )}

      {warnings.map((warning) => (
        <section key={warning.id} className="warning no-print" aria-labelledby={`warning-${warning.id}`} data-testid={`warning-${warning.id}`}>
          <h2 id={`warning-${warning.id}`}>
            <span className="warning-label">{t('outcome.guardian.label')}:</span> {pick(warning.title, lang)}
          </h2>
          <RichText text={pick(warning.text, lang)} />
        </section>
      ))}

      <section className="situation no-print" aria-labelledby="situation-heading">
        <h2 id="situation-heading">{pick(outcome.node.title, lang)}</h2>
        <RichText text={pick(outcome.node.text, lang)} />
      </section>

      <section className="actions no-print" aria-labelledby="actions-heading">
        <h2 id="actions-heading">{t('outcome.actions.heading')}</h2>
        <ShownFor role={role} onRoleChange={onRoleChange} />
        <ActionList actions={outcome.actions} lang={lang} contactsFor={contactsFor} />
        {profile}
      </section>

      <div className="no-print">
        <WhySection explanation={outcome.explanation} lang={lang} />
      </div>

      <section className="docs" aria-labelledby="docs-heading">
        <h2 id="docs-heading" className="no-print">
          {t('docs.heading.title')}
        </h2>
        <div className="no-print">
          <p>{t('docs.intro.text')}</p>
          <p className="privacy-warning" role="note">
            {t('privacy.warning.text')}
          </p>
          <label htmlFor={notesId}>{t('notes.field.label')}</label>
          <p className="hint" id={`${notesId}-hint`}>
            {t('notes.field.hint')}
          </p>
          <textarea
            id={notesId}
            rows={5}
            value={notes}
            autoComplete="off"
            // Notes about a person stay in this page: a browser's online spell check would send them away.
            spellCheck={false}
            aria-describedby={`${notesId}-hint`}
            onChange={(e) => onNotesChange(e.target.value)}
          />
        </div>
        {needsReport && (
          <div className="no-print">
            <BekymringsmeldingHelper draft={draft} onChange={onDraftChange} role={role} />
          </div>
        )}
        <Summary view={view} lang={lang} flowTitle={flowTitle} notes={notes} now={now} profileName={profileName} roleName={role ? t(`userRole.name.${role}`) : undefined} />
      </section>

      <PlanLauncher view={view} lang={lang} />

      <WalkNav canGoBack={view.canGoBack} onBack={onBack} onRestart={onRestart} />
    </div>
  );
}
