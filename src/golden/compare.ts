import type { ArticleExtraction } from '../schema/article.js';
import type { DealRecord } from '../schema/deal.js';

/** One difference between a golden extraction and the pipeline's, as a reader wants to see it. */
export interface Difference {
  kind: 'deal-added' | 'deal-removed' | 'deal-changed' | 'mention-added' | 'mention-removed' | 'mention-changed' | 'field-changed';
  path: string;
  old?: unknown;
  new?: unknown;
  /** The sentence the deal was read from, so a change can be judged against the article. */
  evidence?: string;
}

/** Which deal in the other list is "the same deal": same type and the same parties in the same roles. */
function dealKey(d: DealRecord): string {
  const parties = d.parties.map((p) => `${p.role}:${p.name}`).sort().join(',');
  return `${d.type}|${parties}|${d.amount ? `${d.amount.currency}${d.amount.value}` : '-'}`;
}

function looseKey(d: DealRecord): string {
  return `${d.type}|${d.evidence.span[0]}`;
}

/**
 * The form kept in golden files: the extraction without `rule` fields. Rule ids say which code
 * produced a mention, which is not a fact about the article a person can check, and renaming a
 * rule must not count as drift.
 */
export function toGolden<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (k, v) => (k === 'rule' ? undefined : v))) as T;
}

/** Field-by-field differences between `golden` and `actual`; empty when they agree. */
export function compareExtractions(goldenIn: ArticleExtraction, actualIn: ArticleExtraction): Difference[] {
  const golden = toGolden(goldenIn);
  const actual = toGolden(actualIn);
  const out: Difference[] = [];
  for (const field of ['source', 'publishedAt'] as const) {
    if (golden[field] !== actual[field]) out.push({ kind: 'field-changed', path: field, old: golden[field], new: actual[field] });
  }
  compareDeals(golden.deals, actual.deals, out);
  for (const kind of ['money', 'organizations', 'dates'] as const) {
    compareMentions(kind, golden.mentions[kind] as Array<{ span: [number, number]; text: string }>, actual.mentions[kind] as Array<{ span: [number, number]; text: string }>, out);
  }
  return out;
}

function compareDeals(golden: DealRecord[], actual: DealRecord[], out: Difference[]): void {
  const unmatched = new Set(actual);
  const pairs: Array<[DealRecord, DealRecord | undefined]> = [];
  for (const g of golden) {
    const a = [...unmatched].find((x) => dealKey(x) === dealKey(g)) ?? [...unmatched].find((x) => looseKey(x) === looseKey(g));
    if (a) unmatched.delete(a);
    pairs.push([g, a]);
  }
  for (const [g, a] of pairs) {
    if (!a) {
      out.push({ kind: 'deal-removed', path: `deals[${g.id}]`, old: summary(g), evidence: g.evidence.text });
      continue;
    }
    for (const d of diffValues(`deals[${g.id}]`, g, a)) out.push({ kind: 'deal-changed', ...d, evidence: g.evidence.text });
  }
  for (const a of unmatched) out.push({ kind: 'deal-added', path: `deals[${a.id}]`, new: summary(a), evidence: a.evidence.text });
}

function summary(d: DealRecord): string {
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
    if (d.evidence && d.evidence !== lastEvidence) lines.push(`    evidence: “${d.evidence.replace(/\s+/g, ' ')}”`);
    lastEvidence = d.evidence;
  }
  return lines.join('\n');
}
