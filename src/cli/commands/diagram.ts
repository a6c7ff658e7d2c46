import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { diagramModel, layoutDiagram, toDot, toMermaid, toSvg } from '../../engine/authoring';
import { err, langOption, out, UsageError } from '../output';
import { loadProject, resolveFlow } from '../../node/project';

export const usage = 'diagram <flow>[@version] --format mermaid|svg|dot [-o file] [--lang nb|nn|en]';

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: { flows: { type: 'string' }, format: { type: 'string', default: 'mermaid' }, output: { type: 'string', short: 'o' }, lang: { type: 'string', default: 'nb' } },
  });
  const ref = positionals[0];
  if (!ref || positionals.length > 1) throw new UsageError('diagram takes one flow, e.g. "diagram barn --format svg -o barn.svg"');
  if (!['mermaid', 'svg', 'dot'].includes(values.format)) throw new UsageError(`unknown format "${values.format}": use mermaid, svg or dot`);
  // A slip of the keyboard must not turn a flow or a profile into a drawing of itself.
  if (values.output && /\.(ya?ml|json)$/i.test(values.output)) throw new UsageError(`-o ${values.output} would write the diagram over a data file: name a .${values.format === 'mermaid' ? 'mmd' : values.format} file`);
  const lang = langOption(values.lang) ?? 'nb';
  const res = resolveFlow(loadProject(undefined, { flowsDir: values.flows }), ref);
  if ('error' in res) {
    err(res.error);
    return 1;
  }
  const { flow } = res;
  const model = diagramModel(flow.definition);
  const title = `${flow.definition.title[lang] ?? flow.id} ${flow.version}`;
  const text =
    values.format === 'mermaid' ? toMermaid(model, lang)
    : values.format === 'dot' ? toDot(model, lang)
    : toSvg(layoutDiagram(model, lang), lang, { title });
  if (values.output) {
    writeFileSync(values.output, text);
    out(`wrote ${values.output} (${model.nodes.length} nodes, ${model.edges.length} edges)`);
  } else process.stdout.write(text);
  return 0;
}
