import type { DealStatus, DealType, Party } from '../schema/deal.js';
import type { DateMention, MoneyMention } from '../schema/mention.js';
import { DONE_VERBS, FUNDING_CONTEXT, NEEDS_FOR, STAKE, STATUS_CUES, TRIGGERS } from './cues.js';
import { argumentsOf, isNominal, rolesFor } from './roles.js';
import type { Placed, SentenceView } from './sentenceView.js';

/** What one deal word in one sentence says; candidates are merged into records afterwards. */
export interface DealCandidate {
  type: DealType;
  trigger: string;
  view: SentenceView;
  parties: Party[];
  amount: MoneyMention | null;
  date: DateMention | null;
  status: DealStatus;
  stake: { percent: number | null; text: string; span: [number, number] } | null;
  /** The sentence names the deal only by a noun ("The deal was worth $N"): it may extend the last deal. */
  anaphoric: boolean;
  /** "the purchase", "this acquisition": a deal noun that points back to a deal already told. */
  definite: boolean;
}

const STAKE_VERBS = new Set(['raise', 'raises', 'raised', 'raising', 'increase', 'increases', 'increased', 'increasing', 'boost', 'boosts', 'boosted', 'lift', 'lifts', 'lifted', 'build', 'built', 'building']);
const MERGE_INTO_AFFILIATE = /^\s+(?:\w+\s+){0,2}with\s+(?:an?|the)\s+(?:\w+[\s-]+){0,2}(?:affiliate|unit|subsidiary|vehicle|company|group|concern)\s+(?:\w+\s+){0,2}(?:of|by)\b/i;
// "to 273,100 shares, or 12.1 pct": Reuters gives the count first, then the percentage.
const STAKE_TO = /\bto\s+(?:[\d,.]+\s+(?:mln\s+)?(?:\w+\s+)?shares,?\s+or\s+)?(\d+(?:\.\d+)?)\s*(?:%|pct|percent|per\s+cent)/i;
/** After a stake: the buyer owns the rest already, so the stake completes its control. */
const REST_OF = /^[^;]{0,80}?\b(?:does|do|did)\s*(?:not|n['’]t)\s+(?:already\s+)?own\b/i;
const STAKE_NOUNS = new Set(['stake', 'stakes', 'holding', 'holdings', 'interest']);

/** "investment firm", "investment banker": the deal word only describes another noun. */
const MODIFIER_OF = new Set(['firm', 'firms', 'bank', 'banks', 'banker', 'bankers', 'banking', 'company', 'companies', 'group', 'adviser', 'advisers', 'advisor', 'advisors', 'management', 'manager', 'managers', 'trust', 'fund', 'funds', 'house', 'houses', 'partnership', 'income', 'grade', 'portfolio', 'tax', 'credit', 'credits', 'account', 'accounts', 'securities', 'vehicle', 'arm']);

export function candidatesIn(view: SentenceView): DealCandidate[] {
  const out: DealCandidate[] = [];
  const text = view.sentence.text;
  let jv: boolean | undefined;
  for (let i = 0; i < view.words.length; i++) {
    const word = view.lower[i]!;
    let type = TRIGGERS[word];
    // Most words are no deal word and cannot become one: leave them before any other test.
    if (type === undefined && !MAY_TRIGGER.has(word)) continue;
    if (word === 'venture') jv ??= /\bjoint\s+venture\b/i.test(text);
    let at = i;
    if (jv && word === 'venture' && view.lower[i - 1] === 'joint') type = 'joint_venture';
    // "take over Y": the verb and its particle make one deal word; Y is its direct object.
    if (TAKE.has(word) && view.lower[i + 1] === 'over') {
      type = 'acquisition';
      at = i + 1;
    } else if (TAKE.has(word) && raisesStake(view, i)) type = 'stake_sale'; // "took a 20 pct stake in Y"
    // "buy-out", which wink splits in three: one deal noun, "buyout".
    let noun = { word, at: i };
    if (word === 'buy' && view.lower[i + 1] === '-' && view.lower[i + 2] === 'out') {
      noun = { word: 'buyout', at: i };
      at = i + 2;
    }
    // "X paid $N for 8.6 pct of Y": a purchase told by its price.
    if (PAY.has(word) && paysForCompany(view, i)) type = 'acquisition';
    // "raised its stake in Y to 16.8 pct": a stake bought, whatever the verb is elsewhere.
    if (STAKE_VERBS.has(word) && raisesStake(view, i)) type = 'stake_sale';
    if (type === undefined) continue;
    if (insideMention(view, i)) continue;
    // "investment firm", "investment advisory firm": the word only describes the noun after it.
    if (/^investments?$/.test(word) && (MODIFIER_OF.has(view.lower[i + 1] ?? '') || /^(NOUN|ADJ)$/.test(view.words[i + 1]?.pos ?? ''))) continue;
    // "manages investments for institutions": a fund manager's business, not a deal.
    if (/^investments?$/.test(word) && MANAGE.test(view.lower[i - 1] ?? '')) continue;
    // "warrants to buy 200,000 shares": an instrument, not a deal.
    if (view.lower[i - 1] === 'to' && /^(warrants?|options?|rights?)$/.test(view.lower[i - 2] ?? '')) continue;
    // "has the right to buy additional shares and increase its holdings to 40 pct": the second verb
    // shares the first one's "to", so it is the same instrument.
    if (STAKE_VERBS.has(word) && sharesInstrumentsTo(view, i)) continue;
    if (type === 'funding_round' && !FUNDING_CONTEXT.test(text)) continue;
    // "offer"/"bid" count when something is bid for, or when they point back: "rejected the bid".
    if (NEEDS_FOR.has(word) && !followedByFor(view, i) && !bidderNamed(view, i) && !/^(the|its|this|that)$/.test(view.lower[i - 1] ?? '')) continue;
    const stake = stakeNear(view, i);
    type = retype(type, word, stake, buysShares(view, at) || bidsForShares(view, i), stake !== null && REST_OF.test(text.slice(stake.span[1] - view.sentence.span[0])));
    const args = argumentsOf(view, at, i, noun);
    let parties = rolesFor(type, noun.word, args);
    if (type === 'stake_sale' && sellsOwnShares(text.slice(view.words[i]!.span[1] - view.sentence.span[0]), parties)) {
      // "X completed the sale of 200,000 shares of its common stock to Y": new money into X, not a holding changing hands.
      type = 'investment';
      parties = parties.map((p) => ({ name: p.name, role: p.role === 'seller' ? 'investee' : 'investor' }));
    }
    if (type === 'merger' && MERGE_INTO_AFFILIATE.test(view.sentence.text.slice(view.words[i]!.span[1] - view.sentence.span[0]))) {
      // "X agreed to merge with an affiliate of Y", "the merger of X with a subsidiary of Y": Y's
      // vehicle takes X over; no merger of equals.
      const withAt = view.lower.indexOf('with', i + 1);
      const buyer = view.orgs.find((o) => o.first > withAt)?.mention;
      const merged = view.orgs.find((o) => o.first > i && o.first < withAt && view.lower[o.first - 1] === 'of')?.mention ?? args.agents[0];
      if (buyer && merged && buyer.canonical !== merged.canonical) {
        type = 'acquisition';
        parties = [{ name: buyer.canonical, role: 'acquirer' }, { name: merged.canonical, role: 'target' }];
      }
    }
    if (type === 'merger' && offersToMerge(view, i)) {
      // "an offer by Y to merge with X": Y proposes to take X over; the merger is the form of it.
      const partner = args.after.find((a) => a.link === 'with');
      const bidder = args.agents[0];
      if (partner && bidder && partner.org.canonical !== bidder.canonical) {
        type = 'acquisition';
        parties = [{ name: bidder.canonical, role: 'acquirer' }, { name: partner.org.canonical, role: 'target' }];
      }
    }
    out.push({
      type,
      trigger: word,
      view,
      parties,
      amount: amountNear(view, i),
      date: dateNear(view, i),
      status: statusOf(view, word, i),
      stake,
      anaphoric: parties.length === 0,
      definite: isNominal(word) && /^(the|this|that)$/.test(view.lower[i - 1] ?? ''),
    });
  }
  return mergeWithinSentence(out);
}

const MANAGE = /^(manage|manages|managed|managing|oversee|oversees|oversaw|overseeing)$/;
const TAKE = new Set(['take', 'takes', 'took', 'taken', 'taking']);
const PAY = new Set(['pay', 'pays', 'paid', 'paying']);
/** The words that are deal words only in some company: "take over", "paid $N for", "raised its stake", "joint venture". */
const MAY_TRIGGER = new Set([...TAKE, ...PAY, ...STAKE_VERBS, 'venture']);

/** Words between "paid ... for" and the company bought. */
const PRICE_OF = /^(the|a|an|about|around|approximately|some|nearly|almost|over|its|all|of|in|pct|percent|%|stake|interest|shares|stock|common|preferred|outstanding|remaining|<)$/;

/** "paid ... for [N pct of] Y" within the clause: the price of a company or a stake, not of a dividend. */
function paysForCompany(view: SentenceView, i: number): boolean {
  const end = Math.min(view.words.length, i + 25);
  for (let k = i + 1; k < end; k++) {
    const lw = view.lower[k]!;
    if (lw === ';' || lw === 'and' && view.lower[k + 1] === 'said') return false;
    if (lw !== 'for') continue;
    // "for about 8.6 pct of Y", "for Y", "for its stake in Y"; not "for the quarter to holders of Y".
    for (let j = k + 1; j < Math.min(view.words.length, k + 8); j++) {
      if (view.orgs.some((o) => o.first === j)) return true;
      if (!PRICE_OF.test(view.lower[j]!) && view.words[j]!.pos !== 'NUM' && view.words[j]!.pos !== 'ADJ') return false;
    }
    return false;
  }
  return false;
}

/**
 * "bought the Allegheny shares", "may buy additional shares": some of a company's shares, which is
 * a stake; "all the outstanding shares" or "the remaining shares" is the company.
 */
function buysShares(view: SentenceView, at: number): boolean {
  // Up to the first word that ends the object: "buy Y for stock" pays in shares, it buys Y.
  const next: string[] = [];
  for (let k = at + 1; k < Math.min(view.words.length, at + 6); k++) {
    if (/^(for|with|in|at|from|through)$/.test(view.lower[k]!)) break;
    next.push(view.lower[k]!);
  }
  // "bought the stake for 11.7 mln dlrs": a stake told before, bought.
  if (next.some((w) => w === 'stake' || w === 'stakes')) return true;
  const k = next.findIndex((w) => w === 'shares' || w === 'stock');
  if (k < 0) return false;
  // "buy the stock of Y": all of it, the company; "bought the Allegheny shares": some.
  if (next[k - 1] === 'the' && view.lower[at + 1 + k + 1] === 'of') return false;
  return !next.slice(0, k).some((w) => /^(all|outstanding|remaining|rest|balance|entire)$/.test(w));
}

/** Words that make a block of shares the whole company, or the rest of it. */
const WHOLE = /^(all|outstanding|remaining|rest|balance|entire|each|every)$/;

/**
 * "offered 3.8 billion pesos for the 38 mln shares of Y", "a tender offer for up to 5 mln
 * shares": a counted block of shares is a stake, unless it is all of them or the rest ("for the
 * 2 mln shares it does not already own").
 */
function bidsForShares(view: SentenceView, i: number): boolean {
  if (!NEEDS_FOR.has(view.lower[i]!)) return false;
  const end = Math.min(view.words.length, i + 8);
  let at = i + 1;
  while (at < end && view.lower[at] !== 'for') at++;
  if (at >= end) return false;
  let counted = false;
  for (let k = at + 1; k < Math.min(view.words.length, at + 8); k++) {
    const lw = view.lower[k]!;
    if (WHOLE.test(lw)) return false;
    if (view.words[k]!.pos === 'NUM' || lw === 'mln' || lw === 'million') counted = true;
    if (lw === 'shares' || lw === 'stock') return counted && !REST_OF.test(view.sentence.text.slice(view.words[k]!.span[1] - view.sentence.span[0]));
    if (lw === ',' || lw === ';' || lw === 'of' || lw === 'in') return false;
  }
  return false;
}

/** "raised its stake in Y", "increased its preferred stock in Y to 8.6 pct" (a share count alone needs the "to N pct"). */
function raisesStake(view: SentenceView, i: number): boolean {
  const next = view.lower.slice(i + 1, i + 5);
  if (next.some((w) => STAKE_NOUNS.has(w))) return true;
  return next.some((w) => w === 'stock' || w === 'shares' || w === 'shareholding') && STAKE_TO.test(view.sentence.text);
}

/** "offer/proposal/bid [made ... by Y] to merge": the merge verb is what an offer proposes. */
function offersToMerge(view: SentenceView, i: number): boolean {
  if (view.lower[i - 1] !== 'to') return false;
  for (let k = i - 2; k >= Math.max(0, i - 14); k--) if (/^(offer|offers|proposal|proposals|bid|bids)$/.test(view.lower[k]!)) return true;
  return false;
}

function insideMention(view: SentenceView, i: number): boolean {
  return view.orgs.some((o) => o.first <= i && i < o.last);
}

function followedByFor(view: SentenceView, i: number): boolean {
  for (let k = i + 1; k < Math.min(view.words.length, i + 8); k++) if (view.lower[k] === 'for') return true;
  return false;
}

/** Parts of speech that end the phrase of a bid ("a bid of 2.55 dlrs a share by X"): a new clause or aside. */
const CLAUSE_POS = /^(VERB|AUX|PRON|SCONJ|PUNCT)$/;

/**
 * "a bid of 2.55 dlrs a share by X", "a tender offer from X": the noun names its bidder in its own
 * phrase, so it is a bid for something even without "for". Not the participle: "the shares
 * offered by X" are X's to sell.
 */
function bidderNamed(view: SentenceView, i: number): boolean {
  if (view.lower[i] === 'offered') return false;
  for (let k = i + 1; k < Math.min(view.words.length - 1, i + 10); k++) {
    const lw = view.lower[k]!;
    if (lw === 'by' || lw === 'from') {
      const at = view.lower[k + 1] === '<' ? k + 2 : k + 1;
      return view.orgs.some((o) => o.first === at && !o.mention.kind);
    }
    if (CLAUSE_POS.test(view.words[k]!.pos) && lw !== '-') return false;
  }
  return false;
}

/** Shares of the seller's own stock (or newly issued ones) sold to a named buyer: an issue, which is an investment. */
function sellsOwnShares(after: string, parties: Party[]): boolean {
  return parties.length === 2 && parties.some((p) => p.role === 'seller') && parties.some((p) => p.role === 'acquirer') && OWN_SHARES.test(after);
}
const OWN_SHARES = /^\s+(?:of\s+)?(?:about\s+|some\s+)?[\d,.]+\s+(?:mln\s+|million\s+)?(?:(?:newly[\s-]issued|new|treasury)\s+(?:common\s+|preferred\s+)?shares\b|(?:common\s+|preferred\s+)?shares\s+of\s+(?:its|the\s+company's)\s+(?:own\s+)?(?:common\s+|preferred\s+)?(?:stock|shares)\b)/i;

/** The verb after "and" still under an instrument's "to": "the right to buy X and increase ...". */
function sharesInstrumentsTo(view: SentenceView, i: number): boolean {
  if (view.lower[i - 1] !== 'and') return false;
  for (let k = i - 2; k >= Math.max(2, i - 8); k--) {
    if (view.lower[k] === ',' || view.lower[k] === 'and') return false;
    if (view.lower[k - 1] === 'to' && /^(warrants?|options?|rights?)$/.test(view.lower[k - 2]!)) return true;
  }
  return false;
}

/** A sell verb sells a stake or a business; a buy verb may buy a stake rather than a company. */
function retype(type: DealType, word: string, stake: DealCandidate['stake'], shares: boolean, rest: boolean): DealType {
  if (type !== 'acquisition' && type !== 'stake_sale') return type;
  if (stake === null) return STAKE_VERBS.has(word) || shares ? 'stake_sale' : 'acquisition';
  // Buying or selling control of a company is an acquisition, whichever side the sentence takes;
  // so is buying the rest of it ("the 36 pct of Y it does not already own").
  const control = stake.percent !== null ? stake.percent > 50 || rest : /majority|controlling/i.test(stake.text);
  if (control) return 'acquisition';
  return 'stake_sale';
}


/** Every stake phrase of a sentence, in order: "maintain its 15 pct stake, and ... acquire up to 25 pct of Y". */
const STAKE_EVERY = new RegExp(STAKE.source, 'gi');
const THRESHOLD_BEFORE = /\b(?:over|under|less\s+than|more\s+than|fewer\s+than|at\s+least|at\s+most)\s+$/i;

function stakeNear(view: SentenceView, i: number): DealCandidate['stake'] {
  const s = view.sentence;
  // The stake phrase must follow the trigger closely ("sold its 20% stake", "for a minority stake");
  // one told before the trigger is another holding.
  const from = view.words[i]!.span[1] - s.span[0];
  let m: RegExpExecArray | null = null;
  if (from <= s.text.length) {
    STAKE_EVERY.lastIndex = from;
    m = STAKE_EVERY.exec(s.text);
  }
  // After "raised its stake in Y", the stake is what it was raised to: "to 16.8 pct".
  if (!m && !STAKE.test(s.text) && STAKE_VERBS.has(view.lower[i]!)) m = STAKE_TO.exec(s.text);
  if (!m) return null;
  const start = s.span[0] + m.index;
  const triggerEnd = view.words[i]!.span[1];
  if (start < triggerEnd || start - triggerEnd > 120) return null;
  // "if the purchase would give it over 90 pct of Y": a threshold the terms hinge on, not the stake bought.
  if (THRESHOLD_BEFORE.test(s.text.slice(Math.max(0, m.index - 12), m.index)) && view.lower.some((w) => w === 'if' || w === 'unless')) return null;
  return { percent: m[1] !== undefined ? Number(m[1]) : null, text: m[0], span: [start, start + m[0].length] };
}

function nearest<M>(list: Placed<M>[], i: number): M | null {
  let best: Placed<M> | null = null;
  let bestD = Infinity;
  for (const p of list) {
    // Prefer what follows the trigger ("invested $N", "agreed to buy Y for $N") by a small margin.
    const d = p.first > i ? p.first - i : (i - p.last + 1) * 1.5;
    if (d < bestD) {
      bestD = d;
      best = p;
    }
  }
  return best ? best.mention : null;
}

function dateNear(view: SentenceView, i: number): DateMention | null {
  return nearest(view.dates.filter((d) => !datesOtherThing(view, d.first, d.last)), i);
}

/**
 * "the limits of a 1961 pledge by the banks": a date between an article and a noun that is no deal
 * word dates that thing, not the deal ("its December 1986 acquisition", "a May 10 accord" do date
 * it); so does a date right after a hearing or meeting.
 */
function datesOtherThing(view: SentenceView, first: number, last: number): boolean {
  // "pending a hearing March 23", "at a special meeting on May 5": the day of that event.
  const before = view.lower[first - 1] === 'on' ? view.lower[first - 2] : view.lower[first - 1];
  if (before !== undefined && DATED_EVENTS.has(before)) return true;
  if (!/^(a|an|the)$/.test(view.lower[first - 1] ?? '')) return false;
  const head = view.lower[last];
  if (head === undefined || view.words[last]!.pos !== 'NOUN' || head in TRIGGERS || DEAL_PAPERS.has(head)) return false;
  return true;
}
const DATED_EVENTS = new Set(['hearing', 'hearings', 'meeting', 'meetings', 'vote', 'trial', 'conference']);
const DEAL_PAPERS = new Set(['agreement', 'agreements', 'accord', 'pact', 'deal', 'contract', 'letter', 'transaction', 'announcement', 'proposal', 'talks', 'tender', 'closing', 'approval', 'filing', 'statement']);

function amountNear(view: SentenceView, i: number): MoneyMention | null {
  return nearest(view.money.filter((m) => !m.mention.perShare && !isCompanyFigure(view, m.first) && !namesSecurity(view, m.last)), i);
}

/** "11.25 dlr convertible preferred stock": the dividend that names a class of stock, not a price. */
function namesSecurity(view: SentenceView, last: number): boolean {
  return SECURITY_WORDS.test(view.lower[last] ?? '');
}
// "a 395 mln dlr bridge loan", "a 50 mln dlr offering": what is borrowed or raised to pay is no price either.
const SECURITY_WORDS = /^(convertible|cumulative|preferred|exchangeable|debentures?|notes|bridge|loans?|offerings?|credit)$/;

/** "revenues to 50 mln dlrs", "assets of 360 mln dlrs": a company's figures, not a price. */
const FIGURES = /^(revenues?|sales|profits?|earnings|income|loss|losses|assets|capital|debt|loans?|turnover|equity|deposits|dividends?|financing|credit|working|offerings?)$/;

export function isCompanyFigure(view: SentenceView, first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 5); k--) {
    const lw = view.lower[k]!;
    if (FIGURES.test(lw)) return true;
    if (lw === ',' || lw === ';' || TRIGGERS[lw] !== undefined) return false;
  }
  return false;
}

function statusOf(view: SentenceView, trigger: string, at: number): DealStatus {
  const text = withoutNames(view);
  // "X said it acquired Y from Z for cash and warrants to buy shares": a deal verb in the past, not
  // after "to" or a modal, says it happened, whatever plans the rest of the sentence mentions.
  if (DONE_VERBS.has(trigger) && !/^(to|will|would|may|might|could|should|not|be|been|being|is|are|was|were)$/.test(view.lower[at - 1] ?? '')) {
    const cancelled = STATUS_CUES.find(([s]) => s === 'cancelled')![1];
    const rumored = STATUS_CUES.find(([s]) => s === 'rumored')![1];
    if (!cancelled.test(text) && !rumored.test(text)) return 'completed';
  }
  for (const [status, cue] of STATUS_CUES) {
    if (cue.test(text)) {
      // "offer"/"bid" as the deal word make any sentence about them at least planned, but a cue of
      // its own kind must not fire just because the trigger is that very word.
      if (status === 'planned' && /^(offer|bid|bids)$/.test(trigger) && !cueOutsideTrigger(text, cue, trigger)) return 'planned';
      return status;
    }
  }
  if (DONE_VERBS.has(trigger)) return 'completed';
  return 'unknown';
}

/** The sentence with its dates and names blanked: "a May 10 accord" says nothing about what "may" happen. */
function withoutNames(view: SentenceView): string {
  const s = view.sentence;
  if (view.dates.length === 0 && view.orgs.length === 0) return s.text;
  const chars = s.text.split('');
  for (const p of [...view.dates, ...view.orgs]) {
    for (let k = Math.max(0, p.mention.span[0] - s.span[0]); k < Math.min(chars.length, p.mention.span[1] - s.span[0]); k++) chars[k] = ' ';
  }
  return chars.join('');
}

function cueOutsideTrigger(text: string, cue: RegExp, trigger: string): boolean {
  const g = new RegExp(cue.source, 'gi');
  for (const m of text.matchAll(g)) if (m[0].toLowerCase() !== trigger) return true;
  return false;
}

/** Two deal words of one type in one sentence ("investment ... injecting") describe one deal. */
function mergeWithinSentence(list: DealCandidate[]): DealCandidate[] {
  const out: DealCandidate[] = [];
  for (const c of list) {
    const same = out.find((o) => o.type === c.type && compatibleParties(o.parties, c.parties) && !rivalBuyers(o.parties, c.parties) && (o.amount === null || c.amount === null || o.amount === c.amount));
    if (!same) {
      out.push(c);
      continue;
    }
    for (const p of c.parties) if (!same.parties.some((q) => q.name === p.name)) same.parties.push(p);
    same.amount ??= c.amount;
    same.date ??= c.date;
    same.stake ??= c.stake;
    same.anaphoric = same.parties.length === 0;
  }
  return out;
}

/**
 * "X will offer ... for Y, currently the subject of a bid by Z": two deal words whose buyers are
 * all different tell rival bids, not one deal with two buyers (those share a deal word: "X and Z
 * agreed to buy Y").
 */
function rivalBuyers(a: Party[], b: Party[]): boolean {
  const buyers = (ps: Party[]) => ps.filter((p) => p.role === 'acquirer').map((p) => p.name);
  const x = buyers(a);
  const y = buyers(b);
  return x.length > 0 && y.length > 0 && !y.some((n) => x.includes(n));
}

/** No organization plays two roles, and no role that takes one party is filled twice differently. */
export function compatibleParties(a: Party[], b: Party[]): boolean {
  for (const p of b) {
    const q = a.find((x) => x.name === p.name);
    if (q && q.role !== p.role) return false;
    if (!q && (p.role === 'target' || p.role === 'investee') && a.some((x) => x.role === p.role)) return false;
  }
  return true;
}
