import type { ArticleExtraction } from '../schema/article.js';
import type { DealRecord } from '../schema/deal.js';
import { dealsOverlap, goldenForm, pairDeals, sameNumber, toCheckedDeal, type CheckedDeal, type Golden } from './compare.js';

/** A count of hits out of a total. */
export interface Ratio {
  hits: number;
  of: number;
}

export interface GoldenScore {
  articles: number;
  goldenDeals: number;
  pipelineDeals: number;
  /** Deals that match: type-compatible, the same parties in compatible roles (names leniently). */
  matched: number;
  /** Deals found at least in part: type-compatible, one party in common in a compatible role. */
  overlapping: number;
  /** Over the matched deals: the same type, amount (value and currency), date (start and end), status. */
  type: Ratio;
  amount: Ratio;
  date: Ratio;
  status: Ratio;
}

export function emptyScore(): GoldenScore {
  const r = () => ({ hits: 0, of: 0 });
  return { articles: 0, goldenDeals: 0, pipelineDeals: 0, matched: 0, overlapping: 0, type: r(), amount: r(), date: r(), status: r() };
}

function goldenDeals(golden: Golden): CheckedDeal[] {
  return goldenForm(golden) === 'full' ? (golden.deals as DealRecord[]).map(toCheckedDeal) : (golden.deals as CheckedDeal[]);
}

function count(r: Ratio, hit: boolean): void {
  r.of++;
  if (hit) r.hits++;
}

/** Adds one article to the score. */
export function addToScore(score: GoldenScore, golden: Golden, actualIn: ArticleExtraction): void {
  const gold = goldenDeals(golden);
  const actual = actualIn.deals.map(toCheckedDeal);
  score.articles++;
  score.goldenDeals += gold.length;
  score.pipelineDeals += actual.length;
  const { matched } = pairDeals(gold, actual);
  score.matched += matched.length;
  for (const [g, a] of matched) {
    count(score.type, g.type === a.type);
    if (g.amount !== undefined) {
      const same = g.amount === null || a.amount === null || a.amount === undefined
        ? g.amount === null && !a.amount
        : sameNumber(g.amount.value ?? NaN, a.amount.value ?? NaN) && g.amount.currency === a.amount.currency;
      count(score.amount, same);
    }
    if (g.date !== undefined) {
      const same = g.date === null || !a.date ? g.date === null && !a.date : g.date.start === a.date.start && g.date.end === a.date.end;
      count(score.date, same);
    }
    count(score.status, g.status === a.status);
  }
  // Found in part: each golden deal takes the first pipeline deal it overlaps that is not taken.
  const left = new Set(actual);
  for (const g of gold) {
    const a = [...left].find((x) => dealsOverlap(g, x));
    if (a) {
      left.delete(a);
      score.overlapping++;
    }
  }
}

function ratio(hits: number, of: number): string {
  return of === 0 ? 'n/a' : (hits / of).toFixed(2);
}

function f1(p: number, r: number): string {
  return p + r === 0 ? '0.00' : ((2 * p * r) / (p + r)).toFixed(2);
}

function prf(hits: number, score: GoldenScore): string {
  const p = score.pipelineDeals ? hits / score.pipelineDeals : 0;
  const r = score.goldenDeals ? hits / score.goldenDeals : 0;
  return `precision ${ratio(hits, score.pipelineDeals)} (${hits}/${score.pipelineDeals}), recall ${ratio(hits, score.goldenDeals)} (${hits}/${score.goldenDeals}), F1 ${f1(p, r)}`;
}

/** The figures as text, one per line. */
export function formatScore(score: GoldenScore): string {
  const acc = (name: string, r: Ratio) => `${name} ${ratio(r.hits, r.of)} (${r.hits}/${r.of})`;
  return [
    `score over ${score.articles} article${score.articles === 1 ? '' : 's'}: ${score.goldenDeals} golden deals, ${score.pipelineDeals} found by the pipeline`,
    `  deals (type-compatible, same parties and roles): ${prf(score.matched, score)}`,
    `  deals (type-compatible, a party in common):      ${prf(score.overlapping, score)}`,
    `  over the ${score.matched} matched deals: ${acc('type', score.type)}, ${acc('amount', score.amount)}, ${acc('date', score.date)}, ${acc('status', score.status)}`,
  ].join('\n');
}
