import type { DealStatus, DealType } from '../schema/deal.js';

/**
 * Words that can open a deal, by the deal type they suggest. Lower-case word forms, not lemmas:
 * wink's lite model has no lemmatizer we can lean on, and the list is short.
 */
// A null prototype: a word of the text such as "constructor" must not find Object's own members.
export const TRIGGERS: Readonly<Record<string, DealType>> = Object.assign(Object.create(null) as Record<string, DealType>, Object.fromEntries([
  ...words('acquisition', 'acquire acquires acquired acquiring acquisition acquisitions buy buys bought buying purchase purchases purchased purchasing takeover takeovers buyout buyouts buy-out buy-outs bid bids offer offers offered'),
  ...words('merger', 'merge merges merged merging merger mergers'),
  ...words('investment', 'invest invests invested investing investment investments inject injects injected injecting injection'),
  ...words('stake_sale', 'sell sells sold selling sale divest divests divested divestiture buyer buyers'), // retyped by what is sold: a stake, or a whole business
  ...words('funding_round', 'raise raises raised raising'),
]));

function words(type: DealType, list: string): Array<[string, DealType]> {
  return list.split(' ').map((w) => [w, type]);
}

/** Words that link a name to the word before it; "and" too, for coordination. */
export const PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'into', 'of', 'with', 'from', 'like', 'for', 'to', 'than', 'including', 'by', 'at', 'on', 'about', 'against', 'over', 'as', 'between', 'among', 'through', 'via', 'and']);

/** Who accepts, rejects, receives or fights off an offer is its target, not its maker. */
export const ANSWER_VERBS: ReadonlySet<string> = new Set(['accept', 'accepts', 'accepted', 'reject', 'rejects', 'rejected', 'rebuff', 'rebuffs', 'rebuffed', 'spurn', 'spurns', 'spurned', 'recommend', 'recommends', 'recommended', 'respond', 'responds', 'responded', 'responding', 'receive', 'receives', 'received', 'receiving', 'stop', 'block', 'thwart', 'thwarted', 'fend', 'fended', 'resist', 'resisted', 'defeat', 'defeated']);

/** Past participles that make a passive with "was/were/been ... by X". */
export const PARTICIPLES = new Set(['acquired', 'bought', 'purchased', 'taken', 'sold', 'merged', 'backed', 'funded', 'financed', 'invested']);

/** Trigger words that are nouns: the agent may stand before them as a possessive ("X's takeover"). */
export const NOMINAL = new Set(['acquisition', 'acquisitions', 'purchase', 'takeover', 'takeovers', 'buyout', 'buyouts', 'buy-out', 'buy-outs', 'bid', 'bids', 'offer', 'offers', 'merger', 'mergers', 'investment', 'investments', 'injection', 'sale', 'divestiture']);

/** Words that make a bare `raise` a funding round rather than, say, raising prices. */
export const FUNDING_CONTEXT = /\b(series\s+[a-h]\b|seed\b|funding|financing\s+round|round\s+of\s+financing|venture\s+capital|round\b)/i;

/** "offer"/"bid" only count when something is offered or bid for. */
export const NEEDS_FOR = new Set(['bid', 'bids', 'offer', 'offers', 'offered']);

/** Anaphoric deal nouns that let a later sentence add an amount to the deal before it. */
export const DEAL_NOUNS = /\b(deal|transaction|acquisition|purchase|takeover|merger|investment|agreement|offer|sale|price)\b/i;

/** Status cues in priority order: the first group that matches in the sentence wins. */
export const STATUS_CUES: Array<[DealStatus, RegExp]> = [
  // "withdrew its offer", "withdrew from the bidding", "the bid was withdrawn" cancel; "withdrew
  // from consideration proposals for a stock split" withdraws something else.
  ['cancelled', /\b(terminat(e|ed|es|ing)|withdr(?:ew|aws?)\s+(?:from\s+(?:the\s+|its\s+)?(?:bidding|talks|negotiations|discussions|deal|agreement|contest|race|offer|merger|takeover)|(?!from\b)(?:\S+\s+){0,9}?(?:offers?|bids?|proposals?|tender|takeover|merger|acquisition|agreement|plan|support)\b)|withdrawn|reject(s|ed)?|rebuff(s|ed)?|spurn(s|ed)?|called\s+off|call\s+off|abandon(s|ed)?|scrap(s|ped)?|cancel(s|led|ed)?|broke\s+off|ended\s+(?:its\s+|the\s+|their\s+)?(?:talks|negotiations|discussions)|dropped\s+(its|the|their)\s+(bid|offer|plan))\b/i],
  ['completed', /\b(complet(ed|es)|closed|finali[sz]ed|consummated)\b/i],
  // "is negotiating to buy", "is discussing the sale": talks, whatever the verb.
  // "so that it could focus on the offer" gives a purpose, not a guess.
  ['rumored', /\b(talks|may|might|consider(s|ing)?|(?<!\bso\s+that\s+(?:it|they|he|she|we)\s+)could|possible|rumou?r(s|ed)?|speculat(ion|ed)|explor(e|es|ing)|discussions|discussing|negotiating|negotiations|sources)\b/i],
  // A deal that regulators or shareholders approved has at least been agreed.
  // "are set to merge": agreed and waiting to happen.
  ['announced', /\b(announc(e|ed|es|ing)|agree(d|s)?|agreement|definitive|sign(ed|s)|unveil(ed|s)|approv(ed|al|es)|clearance|cleared|set\s+to)\b/i],
  ['planned', /\b(plan(s|ned)?|attempt(s|ed)?|propos(e|ed|es|al)|intend(s|ed)?|will|would|seek(s|ing)?|tender|offer(s|ed)?|bid(s)?|to\s+acquire|to\s+buy)\b/i],
];

/** Past-tense deal verbs: said of a deal with no other cue, the deal has happened. */
export const DONE_VERBS = new Set(['acquired', 'bought', 'purchased', 'invested', 'injected', 'merged', 'sold', 'raised', 'divested', 'paid', 'took', 'taken', 'increased', 'boosted', 'lifted']);

/**
 * A stake: "a 20% stake", "a minority stake", or a share of a company without the word ("bought
 * 12 pct of Cyclops", Reuters' usual form).
 */
export const STAKE = /\b(?:(\d+(?:\.\d+)?)\s*(?:%|pct|percent|per\s+cent)(?:\s+(?:equity\s+)?(?:stake|interest|holding)\b|(?=\s+(?:of|in)\b))|(minority|majority|controlling|(?:a|an)\s+(?:equity|undisclosed))\s+(?:equity\s+)?(?:stake|interest|holding)\b)/i;
