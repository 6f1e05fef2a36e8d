// Short agency names for column headers: drop the province/city/district a whole comparison shares or that the
// reader does not need, but never so far that two columns read the same.
import { basename } from 'node:path';
import type { Report } from '../model.js';

// A place name: two to four characters and its level (重庆市, 长寿区, 荣昌区), or 中共 before a party body.
const PLACE = /^(?:中共|[\u4e00-\u9fff]{2,4}?(?:省|自治区|市|自治州|地区|盟|区|县|旗))/;
// What is left must still name a body; a bare "人民政府" or "政府" needs its place.
const GENERIC = /^(?:人民政府|政府|人民政府办公室|委员会|管委会)$/;

/** The name a report is best known by: a government body over the party committee that co-signs with it. */
export function agencyOf(report: Report): string | null {
  const all = report.meta.agencies.length ? report.meta.agencies : report.meta.agency ? [report.meta.agency] : [];
  return all.find((a) => !a.startsWith('中共')) ?? all[0] ?? null;
}

/** Successively shorter forms of a name: 重庆市长寿区招商投资促进局 → 长寿区招商投资促进局 → 招商投资促进局. */
export function nameForms(name: string): string[] {
  const forms = [name];
  let rest = name.replace(/^区(?=[\u4e00-\u9fff]{2})/, '');
  if (rest !== name) forms.push(rest);
  for (let m; (m = PLACE.exec(rest)) && rest.length - m[0].length >= 2; ) {
    rest = rest.slice(m[0].length);
    if (GENERIC.test(rest)) break;
    forms.push(rest);
  }
  return forms.map((f) => f.replace(/人民政府$/, '政府'));
}

/**
 * Column headers for reports in column order: each the shortest form that no other column shares; the same agency
 * twice (two years) gets its year, and a report without an agency its file name.
 */
export function shortAgencyNames(reports: Report[]): string[] {
  const forms = reports.map((r) => {
    const a = agencyOf(r);
    return a ? nameForms(a) : [basename(r.file).replace(/\.[^.]+$/, '')];
  });
  const names = forms.map((f) => f[f.length - 1]);
  // lengthen colliding names one step at a time until they differ or cannot grow
  for (let changed = true; changed; ) {
    changed = false;
    const byName = new Map<string, number[]>();
    names.forEach((n, i) => byName.set(n, [...(byName.get(n) ?? []), i]));
    for (const idx of byName.values()) {
      if (idx.length < 2) continue;
      for (const i of idx) {
        // the same agency twice (two years) is told apart by its year, not by a longer name
        if (idx.every((j) => forms[j][0] === forms[i][0])) continue;
        const at = forms[i].indexOf(names[i]);
        if (at > 0) {
          names[i] = forms[i][at - 1];
          changed = true;
        }
      }
    }
  }
  // still equal: the same agency, so its year tells them apart, then its file
  const count = (n: string) => names.filter((x) => x === n).length;
  const withYear = names.map((n, i) => (count(n) > 1 && reports[i].meta.year ? `${n} ${reports[i].meta.year}` : n));
  return withYear.map((n, i) => (withYear.filter((x) => x === n).length > 1 ? `${n} (${basename(reports[i].file)})` : n));
}
