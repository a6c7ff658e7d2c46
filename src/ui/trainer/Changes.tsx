import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTexts } from '../texts';
import type { CompiledFlow, FlowCatalog, FlowNode, Lang } from '../../engine/index';
import { diffFlows, type FieldChange } from '../../engine/diff';
import { pick } from '../../i18n/index';
import type { FlowSource } from '../walk/source';
import { useFlowPair } from './data';
import { TrainerFrame } from './frame';
import { trainerHref } from './routes';

interface Props {
  id: string;
  from: string | undefined;
  to: string | undefined;
  catalog: FlowCatalog;
  source: FlowSource;
  lang: Lang;
}

/** `#/trening/endringer/<flow>?fra=…&til=…`: what changed between two versions, the way a trainer explains it. */
export function Changes({ id, from, to, catalog, source, lang }: Props) {
  const { t } = useTexts();
  const entry = catalog.flows.find((f) => f.id === id);
  const versions = entry?.versions.map((v) => v.version) ?? []; // newest first
  const fra = from && versions.includes(from) ? from : versions[1];
  const til = to && versions.includes(to) ? to : versions[0];
  const title = t('trainer.changes.title', { flow: entry ? pick(entry.title, lang) : id });
  const pair = useFlowPair(source, id, versions.length >= 2 && fra !== til ? fra : undefined, versions.length >= 2 && fra !== til ? til : undefined);

  if (!entry) {
    return (
      <TrainerFrame title={title}>
        <p>{t('trainer.load.missing')}</p>
      </TrainerFrame>
    );
  }
  if (versions.length < 2) {
    return (
      <TrainerFrame title={title}>
        <p className="changes-only" data-testid="changes-only">
          {t('trainer.changes.only', { version: versions[0] ?? '–' })}
        </p>
      </TrainerFrame>
    );
  }
  const missing = [from, to].find((v) => v !== undefined && !versions.includes(v));
  return (
    <TrainerFrame title={title}>
      <VersionPicker id={id} versions={versions} from={fra} to={til} />
      {missing && <p className="error">{t('trainer.changes.unknown', { version: missing })}</p>}
      {fra === til ? (
        <p>{t('trainer.changes.same')}</p>
      ) : pair.status === 'loading' ? (
        <p role="status">{t('app.loading.text')}</p>
      ) : pair.status === 'error' ? (
        <p className="error">{t('trainer.load.error', { message: pair.message })}</p>
      ) : pair.status === 'ready' ? (
        <DiffView a={pair.value[0]} b={pair.value[1]} lang={lang} />
      ) : null}
    </TrainerFrame>
  );
}

function VersionPicker({ id, versions, from, to }: { id: string; versions: string[]; from: string | undefined; to: string | undefined }) {
  const { t } = useTexts();
  const uid = useId();
  const [a, setA] = useState(from ?? '');
  const [b, setB] = useState(to ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    window.location.hash = trainerHref.changes(id, a, b).slice(1);
  };
  return (
    <form className="version-picker no-print" onSubmit={submit}>
      <label htmlFor={`${uid}-from`}>{t('trainer.changes.from')}</label>
      <select id={`${uid}-from`} value={a} onChange={(e) => setA(e.target.value)}>
        {versions.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
      <label htmlFor={`${uid}-to`}>{t('trainer.changes.to')}</label>
      <select id={`${uid}-to`} value={b} onChange={(e) => setB(e.target.value)}>
        {versions.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
      <button type="submit" className="secondary">
        {t('trainer.changes.show')}
      </button>
    </form>
  );
}

const show = (v: unknown): string => (v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v));

function nodeText(n: FlowNode | undefined, lang: Lang): string {
  if (!n) return '';
  switch (n.kind) {
    case 'question':
      return pick(n.prompt, lang);
    case 'guidance':
    case 'outcome':
      return pick(n.title, lang);
    case 'decision':
      // Its chart title where the flow gives one (older versions may not): the id is in <code> beside it.
      return pick(n.title, lang) || n.id;
  }
}

function findNode(f: CompiledFlow, id: string): FlowNode | undefined {
  for (const phase of Object.values(f.definition.phases)) {
    const n = phase.find((x) => x.id === id);
    if (n) return n;
  }
  return undefined;
}

function DiffView({ a, b, lang }: { a: CompiledFlow; b: CompiledFlow; lang: Lang }) {
  const { t } = useTexts();
  const diff = useMemo(() => diffFlows(a.definition, b.definition), [a, b]);
  const empty = diff.added.length + diff.removed.length + diff.changed.length + diff.header.length + diff.headerTexts.length === 0;
  const kind = (k: FlowNode['kind']) => t(`trainer.kind.${k}`);
  return (
    <div className="diff" data-testid="diff">
      <p className="diff-range">
        <strong>{diff.from}</strong> → <strong>{diff.to}</strong>
      </p>
      <p role="status">
        {empty ? t('trainer.changes.none') : t('trainer.changes.summary', { added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length })}
      </p>
      <p className="hint">{t('trainer.changes.shared')}</p>
      {(diff.header.length > 0 || diff.headerTexts.length > 0) && (
        <section aria-labelledby="diff-header">
          <h2 id="diff-header">{t('trainer.changes.header')}</h2>
          {diff.header.length > 0 && <ChangeTable rows={fieldRows(diff.header)} />}
          {diff.headerTexts.length > 0 && <ChangeTable rows={diff.headerTexts} withLang />}
        </section>
      )}
      {diff.added.length > 0 && (
        <section aria-labelledby="diff-added">
          <h2 id="diff-added">{t('trainer.changes.added')}</h2>
          <ul className="diff-nodes">
            {diff.added.map((n) => (
              <li key={n.id} data-id={n.id}>
                <span className="diff-mark">+</span> {kind(n.kind)} <code>{n.id}</code>: {nodeText(findNode(b, n.id), lang)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {diff.removed.length > 0 && (
        <section aria-labelledby="diff-removed">
          <h2 id="diff-removed">{t('trainer.changes.removed')}</h2>
          <ul className="diff-nodes">
            {diff.removed.map((n) => (
              <li key={n.id} data-id={n.id}>
                <span className="diff-mark">−</span> {kind(n.kind)} <code>{n.id}</code>: {nodeText(findNode(a, n.id), lang)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {diff.changed.length > 0 && (
        <section aria-labelledby="diff-changed">
          <h2 id="diff-changed">{t('trainer.changes.changed')}</h2>
          {diff.changed.map((c) => (
            <article key={c.id} className="diff-node" data-id={c.id} aria-labelledby={`diff-node-${c.id}`}>
              <h3 id={`diff-node-${c.id}`}>
                {kind(c.kind)} <code>{c.id}</code>: {nodeText(findNode(b, c.id), lang)}
              </h3>
              <ChangeGroup title={t('trainer.changes.texts')} rows={c.texts} withLang />
              {FIELD_GROUPS.map((group) => (
                <ChangeGroup key={group} title={t(`trainer.changes.${group}`)} rows={fieldRows(c[group])} />
              ))}
            </article>
          ))}
        </section>
      )}
    </div>
  );
}

/** The kinds of field change a node can have, each under its own heading (texts come first, with their language). */
const FIELD_GROUPS = ['rules', 'outcome', 'other'] as const;

const fieldRows = (changes: readonly FieldChange[]): ChangeRow[] =>
  changes.map((f) => ({ path: f.path, before: f.before === undefined ? undefined : show(f.before), after: f.after === undefined ? undefined : show(f.after) }));

/** A small heading and its table; nothing at all when there is no change of that kind. */
function ChangeGroup({ title, rows, withLang = false }: { title: string; rows: readonly ChangeRow[]; withLang?: boolean }) {
  if (rows.length === 0) return null;
  return (
    <>
      <h4>{title}</h4>
      <ChangeTable rows={rows} withLang={withLang} />
    </>
  );
}

interface ChangeRow {
  path: string;
  /** For a text: the language it is written in (its own column, and the cells' lang). */
  lang?: string;
  before: string | undefined;
  after: string | undefined;
}

/** Field, (language,) before and after: what was removed struck through, what was added underlined. */
function ChangeTable({ rows, withLang = false }: { rows: readonly ChangeRow[]; withLang?: boolean }) {
  const { t } = useTexts();
  const value = (text: string | undefined, Mark: 'del' | 'ins') => (text === undefined ? <em>{t('trainer.changes.empty')}</em> : <Mark>{text}</Mark>);
  return (
    <table className="diff-table">
      <thead>
        <tr>
          <th scope="col">{t('trainer.changes.field')}</th>
          {withLang && <th scope="col">{t('trainer.changes.lang')}</th>}
          <th scope="col">{t('trainer.changes.before')}</th>
          <th scope="col">{t('trainer.changes.after')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            <td>
              <code>{r.path}</code>
            </td>
            {withLang && <td>{r.lang}</td>}
            <td lang={r.lang}>{value(r.before, 'del')}</td>
            <td lang={r.lang}>{value(r.after, 'ins')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
