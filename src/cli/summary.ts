import type { ArticleExtraction } from '../schema/article.js';
import type { DealAmount, DealRecord } from '../schema/deal.js';
import { isError, type BatchRecord } from '../batch/result.js';

const SCALES: Array<[number, string]> = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];

export function formatAmount(a: DealAmount): string {
  for (const [n, word] of SCALES) {
    if (Math.abs(a.value) >= n) return `${a.currency} ${+(a.value / n).toFixed(3)} ${word}`;
  }
  return `${a.currency} ${a.value.toLocaleString('en-US')}`;
}

function dealLine(d: DealRecord): string[] {
  const parties = d.parties.map((p) => `${p.name} (${p.role})`).join(', ') || '(no parties found)';
  const bits = [d.type.replace('_', ' '), parties];
  if (d.amount) bits.push(formatAmount(d.amount) + (d.amount.qualifier !== 'exact' ? ` [${d.amount.qualifier.replace('_', ' ')}]` : ''));
  if (d.maxAmount) bits.push(`up to ${formatAmount(d.maxAmount)} in all`);
  if (d.stake) bits.push(d.stake.percent !== null ? `${d.stake.percent}% stake` : d.stake.text);
  if (d.date) bits.push(d.date.start === null ? `${d.date.text} (unresolved)` : d.date.grain === 'day' ? d.date.start : `${d.date.start}..${d.date.end} (${d.date.grain})`);
  bits.push(d.status);
  const evidence = d.evidence.text.replace(/\s+/g, ' ');
  return [`  ${d.id}  ${bits.join(' · ')}`, `      “${evidence.length > 160 ? evidence.slice(0, 157) + '...' : evidence}”`];
}

/** A terminal-friendly view of one article's result. */
export function summarize(r: BatchRecord): string {
  if (isError(r)) return `✗ ${r.source}: ${r.error.code}: ${r.error.message}\n`;
  const a: ArticleExtraction = r;
  const head = `${a.source ?? '(text)'}  published ${a.publishedAt ?? 'unknown'}  ${a.deals.length} deal${a.deals.length === 1 ? '' : 's'}`;
  const m = a.mentions;
  const counts = `  mentions: ${m.money.length} money, ${m.organizations.length} organizations, ${m.dates.length} dates`;
  const lines = [head, ...a.deals.flatMap(dealLine), counts];
  for (const w of a.messages.filter((x) => x.severity !== 'info')) lines.push(`  ${w.severity}: ${w.message}`);
  return lines.join('\n') + '\n';
}
