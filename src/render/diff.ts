// Two reports side by side (or one column, --unified), the changed words marked: colour where there is colour,
// [-removed-] and {+added+} where there is none, as git's word diff does.
import type { Change, ReportDiff, UnitPair } from '../compare/index.js';
import { layoutColumns, rule, sideBySide, wrapSpans, type Span } from './columns.js';
import { type RenderContext, wrapWords, truncate } from './context.js';

function spansFor(changes: Change[], side: 'a' | 'b' | 'both', ctx: RenderContext): Span[] {
  const { chalk } = ctx;
  const out: Span[] = [];
  for (const c of changes) {
    if (side === 'a' && c.added) continue;
    if (side === 'b' && c.removed) continue;
    if (!c.added && !c.removed) out.push({ text: c.value });
    else if (ctx.color) out.push({ text: c.value, style: c.removed ? chalk.red.strikethrough : chalk.green.underline });
    else out.push({ text: c.removed ? `[-${c.value}-]` : `{+${c.value}+}` });
  }
  return out;
}

function pairCaption(p: UnitPair): string {
  if (!p.a) return 'only in B';
  if (!p.b) return 'only in A';
  if (p.changes.length === 1 && !p.changes[0].added && !p.changes[0].removed) return 'same';
  return `changed · similarity ${p.similarity.toFixed(2)}${p.aborted ? ' · too different to diff word by word' : ''}`;
}

export function renderDiff(d: ReportDiff, ctx: RenderContext, opts: { unified?: boolean } = {}): string {
  const { chalk } = ctx;
  const out: string[] = [];
  const layout = layoutColumns(opts.unified ? 1 : 2, { ...ctx }, 20);
  const twoUp = !opts.unified && layout.pages.length === 1;
  const lay = twoUp ? layout : layoutColumns(1, ctx);
  if (twoUp) out.push(...sideBySide([wrapSpans([{ text: `A ${d.a.agency}`, style: chalk.bold }], lay.columnWidth, ctx), wrapSpans([{ text: `B ${d.b.agency}`, style: chalk.bold }], lay.columnWidth, ctx)], lay, ctx));
  else out.push(truncate(`A ${d.a.agency}  (${d.a.file})`, ctx.width, ctx), truncate(`B ${d.b.agency}  (${d.b.file})`, ctx.width, ctx));
  for (const s of d.sections) {
    if (!s.pairs.length) continue;
    out.push('', rule(s.section, ctx, chalk.bold));
    for (const p of s.pairs) {
      out.push(rule(pairCaption(p), ctx, chalk.dim));
      if (twoUp) {
        out.push(...sideBySide([wrapSpans(spansFor(p.changes, 'a', ctx), lay.columnWidth, ctx), wrapSpans(spansFor(p.changes, 'b', ctx), lay.columnWidth, ctx)], lay, ctx));
      } else {
        out.push(...sideBySide([wrapSpans(spansFor(p.changes, 'both', ctx), lay.columnWidth, ctx)], lay, ctx));
      }
    }
  }
  const st = d.stats;
  out.push('', ...wrapWords(`${st.paired} paired (${st.identical} same), ${st.onlyA} only in A, ${st.onlyB} only in B${st.aborted ? `, ${st.aborted} too different to diff` : ''}`, ctx.width, ctx));
  return out.join('\n');
}
