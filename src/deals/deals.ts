import type { Doc } from '../doc.js';
import type { DealAmount, DealDate, DealRecord, PartyRole } from '../schema/deal.js';
import type { DateMention, MoneyMention, OrganizationMention } from '../schema/mention.js';
import { candidatesIn, compatibleParties, isCompanyFigure, type DealCandidate } from './candidates.js';
import { DEAL_NOUNS } from './cues.js';
import { Salience } from './references.js';
import { sentenceViews, type SentenceView } from './sentenceView.js';

const PRICE_WORDS = /\b(cost|price|value|valued|worth)\s+of\s+the\s+(deal|transaction|acquisition|purchase|takeover|sale)\b|\b(deal|transaction|acquisition|purchase|takeover|sale)\s+(is|was|was\s+valued|is\s+valued)\s+(at|about|around|worth)\b/i;

/** How many sentences back a sentence like "The deal was worth $N" may reach for its deal. */
const ANAPHORA_REACH = 2;

/** "Under terms of the transaction, ...": a sentence that speaks of the deal told before by a definite noun. */
const DEFINITE_DEAL = /\b(?:the|this)\s+(?:deal|transaction|acquisition|purchase|takeover|merger|sale|agreement)\b/i;

interface Draft {
  first: DealCandidate;
  type: DealRecord['type'];
  parties: DealRecord['parties'];
  amount: MoneyMention | null;
  maxAmount: MoneyMention | null;
  date: DateMention | null;
  status: DealRecord['status'];
  stake: DealCandidate['stake'];
  sentences: number[];
  /** The latest sentence that spoke of this deal, if only as "the transaction": what a later "the deal was worth $N" reaches back from. */
  lastTold: number;
  /**
   * One party and nothing else said yet ("X agreed to acquire an unnamed company"): not a record,
   * but a later sentence about the same one-sided deal ("X will pay $N for the company it is
   * acquiring") makes it one, told from its first sentence.
   */
  pending?: boolean;
}

/**
 * Deals stage: deal words → candidates with parties, amount, date and status → one record per
 * deal. A candidate joins an earlier record when it can be the same deal (same type, no party in
 * another role, no different amount); otherwise it opens a new one. A bound ("up to $4 billion")
 * said of a deal that already has its amount is kept as that deal's maximum, not a new deal.
 */
export function findDeals(doc: Doc): Doc {
  const drafts: Draft[] = [];
  const salience = new Salience();
  const related = familyOf(doc);
  for (const view of sentenceViews(doc)) {
    view.refs = salience.resolve(view, (role) => partyOfLastDeal(doc, drafts, role));
    const found = candidatesIn(view);
    salience.observe(view, view.refs);
    // "The deal was worth $90 million.": no deal word of its own, but an amount for the deal before.
    // With names in it, only a sentence that speaks of the price: "The cost of the deal is 90 mln
    // stg and Thomson will finance 50 mln of it."
    if (found.length === 0 && (view.orgs.length === 0 || PRICE_WORDS.test(view.sentence.text))) {
      const amount = view.money.find((m) => !m.mention.perShare && !isCompanyFigure(view, m.first));
      if (amount) extendRecent(drafts, anaphoricCandidate(view, amount.mention));
    }
    // A chain of references keeps the deal within reach: "X agreed to buy Y. Under terms of the
    // transaction, ... . The transaction is valued at $N."
    if (found.length === 0 && DEFINITE_DEAL.test(view.sentence.text)) {
      const latest = latestDraft(drafts);
      if (latest && view.sentence.index - latest.lastTold <= ANAPHORA_REACH) latest.lastTold = view.sentence.index;
    }
    for (const c of found) {
      if (c.anaphoric) {
        extendRecent(drafts, c);
        continue;
      }
      // "X acquired Y ... X said the purchase price was financed with N": one party of a deal told
      // before, named by a definite deal noun, is that deal; what amount it mentions is not its price.
      // So are several parties all in the deal told: "USAir said it and Piedmont requested approval
      // for the acquisition" seems to make both buyers, but the acquisition is the one told.
      if (c.definite && c.parties.length >= 1) {
        // Same type and those parties in the deal, whatever role this sentence seemed to give them.
        const told = [...drafts].reverse().find((d) => !d.pending && d.type === c.type && c.parties.every((p) => d.parties.some((q) => q.name === p.name)));
        // With several parties, only roles may differ: another amount is another sale of the same seller.
        const rolesOnly = c.amount === null || told?.amount == null || sameAmount(told.amount, c.amount);
        if (told && (c.parties.length === 1 || (!sameDeal(told, c, related) && rolesOnly))) {
          join(told, { ...c, amount: null, parties: [] }, related);
          continue;
        }
      }
      // One organization and nothing else said: too little to be a record or to join one, but a
      // later sentence of the same one-sided deal may complete it.
      if (c.parties.length < 2 && c.amount === null && !stakeBoughtIn(c)) {
        if (c.parties.length === 1 && !drafts.some((d) => d.pending && sameDeal(d, c, related))) drafts.push({ ...open(c), pending: true });
        continue;
      }
      // A joint venture is between parties: one named alone is background ("buy X out of their joint venture").
      if (c.type === 'joint_venture' && c.parties.length < 2) continue;
      const into = drafts.find((d) => (d.pending ? completes(d, c) : sameDeal(d, c, related)));
      if (into) {
        join(into, c, related);
        into.pending = false;
      } else drafts.push(open(c));
    }
  }
  const deals = drafts.filter((d) => d.parties.length >= 2 || d.amount !== null || (!d.pending && d.type === 'stake_sale' && d.stake?.percent != null && d.parties[0]?.role === 'target')).map((d, k) => toRecord(doc, d, k));
  return { ...doc, deals };
}

/**
 * "A professor said he raised his stake in Y to 7.4 pct": a stated percentage of a named company,
 * bought by someone who is no organization, is a record on its own, as a price would make it.
 */
function stakeBoughtIn(c: DealCandidate): boolean {
  // Not "If a party acquired 20 pct of Y, ...": a hypothetical, as in a rights plan.
  return c.type === 'stake_sale' && c.stake?.percent != null && c.parties.length === 1 && c.parties[0]!.role === 'target' && c.view.lower[0] !== 'if';
}

/** The organization in `role` in the latest deal that has one, as a mention of the article. */
function partyOfLastDeal(doc: Doc, drafts: readonly Draft[], role: PartyRole): OrganizationMention | null {
  for (let k = drafts.length - 1; k >= 0; k--) {
    if (drafts[k]!.pending) continue;
    const p = drafts[k]!.parties.find((q) => q.role === role);
    if (p) return doc.mentions.organizations.find((m) => m.canonical === p.name) ?? null;
  }
  return null;
}

function anaphoricCandidate(view: SentenceView, amount: MoneyMention): DealCandidate {
  return { type: 'acquisition', trigger: '', view, parties: [], amount, date: view.dates[0]?.mention ?? null, status: 'unknown', stake: null, anaphoric: true, definite: false };
}

function open(c: DealCandidate): Draft {
  const bound = c.amount && isBound(c.amount) && c.amount.qualifier === 'up_to';
  return {
    first: c,
    type: c.type,
    parties: [...c.parties],
    amount: c.amount,
    maxAmount: bound ? c.amount : null,
    date: c.date,
    status: c.status,
    stake: c.stake,
    sentences: [c.view.sentence.index],
    lastTold: c.view.sentence.index,
  };
}

function isBound(m: MoneyMention): boolean {
  return m.qualifier === 'up_to' || m.qualifier === 'less_than';
}

function sameAmount(a: MoneyMention, b: MoneyMention): boolean {
  return a.currency === b.currency && a.value === b.value;
}

/** Roles that name the same side of a purchase, whatever the deal is called. */
const SIDE: Partial<Record<string, string>> = { acquirer: 'buyer', investor: 'buyer', target: 'bought', investee: 'bought', seller: 'seller' };
const PURCHASES = new Set(['acquisition', 'stake_sale', 'investment']);

/**
 * "X paid $N for 8.6 pct of Y. ... the opportunity to acquire an investment in Y": a later
 * sentence may call the same purchase by another name. It is the same deal when the same two
 * companies stand on the same sides and nothing (a different stake) says otherwise.
 */
function samePurchase(d: Draft, c: DealCandidate): boolean {
  if (c.parties.length < 2) return false;
  // "Y will be acquired by X ... As a result of the merger, ...": the same two companies; the merger
  // is how the acquisition is done.
  if (c.type === 'merger' && d.type === 'acquisition') return c.parties.every((p) => d.parties.some((q) => q.name === p.name));
  if (!PURCHASES.has(d.type) || !PURCHASES.has(c.type)) return false;
  if (d.stake && c.stake && d.stake.percent !== c.stake.percent) return false;
  return c.parties.every((p) => d.parties.some((q) => q.name === p.name && SIDE[q.role] !== undefined && SIDE[q.role] === SIDE[p.role]));
}

/** A one-sided deal told again with only the same party in the same role, now with its amount. */
function completes(d: Draft, c: DealCandidate): boolean {
  const [p] = c.parties;
  return c.parties.length === 1 && d.type === c.type && d.parties[0]!.name === p!.name && d.parties[0]!.role === p!.role;
}

function sameDeal(d: Draft, c: DealCandidate, related: Related): boolean {
  if (d.type !== c.type) {
    if (!samePurchase(d, c)) return false;
    // Roles follow the record's own type.
    c = { ...c, parties: c.parties.map((p) => d.parties.find((q) => q.name === p.name)!) };
  }
  if (sameBuyer(d, c)) c = { ...c, parties: c.parties.map((p) => targetAsTold(d, p, related)) };
  if (!compatibleParties(d.parties, c.parties)) return false;
  if (!c.parties.some((p) => d.parties.some((q) => q.name === p.name))) return false;
  if (rivalBuyer(d, c, related)) return false;
  if (d.amount && c.amount && !sameAmount(d.amount, c.amount)) {
    // A cap above the deal's amount is the same deal's maximum commitment.
    return isBound(c.amount) && c.amount.currency === d.amount.currency && c.amount.value >= d.amount.value;
  }
  return true;
}

/**
 * "X will buy Y ... Y is a unit of Z ... X will pay 15 dlrs a share for the stock of Z": the same
 * buyer paying for the parent the text names for the target is how the target is bought, not a
 * second target. Not a unit of the target (a sale of part of it), nor a name already in the deal,
 * which keeps its own role; a buyer of the same family only is another bid ("its U.S. parent bought").
 */
function targetAsTold(d: Draft, p: DealRecord['parties'][number], related: Related): DealRecord['parties'][number] {
  if ((p.role !== 'target' && p.role !== 'investee') || d.parties.some((q) => q.name === p.name)) return p;
  const told = d.parties.find((q) => q.role === p.role && related.owns(p.name, q.name));
  return told ?? p;
}

function sameBuyer(d: Draft, c: DealCandidate): boolean {
  return c.parties.some((p) => (p.role === 'acquirer' || p.role === 'investor') && d.parties.some((q) => q.name === p.name && q.role === p.role));
}

/**
 * "X offered $N for Y. ... CSR's rival bid for Y": a later sentence whose buyers are all new to a
 * deal that has its buyer already tells another bid for the same company, unless the new buyer is
 * of the same family ("Universal said its Universal Furniture Industries unit bought ...").
 */
function rivalBuyer(d: Draft, c: DealCandidate, related: Related): boolean {
  const buyers = (list: DealRecord['parties']) => list.filter((p) => p.role === 'acquirer' || p.role === 'investor').map((p) => p.name);
  const told = buyers(d.parties);
  const now = buyers(c.parties);
  return told.length > 0 && now.length > 0 && !now.some((name) => told.some((t) => related(name, t)));
}

/** Whether two canonical names are one company or parent and unit, as the article says. */
type Related = ((a: string, b: string) => boolean) & { owns: (owner: string, unit: string) => boolean };

/** The parent links the text states ("X's unit Y", "Y, a subsidiary of X"), as a test of kinship. */
function familyOf(doc: Doc): Related {
  const parent = new Map<string, string>();
  for (const o of doc.mentions.organizations) if (o.parent) parent.set(o.canonical, o.parent);
  const ancestors = (name: string): string[] => {
    const out = [name];
    for (let p = parent.get(name); p !== undefined && out.length < 6 && !out.includes(p); p = parent.get(p)) out.push(p);
    return out;
  };
  return Object.assign((a: string, b: string) => a === b || ancestors(a).includes(b) || ancestors(b).includes(a), {
    owns: (owner: string, unit: string) => owner !== unit && ancestors(unit).includes(owner),
  });
}

function join(d: Draft, c: DealCandidate, related: Related): void {
  // One side of a deal is one family: "X said its Y unit bought the shares" adds no second buyer.
  for (const p of c.parties) if (!d.parties.some((q) => q.name === p.name || (q.role === p.role && related(q.name, p.name)))) d.parties.push(p);
  if (c.amount) {
    if (d.amount === null) d.amount = c.amount;
    else if (!sameAmount(d.amount, c.amount) && isBound(c.amount)) d.maxAmount ??= c.amount;
  }
  d.date ??= c.date;
  d.stake ??= c.stake;
  // A later sentence may report that the deal closed or fell through; weaker cues keep the first word.
  if (c.status === 'cancelled' || (c.status === 'completed' && d.status !== 'cancelled' && /\b(complet|closed|finali)/i.test(c.view.sentence.text))) d.status = c.status;
  if (!d.sentences.includes(c.view.sentence.index)) d.sentences.push(c.view.sentence.index);
  d.lastTold = Math.max(d.lastTold, c.view.sentence.index);
}

function latestDraft(drafts: readonly Draft[]): Draft | undefined {
  for (let k = drafts.length - 1; k >= 0; k--) if (!drafts[k]!.pending) return drafts[k];
  return undefined;
}

/** "X bought Y. The deal was worth $N.": the amount goes to the latest deal that lacks one. */
function extendRecent(drafts: Draft[], c: DealCandidate): void {
  if (!c.amount || !DEAL_NOUNS.test(c.view.sentence.text)) return;
  const at = c.view.sentence.index;
  for (let k = drafts.length - 1; k >= 0; k--) {
    const d = drafts[k]!;
    if (d.pending) continue;
    if (at - d.lastTold > ANAPHORA_REACH) continue;
    if (d.amount === null) {
      d.amount = c.amount;
      d.date ??= c.date;
      if (!d.sentences.includes(at)) d.sentences.push(at);
      d.lastTold = at;
      return;
    }
  }
}

function toRecord(doc: Doc, d: Draft, k: number): DealRecord {
  const ev = doc.sentences[d.sentences[0]!]!;
  const record: DealRecord = {
    id: `d${k + 1}`,
    type: d.type,
    parties: d.parties,
    amount: d.amount ? amountOf(d.amount) : null,
    maxAmount: d.maxAmount && d.maxAmount !== d.amount ? amountOf(d.maxAmount) : null,
    stake: d.stake,
    date: d.date ? dateOf(d.date) : null,
    status: d.status,
    evidence: { text: ev.text, span: ev.span },
    mentions: d.sentences.slice(1).map((i) => {
      const s = doc.sentences[i]!;
      return { text: s.text, span: s.span };
    }),
  };
  return record;
}

function amountOf(m: MoneyMention): DealAmount {
  return {
    value: m.value,
    currency: m.currency,
    text: m.text,
    span: m.span,
    qualifier: m.qualifier,
    ...(m.min !== undefined ? { min: m.min } : {}),
    ...(m.max !== undefined ? { max: m.max } : {}),
  };
}

function dateOf(m: DateMention): DealDate {
  return { start: m.start, end: m.end, grain: m.grain, text: m.text, span: m.span };
}
