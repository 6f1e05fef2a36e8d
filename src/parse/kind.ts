// Which kind of report a text is: the profile whose signature words its title and opening name, then whose part
// headings its headings match. A mixed folder just works; `--kind` overrides.
import type { Profile } from '../profiles/types.js';
import { partDef } from '../profiles/index.js';

export interface KindDecision {
  profile: Profile;
  /** Why: the words that decided it, or that nothing did. */
  rule: string;
  /** False when no profile's words were found: the default profile read it. */
  fits: boolean;
}

/** Numbered top-level headings as written anywhere in the text (一、总体情况, 二、主动公开政府信息情况). */
const HEADING = /(?:^|[\n。:：\s])[一二三四五六七八九十]{1,2}、\s*([^。\n]{2,24})/g;

export function detectKind(text: string, profiles: Profile[], title?: string): KindDecision {
  // the title area: a page's own title and the first lines (an archive header, a breadcrumb, the title)
  const head = `${title ?? ''}\n${text.slice(0, 400)}`;
  // one kind's words in the title area decide it; headings are read only when none or several kinds' are there
  const words = profiles.map((p) => p.signature.exec(head)?.[0] ?? null);
  const named = profiles.filter((_, i) => words[i] !== null);
  const why = (i: number) => `title or opening names «${words[i]}»`;
  if (named.length === 1) return { profile: named[0], rule: why(profiles.indexOf(named[0])), fits: true };
  const headings: string[] = [];
  HEADING.lastIndex = 0;
  // the headings of the first 30,000 characters: a report names its parts well before that
  const early = text.length > 30_000 ? text.slice(0, 30_000) : text;
  for (let m = HEADING.exec(early); m && headings.length < 40; m = HEADING.exec(early)) headings.push(m[1]);
  let best: { profile: Profile; score: number; why: string } | null = null;
  for (const [i, p] of profiles.entries()) {
    let parts = 0;
    for (const h of headings) if (p.order.some((id) => partDef(p, id)!.heading.test(h) && id !== p.defaultPart)) parts++;
    const score = (words[i] !== null ? 10 : 0) + Math.min(parts, 6);
    if (score > 0 && (!best || score > best.score)) best = { profile: p, score, why: words[i] !== null ? why(i) : `${parts} headings name its parts` };
  }
  if (!best) return { profile: profiles[0], rule: `no kind's words found: read as ${profiles[0].name}`, fits: false };
  return { profile: best.profile, rule: best.why, fits: true };
}
