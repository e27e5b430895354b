import type { ArticleExtraction } from '../schema/article.js';
import type { DealRecord, DealType, PartyRole } from '../schema/deal.js';
import { nameKey } from './names.js';

/** One difference between a golden extraction and the pipeline's, as a reader wants to see it. */
export interface Difference {
  kind: 'deal-added' | 'deal-removed' | 'deal-changed' | 'mention-added' | 'mention-removed' | 'mention-changed' | 'field-changed';
  path: string;
  old?: unknown;
  new?: unknown;
  /** The sentence the deal was read from, so a change can be judged against the article. */
  evidence?: string;
}

/**
 * A golden file comes in two forms:
 *
 * - **full**: the whole extraction as the pipeline wrote it (without `rule` fields), with its
 *   `mentions`. Everything is compared exactly: a renamed canonical name or a moved span is drift.
 *   `corpus/*.golden.json` are full files.
 * - **checked**: the facts a person checked against the story and nothing else: `source`,
 *   `publishedAt` and `deals` with type, parties, amount {value, currency, text}, stake {percent},
 *   status, date {start, end, grain, text} and evidence {text}; no `mentions`, no spans. Only the
 *   fields the golden file has are compared; party names match leniently (case, punctuation, "The"
 *   and legal suffixes aside: "Monier Ltd" is "Monier"); texts match with whitespace collapsed; the
 *   evidence matches when one sentence contains the other (the pipeline may join sentences).
 *   `tests/golden/reuters/*.golden.json` are checked files.
 */
export type GoldenForm = 'full' | 'checked';

export function goldenForm(golden: object): GoldenForm {
  return 'mentions' in golden ? 'full' : 'checked';
}

/** A deal as it stands in a checked golden file. Every field but type, parties and status may be left out. */
export interface CheckedDeal {
  id?: string;
  type: DealType;
  parties: Array<{ name: string; role: PartyRole }>;
  amount?: { value?: number; currency?: string; text?: string } | null;
  stake?: { percent?: number | null } | null;
  status: DealRecord['status'];
  date?: { start?: string | null; end?: string | null; grain?: string; text?: string } | null;
  evidence?: { text: string };
  [key: string]: unknown;
}

export interface CheckedGolden {
  source?: string | null;
  publishedAt?: string | null;
  deals: CheckedDeal[];
  [key: string]: unknown;
}

/** Either form; `compareExtractions` tells them apart by the `mentions` key. */
export type Golden = ArticleExtraction | CheckedGolden;

/**
 * The form kept in golden files: the extraction without `rule` fields. Rule ids say which code
 * produced a mention, which is not a fact about the article a person can check, and renaming a
 * rule must not count as drift.
 */
export function toGolden<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (k, v) => (k === 'rule' ? undefined : v))) as T;
}

/** Whitespace collapsed, so that a sentence copied from a wrapped wire story matches the pipeline's. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A pipeline deal in the checked form: the facts a person can check, no spans, texts squashed. */
export function toCheckedDeal(d: DealRecord): CheckedDeal {
  return {
    id: d.id,
    type: d.type,
    parties: d.parties.map((p) => ({ name: p.name, role: p.role })),
    amount: d.amount ? { value: d.amount.value, currency: d.amount.currency, text: squash(d.amount.text) } : null,
    stake: d.stake ? { percent: d.stake.percent } : null,
    status: d.status,
    date: d.date ? { start: d.date.start, end: d.date.end, grain: d.date.grain, text: squash(d.date.text) } : null,
    evidence: { text: squash(d.evidence.text) },
  };
}

/** A whole extraction in the checked form, as `--update` writes a checked golden file. */
export function toChecked(actual: ArticleExtraction): CheckedGolden {
  return { source: actual.source, publishedAt: actual.publishedAt, deals: actual.deals.map(toCheckedDeal) };
}

/* ------------------------------------------------------------------------------------------------
 * Which golden deal is which pipeline deal
 * --------------------------------------------------------------------------------------------- */

/** Deal types that may describe one transaction: buying a minority stake is an investment, etc. */
const COMPATIBLE: ReadonlyArray<[DealType, DealType]> = [
  ['acquisition', 'merger'],
  ['acquisition', 'stake_sale'],
  ['stake_sale', 'investment'],
  ['investment', 'funding_round'],
];

export function typesCompatible(a: DealType, b: DealType): boolean {
  return a === b || COMPATIBLE.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}

/** Which side of the deal a role is on, so that "acquirer" of a stake sale is "investor" of an investment. */
function side(role: PartyRole): string {
  if (role === 'acquirer' || role === 'investor') return 'buyer';
  if (role === 'target' || role === 'investee') return 'bought';
  return role;
}

function rolesCompatible(a: PartyRole, b: PartyRole): boolean {
  if (a === b || side(a) === side(b)) return true;
  // A merger's partners are an acquisition's acquirer and target.
  return (a === 'partner' && (side(b) === 'buyer' || side(b) === 'bought')) || (b === 'partner' && (side(a) === 'buyer' || side(a) === 'bought'));
}

type NameKey = (name: string) => string;
const exactName: NameKey = (n) => n;

interface DealLike {
  type: DealType;
  parties: Array<{ name: string; role: PartyRole }>;
  evidence?: { text: string };
}

/** Same type (or compatible), and the same parties in compatible roles, none missing, none extra. */
export function dealsMatch(g: DealLike, a: DealLike, key: NameKey = nameKey): boolean {
  if (!typesCompatible(g.type, a.type)) return false;
  const gp = new Map<string, PartyRole[]>();
  for (const p of g.parties) gp.set(key(p.name), [...(gp.get(key(p.name)) ?? []), p.role]);
  const ap = new Map<string, PartyRole[]>();
  for (const p of a.parties) ap.set(key(p.name), [...(ap.get(key(p.name)) ?? []), p.role]);
  if (gp.size !== ap.size) return false;
  for (const [name, roles] of gp) {
    const other = ap.get(name);
    if (!other || !roles.every((r) => other.some((o) => rolesCompatible(r, o)))) return false;
  }
  return true;
}

/** Type-compatible and at least one party in common in a compatible role: the deal was found, if not whole. */
export function dealsOverlap(g: DealLike, a: DealLike, key: NameKey = nameKey): boolean {
  if (!typesCompatible(g.type, a.type)) return false;
  return g.parties.some((p) => a.parties.some((q) => key(q.name) === key(p.name) && rolesCompatible(p.role, q.role)));
}

function evidenceOverlaps(g: DealLike, a: DealLike): boolean {
  if (!g.evidence || !a.evidence) return false;
  const x = squash(g.evidence.text);
  const y = squash(a.evidence.text);
  return x.includes(y) || y.includes(x);
}

/** How likely two deals are the same one, for pairing what does not match exactly; 0: not at all. */
function affinity(g: DealLike, a: DealLike, key: NameKey): number {
  const shared = g.parties.filter((p) => a.parties.some((q) => key(q.name) === key(p.name))).length;
  const evidence = evidenceOverlaps(g, a);
  if (shared === 0 && !evidence) return 0;
  return shared * 4 + (evidence ? 3 : 0) + (g.type === a.type ? 2 : typesCompatible(g.type, a.type) ? 1 : 0);
}

export interface DealPairing<G, A> {
  /** Golden deals with the pipeline deal that matches them exactly (type-compatible, same parties and roles). */
  matched: Array<[G, A]>;
  /** Golden deals paired with the pipeline deal most like them, which differs in type or parties. */
  paired: Array<[G, A]>;
  removed: G[];
  added: A[];
}

/**
 * Pairs golden deals with pipeline deals: first exact matches (type-compatible parties and roles),
 * the one with the overlapping evidence sentence first; then what is left by affinity (shared
 * parties, the same sentence), so that a deal whose target changed reads as a change, not as one
 * deal removed and another added.
 */
export function pairDeals<G extends DealLike, A extends DealLike>(golden: G[], actual: A[], key: NameKey = nameKey): DealPairing<G, A> {
  const left = new Set(actual);
  const unmatched: G[] = [];
  const matched: Array<[G, A]> = [];
  for (const g of golden) {
    const candidates = [...left].filter((a) => dealsMatch(g, a, key));
    const a = candidates.find((x) => x.type === g.type && evidenceOverlaps(g, x)) ?? candidates.find((x) => evidenceOverlaps(g, x)) ?? candidates.find((x) => x.type === g.type) ?? candidates[0];
    if (a) {
      left.delete(a);
      matched.push([g, a]);
    } else unmatched.push(g);
  }
  const scored: Array<{ g: G; a: A; score: number; gi: number; ai: number }> = [];
  const rest = [...left];
  unmatched.forEach((g, gi) => rest.forEach((a, ai) => {
    const score = affinity(g, a, key);
    if (score > 0) scored.push({ g, a, score, gi, ai });
  }));
  scored.sort((x, y) => y.score - x.score || x.gi - y.gi || x.ai - y.ai);
  const pairedG = new Map<G, A>();
  for (const s of scored) {
    if (pairedG.has(s.g) || !left.has(s.a)) continue;
    pairedG.set(s.g, s.a);
    left.delete(s.a);
  }
  const paired: Array<[G, A]> = [];
  const removed: G[] = [];
  for (const g of unmatched) {
    const a = pairedG.get(g);
    if (a) paired.push([g, a]);
    else removed.push(g);
  }
  return { matched, paired, removed, added: actual.filter((a) => left.has(a)) };
}

/* ------------------------------------------------------------------------------------------------
 * Differences
 * --------------------------------------------------------------------------------------------- */

/** Field-by-field differences between `golden` (either form) and `actual`; empty when they agree. */
export function compareExtractions(goldenIn: Golden, actualIn: ArticleExtraction): Difference[] {
  return goldenForm(goldenIn) === 'full'
    ? compareFull(goldenIn as ArticleExtraction, actualIn)
    : compareChecked(goldenIn as CheckedGolden, actualIn);
}

function compareFull(goldenIn: ArticleExtraction, actualIn: ArticleExtraction): Difference[] {
  const golden = toGolden(goldenIn);
  const actual = toGolden(actualIn);
  const out: Difference[] = [];
  for (const field of ['source', 'publishedAt'] as const) {
    if (golden[field] !== actual[field]) out.push({ kind: 'field-changed', path: field, old: golden[field], new: actual[field] });
  }
  const { matched, paired, removed, added } = pairDeals(golden.deals, actual.deals, exactName);
  const label = (d: DealRecord) => `deals[${d.id}]`;
  for (const [g, a] of [...matched, ...paired].sort((x, y) => golden.deals.indexOf(x[0]) - golden.deals.indexOf(y[0]))) {
    for (const d of diffValues(label(g), g, a)) out.push({ kind: 'deal-changed', ...d, evidence: g.evidence.text });
  }
  for (const g of removed) out.push({ kind: 'deal-removed', path: label(g), old: summary(g), evidence: g.evidence.text });
  for (const a of added) out.push({ kind: 'deal-added', path: label(a), new: summary(a), evidence: a.evidence.text });
  for (const kind of ['money', 'organizations', 'dates'] as const) {
    compareMentions(kind, golden.mentions[kind] as Array<{ span: [number, number]; text: string }>, actual.mentions[kind] as Array<{ span: [number, number]; text: string }>, out);
  }
  return out;
}

function compareChecked(golden: CheckedGolden, actualIn: ArticleExtraction): Difference[] {
  const out: Difference[] = [];
  for (const field of ['source', 'publishedAt'] as const) {
    if (field in golden && golden[field] !== actualIn[field]) out.push({ kind: 'field-changed', path: field, old: golden[field], new: actualIn[field] });
  }
  const actual = actualIn.deals.map(toCheckedDeal);
  const gDeals = golden.deals ?? [];
  const { matched, paired, removed, added } = pairDeals(gDeals, actual);
  const label = (d: CheckedDeal, list: CheckedDeal[]) => `deals[${d.id ?? `#${list.indexOf(d) + 1}`}]`;
  for (const [g, a] of [...matched, ...paired].sort((x, y) => gDeals.indexOf(x[0]) - gDeals.indexOf(y[0]))) {
    for (const d of diffChecked(label(g, gDeals), g, a)) out.push({ kind: 'deal-changed', ...d, evidence: g.evidence?.text ?? a.evidence?.text });
  }
  for (const g of removed) out.push({ kind: 'deal-removed', path: label(g, gDeals), old: summary(g), ...(g.evidence ? { evidence: g.evidence.text } : {}) });
  for (const a of added) out.push({ kind: 'deal-added', path: label(a, actual), new: summary(a), ...(a.evidence ? { evidence: a.evidence.text } : {}) });
  return out;
}

function partiesText(parties: CheckedDeal['parties']): string {
  return parties.map((p) => `${p.name} (${p.role})`).join(', ');
}

function sameParties(g: CheckedDeal['parties'], a: CheckedDeal['parties']): boolean {
  const norm = (ps: CheckedDeal['parties']) => ps.map((p) => `${p.role}:${nameKey(p.name)}`).sort().join('|');
  return norm(g) === norm(a);
}

/** The fields of a checked golden deal against the pipeline's deal in checked form. */
function diffChecked(path: string, g: CheckedDeal, a: CheckedDeal): Array<{ path: string; old: unknown; new: unknown }> {
  const out: Array<{ path: string; old: unknown; new: unknown }> = [];
  for (const key of Object.keys(g)) {
    if (key === 'id') continue; // a label: pipeline ids follow the order of the evidence
    const gv = g[key];
    const av = a[key];
    if (key === 'parties') {
      if (!sameParties(g.parties, a.parties)) out.push({ path: `${path}.parties`, old: partiesText(g.parties), new: partiesText(a.parties) });
    } else if (key === 'evidence') {
      const x = squash(g.evidence?.text ?? '');
      const y = squash(a.evidence?.text ?? '');
      if (!(x.includes(y) || y.includes(x))) out.push({ path: `${path}.evidence.text`, old: x, new: y });
    } else if (gv && av && typeof gv === 'object' && typeof av === 'object' && !Array.isArray(gv)) {
      // Only the fields the golden file has; texts with whitespace collapsed.
      for (const k of Object.keys(gv)) {
        const x = (gv as Record<string, unknown>)[k];
        const y = (av as Record<string, unknown>)[k];
        const same = typeof x === 'string' && typeof y === 'string' ? squash(x) === squash(y)
          : typeof x === 'number' && typeof y === 'number' ? sameNumber(x, y)
          : Object.is(x, y) || JSON.stringify(x) === JSON.stringify(y);
        if (!same) out.push({ path: `${path}.${key}.${k}`, old: x, new: y });
      }
    } else {
      out.push(...diffValues(`${path}.${key}`, gv, av));
    }
  }
  return out;
}

/** Equal up to floating-point noise (5.4 * 1e6 and 5.4e6 are one amount). */
export function sameNumber(x: number, y: number): boolean {
  return x === y || Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));
}

function summary(d: { type: string; parties: Array<{ name: string; role: string }>; amount?: { value?: number; currency?: string } | null; status: string }): string {
  const parties = d.parties.map((p) => `${p.name} (${p.role})`).join(', ');
  const amount = d.amount ? ` ${d.amount.currency} ${d.amount.value}` : '';
  return `${d.type}: ${parties}${amount}, ${d.status}`;
}

function compareMentions(kind: string, golden: Array<{ span: [number, number]; text: string }>, actual: Array<{ span: [number, number]; text: string }>, out: Difference[]): void {
  const key = (m: { span: [number, number] }) => `${m.span[0]}-${m.span[1]}`;
  const byKey = new Map(actual.map((m) => [key(m), m]));
  for (const g of golden) {
    const a = byKey.get(key(g));
    if (!a) {
      out.push({ kind: 'mention-removed', path: `mentions.${kind}[${key(g)}]`, old: g.text });
      continue;
    }
    byKey.delete(key(g));
    for (const d of diffValues(`mentions.${kind}[${key(g)} "${g.text}"]`, g, a)) out.push({ kind: 'mention-changed', ...d });
  }
  for (const a of byKey.values()) out.push({ kind: 'mention-added', path: `mentions.${kind}[${key(a)}]`, new: a.text });
}

/** Leaf-level differences between two JSON values, with dotted paths. */
export function diffValues(path: string, a: unknown, b: unknown): Array<{ path: string; old: unknown; new: unknown }> {
  if (Object.is(a, b)) return [];
  if (Array.isArray(a) && Array.isArray(b)) {
    // Spans and other short tuples read better whole than element by element.
    if (a.every((x) => typeof x !== 'object') && b.every((x) => typeof x !== 'object')) {
      return JSON.stringify(a) === JSON.stringify(b) ? [] : [{ path, old: a, new: b }];
    }
    const out: Array<{ path: string; old: unknown; new: unknown }> = [];
    for (let i = 0; i < Math.max(a.length, b.length); i++) out.push(...diffValues(`${path}[${i}]`, a[i], b[i]));
    return out;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    const out: Array<{ path: string; old: unknown; new: unknown }> = [];
    for (const k of keys) out.push(...diffValues(`${path}.${k}`, (a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
    return out;
  }
  return [{ path, old: a, new: b }];
}

/** The differences as text: `path: old -> new`, with the evidence sentence under each deal change. */
export function formatDifferences(diffs: Difference[]): string {
  const lines: string[] = [];
  let lastEvidence: string | undefined;
  for (const d of diffs) {
    const show = (v: unknown) => (v === undefined ? '(absent)' : JSON.stringify(v));
    if (d.kind === 'deal-added' || d.kind === 'mention-added') lines.push(`+ ${d.path}: ${show(d.new)}`);
    else if (d.kind === 'deal-removed' || d.kind === 'mention-removed') lines.push(`- ${d.path}: ${show(d.old)}`);
    else lines.push(`~ ${d.path}: ${show(d.old)} -> ${show(d.new)}`);
    if (d.evidence && d.evidence !== lastEvidence) lines.push(`    evidence: “${squash(d.evidence)}”`);
    lastEvidence = d.evidence;
  }
  return lines.join('\n');
}
