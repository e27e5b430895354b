import { sentenceAt, type Doc } from '../doc.js';
import type { OrganizationMention } from '../schema/mention.js';
import { ORGANIZATIONS, ORGANIZATION_ALIASES, ORGANIZATION_PARENTS } from '../lexicon/organizations.js';
import { DESCRIPTIVE_SUFFIXES, LEGAL_SUFFIXES, LOWERCASE_LEGAL_SUFFIXES, NON_ORG_WORDS, ORG_NAME_WORDS, PLACE_WORDS } from '../lexicon/orgCues.js';

/*
 * One canonical name per organization within an article, and its parent where the text says so.
 *
 * Mentions are grouped when they name the same organization:
 *   - same name once the legal suffix, "The", case and punctuation are set aside
 *     ("The Boeing Company" / "Boeing Co" / "BOEING");
 *   - an acronym defined in the text ("Amazon Web Services (AWS)", then "AWS"), or listed as a
 *     short form in the lexicon ("IBM" with "International Business Machines Corp");
 *   - a shortened form used after the full name ("Computer Terminal Systems Inc", then
 *     "Computer Terminal"), when it fits only one name and is not an organization of its own;
 *   - an acronym made of the initials of one name of the article ("SEC" with "Securities and
 *     Exchange Commission", "PSA" with "Pacific Southwest Airlines"); a public body
 *     (`kind: 'public_body'`) and a company are never joined, and a body's name has no short forms
 *     ("Senate" is not "Senate Banking Committee").
 *
 * The canonical name is the fullest ordinary form seen in the article. "Ordinary" means the name as
 * people use it: without a leading "The", a possessive, or the legal form at the end (Inc, Corp,
 * Co, Ltd, Plc, AG, N.V., LLC, "& Co", ...), while descriptive suffixes stay ("Dixons Group",
 * "Corvane Holdings", "Coastal Bancorp"). So "The Boeing Company", "Boeing Co" and "Boeing" are all
 * "Boeing", and "Monier Ltd" is "Monier". Among those forms: most words, then most characters, then
 * first seen; acronyms only when nothing else names the organization; forms in capitals only when
 * there is no other (then in title case, unless the lexicon spells the name or it is a short
 * acronym such as "IBM").
 *
 * A parent is set when the text says one organization owns another ("X, a unit of Y", "Y's X
 * unit", "its subsidiary X"), when the lexicon knows it (AWS is Amazon's), or when one name is
 * another organization of the same article plus more words ("Amazon Web Services" after "Amazon").
 */

const SUFFIX_EXACT = new Set([...LEGAL_SUFFIXES, ...LOWERCASE_LEGAL_SUFFIXES]);
const DESCRIPTIVE = new Set(DESCRIPTIVE_SUFFIXES);
/** Words that cannot stand alone as a name once the legal form is gone ("Financial Corp"). */
const GENERIC = new Set([...ORG_NAME_WORDS, ...NON_ORG_WORDS, ...PLACE_WORDS].map((w) => w.toLowerCase()));
const SUFFIX_BY_LOWER = new Map<string, string>();
for (const s of LEGAL_SUFFIXES) if (!SUFFIX_BY_LOWER.has(s.toLowerCase())) SUFFIX_BY_LOWER.set(s.toLowerCase(), s);

/** The form a name is written in, cleaned: one space, straight apostrophes, no "The", no possessive. */
function surface(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/’/g, "'")
    .replace(/^the /i, '')
    .replace(/'s?$/, '')
    .trim();
}

/** "Corvane Holdings Ltd" -> "Corvane Holdings", "Morgan Stanley & Co Inc" -> "Morgan Stanley". */
function withoutLegalForm(form: string): string {
  const words = form.split(' ');
  const core = coreWords(form);
  let end = core.length;
  // Put back the descriptive suffixes coreWords() took off with the legal form.
  while (end < words.length && DESCRIPTIVE.has(words[end]!.replace(/,$/, '').toLowerCase())) end++;
  const kept = words.slice(0, end);
  kept[kept.length - 1] = kept[kept.length - 1]!.replace(/,$/, '');
  if (kept.length === 1 && end < words.length && GENERIC.has(kept[0]!.toLowerCase())) return form;
  return kept.join(' ');
}

function isAllCaps(s: string): boolean {
  return /[A-Z]/.test(s) && !/[a-z]/.test(s);
}

/** The words of a name without its trailing legal suffixes ("Dixons" for "Dixons Group Plc"). */
function coreWords(form: string): string[] {
  const words = form.split(' ');
  const caps = isAllCaps(form);
  let end = words.length;
  let stripped = false;
  while (end > 1) {
    const w = words[end - 1]!.replace(/,$/, '');
    if (SUFFIX_EXACT.has(w) || (caps && SUFFIX_BY_LOWER.has(w.toLowerCase()))) {
      stripped = true;
      end--;
    } else if (stripped && (w === '&' || w === 'and' || w === '')) end--;
    else break;
  }
  const core = words.slice(0, end);
  core[core.length - 1] = core[core.length - 1]!.replace(/,$/, '');
  return core;
}

/** Comparison key: core words, lowercase, ".com" and punctuation set aside ("J.P. Morgan" = "JP Morgan"). */
function keyOf(form: string): string {
  return coreWords(surface(form))
    .join(' ')
    .toLowerCase()
    .replace(/\.com$/, '')
    .replace(/&/g, ' and ')
    .replace(/[.'’,]/g, '')
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function hasOwnSuffix(form: string): boolean {
  return coreWords(surface(form)).length < surface(form).split(' ').length;
}

// Lexicon tables by key, built once.
let lexicon: { names: Map<string, string>; aliases: Map<string, string>; parents: Map<string, string> } | undefined;

function lexiconTables(): NonNullable<typeof lexicon> {
  if (!lexicon) {
    const names = new Map<string, string>();
    for (const n of ORGANIZATIONS) if (!names.has(keyOf(n))) names.set(keyOf(n), n);
    const aliases = new Map<string, string>();
    for (const [a, t] of Object.entries(ORGANIZATION_ALIASES)) aliases.set(keyOf(a), keyOf(t));
    const parents = new Map<string, string>();
    for (const [c, p] of Object.entries(ORGANIZATION_PARENTS)) parents.set(keyOf(c), p);
    lexicon = { names, aliases, parents };
  }
  return lexicon;
}

// ---------------------------------------------------------------------------------------------

class UnionFind {
  private readonly up: number[];
  constructor(n: number) {
    this.up = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.up[i] !== i) {
      this.up[i] = this.up[this.up[i]!]!;
      i = this.up[i]!;
    }
    return i;
  }
  /** Joins two groups; the one seen first in the article stays the root. */
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) {
      if (ra < rb) this.up[rb] = ra;
      else this.up[ra] = rb;
    }
  }
}

interface Cluster {
  root: number;
  members: number[];
  keys: Set<string>;
  canonical: string;
  parent?: string;
}

function clustersOf(uf: UnionFind, keys: readonly string[]): Map<number, Cluster> {
  const out = new Map<number, Cluster>();
  for (let i = 0; i < keys.length; i++) {
    const r = uf.find(i);
    let c = out.get(r);
    if (!c) {
      c = { root: r, members: [], keys: new Set(), canonical: '' };
      out.set(r, c);
    }
    c.members.push(i);
    c.keys.add(keys[i]!);
  }
  return out;
}

/** Same key, lexicon short forms, and acronyms the recognizer saw defined in parentheses. */
function joinAliases(ms: readonly OrganizationMention[], keys: readonly string[], uf: UnionFind): void {
  const byKey = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) {
    const seen = byKey.get(keys[i]!);
    if (seen === undefined) byKey.set(keys[i]!, i);
    else uf.union(seen, i);
  }
  const { aliases } = lexiconTables();
  for (const [key, i] of byKey) {
    const target = aliases.get(key);
    const j = target === undefined ? undefined : byKey.get(target);
    if (j !== undefined) uf.union(i, j);
  }
  for (let i = 1; i < ms.length; i++) {
    // The recognizer types "AWS" in "Amazon Web Services (AWS)" from the name right before it.
    if (ms[i]!.rule === 'organization/acronym' && ms[i]!.span[0] - ms[i - 1]!.span[1] <= 3) uf.union(i - 1, i);
  }
}

const isPublic = (m: OrganizationMention): boolean => m.kind === 'public_body';

/**
 * Letters an acronym of a name may have: "DOT" and "DT" for "Department of Transportation", "PSA"
 * for "Pacific Southwest Airlines Inc" (the legal form has no letter in it).
 */
function initialsOf(form: string): string[] {
  const words = coreWords(surface(form)).filter((w) => /[A-Za-z]/.test(w));
  if (words.length < 2 || words.some((w) => isAllCaps(w))) return [];
  const letter = (w: string) => w.replace(/[^A-Za-z]/g, '').charAt(0).toUpperCase();
  const all = words.map(letter).join('');
  const significant = words.filter((w) => !/^(of|and|the|for|on|&)$/i.test(w)).map(letter).join('');
  return [all, significant];
}

/**
 * "SEC" and "Securities and Exchange Commission", "PSA" and "Pacific Southwest Airlines": one
 * organization when only one name of the article fits the letters, and both are of one kind (a
 * public body's acronym never joins a company).
 */
function joinAcronyms(ms: readonly OrganizationMention[], uf: UnionFind): void {
  for (const kindOf of [true, false]) joinAcronymsOfKind(ms, uf, kindOf);
}

function joinAcronymsOfKind(ms: readonly OrganizationMention[], uf: UnionFind, publicBodies: boolean): void {
  const byInitials = new Map<string, Set<number>>();
  for (let i = 0; i < ms.length; i++) {
    if (isPublic(ms[i]!) !== publicBodies) continue;
    for (const x of initialsOf(ms[i]!.text)) {
      let s = byInitials.get(x);
      if (!s) byInitials.set(x, (s = new Set()));
      s.add(uf.find(i));
    }
  }
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    if (isPublic(m) !== publicBodies || m.text.includes(' ') || !isAllCaps(m.text)) continue;
    const letters = m.text.replace(/[^A-Z]/g, '');
    if (letters.length < 2) continue;
    const roots = byInitials.get(letters);
    if (!roots) continue;
    const others = new Set([...roots].map((r) => uf.find(r)));
    others.delete(uf.find(i));
    if (others.size === 1) uf.union(i, [...others][0]!);
  }
}

/**
 * A short form that starts one longer name of the article: the same organization when written
 * after it and never with a suffix of its own ("Computer Terminal"), else the longer one's parent
 * ("Amazon" before "Amazon Web Services"). Returns child root -> parent root.
 */
function joinShortForms(ms: readonly OrganizationMention[], keys: readonly string[], uf: UnionFind): Map<number, number> {
  const parents = new Map<number, number>();
  const clusters = clustersOf(uf, keys);
  const { names } = lexiconTables();
  const starts = new Map<string, Set<number>>();
  const publicRoot = (c: Cluster): boolean => c.members.some((i) => isPublic(ms[i]!));
  for (const c of clusters.values()) {
    if (publicRoot(c)) continue;
    for (const key of c.keys) {
      const words = key.split(' ');
      for (let w = 1; w < words.length; w++) {
        const pre = words.slice(0, w).join(' ');
        let s = starts.get(pre);
        if (!s) starts.set(pre, (s = new Set()));
        s.add(c.root);
      }
    }
  }
  for (const s of clusters.values()) {
    if (publicRoot(s)) continue;
    const longer = new Set<number>();
    for (const key of s.keys) for (const r of starts.get(key) ?? []) if (r !== s.root) longer.add(r);
    if (longer.size === 0) continue;
    const ownSuffix = s.members.some((i) => hasOwnSuffix(ms[i]!.text));
    const sListed = [...s.keys].some((k) => names.has(k));
    if (longer.size === 1 && !ownSuffix) {
      const l = clusters.get([...longer][0]!)!;
      const lListed = [...l.keys].some((k) => names.has(k));
      // Headline capitals come before the body, so only the short form's body uses count.
      const firstInBody = s.members.find((i) => !isAllCaps(ms[i]!.text)) ?? Infinity;
      if (firstInBody > l.root && !(sListed && lListed)) {
        uf.union(s.root, l.root);
        continue;
      }
    }
    for (const r of longer) {
      // The longest short form wins: "Amazon Web" would beat "Amazon" if it were a name.
      const had = parents.get(r);
      if (had === undefined || longestKey(clusters.get(had)!) < longestKey(s)) parents.set(r, s.root);
    }
  }
  // Roots move as groups join; report the groups as they end up.
  const out = new Map<number, number>();
  for (const [child, parent] of parents) out.set(uf.find(child), uf.find(parent));
  return out;
}

function longestKey(c: Cluster): number {
  let n = 0;
  for (const k of c.keys) n = Math.max(n, k.split(' ').length);
  return n;
}

/** Fullest ordinary form: see the file comment. */
function chooseCanonical(ms: readonly OrganizationMention[], c: Cluster): string {
  const forms = c.members.map((i) => ({ i, form: surface(ms[i]!.text), acronym: ms[i]!.rule === 'organization/acronym' }));
  let pool = forms.filter((f) => !f.acronym);
  if (pool.length === 0) pool = forms;
  const ordinary = pool.filter((f) => !isAllCaps(f.form));
  const names = (ordinary.length > 0 ? ordinary : pool).map((f) => withoutLegalForm(f.form));
  const chosen = names.reduce((best, n) => (fuller(n, best) ? n : best));
  if (ordinary.length > 0) return chosen;
  // The lexicon's spelling when it lists this very name ("NVIDIA" -> "Nvidia", not "DIXONS GROUP" -> "Dixons").
  const listed = lexiconTables().names.get(keyOf(chosen));
  if (listed !== undefined && listed.split(' ').length === chosen.split(' ').length) return listed;
  return isShortAcronym(chosen) ? chosen : titleCase(chosen);
}

/** "IBM", "AWS", "AT&T": capitals that are the ordinary spelling, not a headline. */
function isShortAcronym(form: string): boolean {
  return !form.includes(' ') && form.replace(/[^A-Z]/g, '').length <= 4;
}

function fuller(a: string, b: string): boolean {
  const wa = a.split(' ').length;
  const wb = b.split(' ').length;
  if (wa !== wb) return wa > wb;
  if (a.length !== b.length) return a.length > b.length;
  // "International time corp", then "International Time": the form written as a name wins.
  return capitalizedWords(a) > capitalizedWords(b);
}

function capitalizedWords(form: string): number {
  let n = 0;
  for (const w of form.split(' ')) if (/^[A-Z]/.test(w)) n++;
  return n;
}

/** "COMPUTER TERMINAL SYSTEMS INC" -> "Computer Terminal Systems Inc"; short words stay capitals. */
function titleCase(form: string): string {
  return form
    .split(' ')
    .map((w) => SUFFIX_BY_LOWER.get(w.toLowerCase()) ?? (w.length <= 3 ? w : w[0] + w.slice(1).toLowerCase()))
    .join(' ');
}

// ---------------------------------------------------------------------------------------------
// Parents the text states.

const OWNED_WORDS = String.raw`(?:(?:wholly|majority|partly|fully)[- ]owned |[a-z][a-z-]* ){0,3}`;
const UNIT = String.raw`(?:unit|subsidiary|division|arm|subsidiary company)`;
/** "X, a (wholly-owned) subsidiary of Y", "X, a unit of Y". */
const CHILD_OF = new RegExp(String.raw`^,? (?:(?:which|that) is )?(?:a |an |the )?${OWNED_WORDS}${UNIT} of (?:the )?$`);
/** The unit word written as part of a name: "the Guard Services Division of". */
const NAMED_UNIT = /\b(?:Unit|Subsidiary|Division|Arm)\b/;
/** "X, owned by Y", "X, which is controlled by Y". */
const OWNED_BY = new RegExp(String.raw`^,? (?:(?:which|that) is )?(?:wholly |majority |fully )?(?:owned|controlled) by (?:the )?$`);
/** "Amazon's cloud unit AWS", "Amazon subsidiary AWS". */
const PARENT_UNIT = new RegExp(String.raw`^(?:'s )?${OWNED_WORDS}${UNIT},? $`);
/** "Redland's Monier unit": the unit word comes after the child. */
const UNIT_AFTER = new RegExp(String.raw`^ ${UNIT}\b`);
/** "its (wholly-owned) unit X", right before the child. */
const ITS_UNIT = new RegExp(String.raw`\bits ${OWNED_WORDS}${UNIT} $`);

function norm(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/’/g, "'").toLowerCase();
}

/** Child root -> parent root, from the words between and around mentions. */
function textParents(ms: readonly OrganizationMention[], doc: Pick<Doc, 'text' | 'sentences'>, uf: UnionFind): Map<number, number> {
  const out = new Map<number, number>();
  const set = (child: number, parent: number): void => {
    const c = uf.find(child);
    const p = uf.find(parent);
    if (c !== p && !out.has(c)) out.set(c, p);
  };
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i]!;
    const b = ms[i + 1]!;
    if (b.span[0] - a.span[1] > 60) continue;
    const raw = doc.text.slice(a.span[1], b.span[0]);
    const between = norm(raw);
    // "X, the Guard Services Division of Y": a unit with a name of its own is another item of a
    // list, not a description of X.
    if ((CHILD_OF.test(between) && !NAMED_UNIT.test(raw)) || OWNED_BY.test(between)) set(i, i + 1);
    else if (PARENT_UNIT.test(between)) set(i + 1, i);
    else if (/^'s? $/.test(between) && UNIT_AFTER.test(norm(doc.text.slice(b.span[1], b.span[1] + 20)))) set(i + 1, i);
  }
  for (let i = 1; i < ms.length; i++) {
    const m = ms[i]!;
    const before = norm(doc.text.slice(Math.max(0, m.span[0] - 50), m.span[0]));
    if (!ITS_UNIT.test(before)) continue;
    const owner = subjectBefore(ms, doc, i, uf);
    if (owner >= 0) set(i, owner);
  }
  return out;
}

/** "its" refers to the sentence's first organization, or failing that the last one before. */
function subjectBefore(ms: readonly OrganizationMention[], doc: Pick<Doc, 'sentences'>, i: number, uf: UnionFind): number {
  const s = sentenceAt(doc, ms[i]!.span[0]);
  const self = uf.find(i);
  let fallback = -1;
  for (let j = i - 1; j >= 0; j--) {
    if (uf.find(j) === self) continue;
    if (fallback < 0) fallback = j;
    if (s && ms[j]!.span[0] >= s.span[0]) fallback = j;
    else break;
  }
  return fallback;
}

// ---------------------------------------------------------------------------------------------

/**
 * Assigns `canonical` (and `parent`) across all organization mentions of one article. Pass the Doc
 * (text and sentences) to read the parents the text states; without it, only the lexicon and the
 * names themselves are used. Mentions keep their order, text, span and rule.
 */
export function canonicalizeOrganizations(
  mentions: readonly OrganizationMention[],
  doc?: Pick<Doc, 'text' | 'sentences'>,
): OrganizationMention[] {
  if (mentions.length === 0) return [];
  const keys = mentions.map((m) => keyOf(m.text) || m.text.toLowerCase());
  const uf = new UnionFind(mentions.length);
  joinAliases(mentions, keys, uf);
  joinAcronyms(mentions, uf);
  const prefixParents = joinShortForms(mentions, keys, uf);
  const clusters = clustersOf(uf, keys);
  for (const c of clusters.values()) c.canonical = chooseCanonical(mentions, c);
  assignParents(mentions, clusters, uf, prefixParents, doc);

  // One organization, one kind: "DOT" is a public body when the "Department of Transportation" is.
  const publicRoots = new Set<number>();
  for (let i = 0; i < mentions.length; i++) if (isPublic(mentions[i]!)) publicRoots.add(uf.find(i));
  return mentions.map((m, i) => {
    const c = clusters.get(uf.find(i))!;
    const { parent: _drop, kind: _kind, ...rest } = m;
    const kind = publicRoots.has(uf.find(i)) ? { kind: 'public_body' as const } : {};
    return c.parent !== undefined && c.parent !== c.canonical
      ? { ...rest, canonical: c.canonical, parent: c.parent, ...kind }
      : { ...rest, canonical: c.canonical, ...kind };
  });
}

/** Text first, then the lexicon, then a name that extends another. */
function assignParents(
  ms: readonly OrganizationMention[],
  clusters: Map<number, Cluster>,
  uf: UnionFind,
  prefixParents: Map<number, number>,
  doc: Pick<Doc, 'text' | 'sentences'> | undefined,
): void {
  const byKey = new Map<string, Cluster>();
  for (const c of clusters.values()) for (const k of c.keys) byKey.set(k, c);
  const stated = doc ? textParents(ms, doc, uf) : new Map<number, number>();
  const { parents, aliases } = lexiconTables();
  for (const c of clusters.values()) {
    const p = stated.get(c.root);
    if (p !== undefined) {
      c.parent = clusters.get(uf.find(p))!.canonical;
      continue;
    }
    const listed = [...c.keys].map((k) => parents.get(k) ?? parents.get(aliases.get(k) ?? '')).find((x) => x !== undefined);
    if (listed !== undefined) {
      const pk = keyOf(listed);
      const inArticle = byKey.get(pk) ?? byKey.get(aliases.get(pk) ?? '');
      c.parent = inArticle && inArticle !== c ? inArticle.canonical : listed;
      continue;
    }
    const q = prefixParents.get(c.root);
    if (q !== undefined && uf.find(q) !== c.root) c.parent = clusters.get(uf.find(q))!.canonical;
  }
  // Never both ways: "A owns B" and "B owns A" from two weak readings keeps the first one seen.
  for (const c of clusters.values()) {
    if (c.parent === undefined) continue;
    const p = [...clusters.values()].find((x) => x.canonical === c.parent);
    if (p && p.parent === c.canonical && p.root < c.root) c.parent = undefined;
  }
}
