import { useId } from 'react';
import { useTexts } from '../texts';
import { PHASES, YESNO_VALUES, type CompiledFlow, type FlowNode, type Lang } from '../../engine/index';
import { PHASE_NAMES, text, type DiagramModel } from '../../engine/diagram/model';
import { pick } from '../../i18n/index';

interface Way {
  label: string;
  to: string;
}

/**
 * The flow chart as text: one list per phase, each node with its kind and text, and where each answer
 * or rule leads. The accessible alternative to the drawing, built from the same definition.
 */
export function DiagramOutline({ flow, model, lang, path }: { flow: CompiledFlow; model: DiagramModel; lang: Lang; path: string[] }) {
  const { t } = useTexts();
  const headingId = useId();
  const onPath = new Set(path);
  const labelOf = new Map(model.nodes.map((n) => [n.id, text(n.label, lang)]));
  const target = (id: string | undefined): string => (id ? `${labelOf.get(id) ?? id}` : '');
  const dispositionName = (n: FlowNode): string => (n.kind === 'outcome' && n.disposition ? pick(flow.vocabulary.dispositions[n.disposition]?.title, lang) || n.disposition : '');

  const ways = (n: FlowNode): Way[] => {
    switch (n.kind) {
      case 'guidance':
        return n.next ? [{ label: t('trainer.diagram.continue'), to: n.next }] : [];
      case 'question': {
        if (n.answer === 'checklist') return n.next ? [{ label: t('trainer.diagram.anyAnswer'), to: n.next }] : [];
        const values = n.answer === 'yesno' ? [...YESNO_VALUES] : (n.options ?? []).map((o) => o.value);
        return values.flatMap((v) => {
          const to = n.branches?.[v] ?? n.next;
          const label = n.answer === 'yesno' ? t(`walk.yesno.${v as 'yes' | 'no' | 'unsure'}`) : pick(n.options?.find((o) => o.value === v)?.label, lang);
          return to ? [{ label, to }] : [];
        });
      }
      case 'decision':
        return [
          ...n.rules.map((r) => ({ label: pick(r.reason, lang) || r.id, to: r.next })),
          ...(n.otherwise ? [{ label: n.otherwiseReason ? `${t('trainer.diagram.otherwise')}: ${pick(n.otherwiseReason, lang)}` : t('trainer.diagram.otherwise'), to: n.otherwise }] : []),
        ];
      case 'outcome':
        return [];
    }
  };

  return (
    <section className="diagram-outline" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('trainer.diagram.outline')}</h2>
      <ol className="outline-phases">
        {PHASES.filter((p) => flow.definition.phases[p].length > 0).map((phase) => (
          <li key={phase}>
            <h3>{text(PHASE_NAMES[phase], lang)}</h3>
            <ol className="outline-nodes">
              {flow.definition.phases[phase].map((n) => {
                const w = ways(n);
                return (
                  <li key={n.id} data-id={n.id} className={onPath.has(n.id) ? 'on-path' : undefined}>
                    {/* The kind already says «Vurdering», so a decision shows its bare title (its id only in a flow without titles). */}
                    <span className="outline-kind">{t(`trainer.kind.${n.kind}`)}</span>
                    {n.kind === 'outcome' && <span className="outline-disposition"> ({dispositionName(n)})</span>}: <span className="outline-text">{n.kind === 'decision' ? pick(n.title, lang) || n.id : (labelOf.get(n.id) ?? n.id)}</span>
                    {onPath.has(n.id) && <strong className="outline-on-path"> [{t('trainer.diagram.onPath')}]</strong>}
                    {w.length > 0 && (
                      <ul className="outline-ways">
                        {w.map((x, i) => (
                          <li key={i} data-to={x.to}>
                            {x.label} {t('trainer.diagram.leads', { target: target(x.to) })}
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                );
              })}
            </ol>
          </li>
        ))}
      </ol>
    </section>
  );
}
