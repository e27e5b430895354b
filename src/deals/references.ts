import type { PartyRole } from '../schema/deal.js';
import type { OrganizationMention } from '../schema/mention.js';
import { ANSWER_VERBS, PREPOSITIONS } from './cues.js';
import { closedRelativeClauses } from './roles.js';
import type { Placed, SentenceView } from './sentenceView.js';

/**
 * References back to an organization named earlier: "it", "its" before a deal noun ("its offer"),
 * and definite descriptions ("the company", "the brokerage firm", "the Sunnyvale, Calif., defense
 * electronics firm"). Newswire names a company once and then calls it "the company" or "it"; the
 * deal stage needs to know whom they mean, or a deal reported in a later sentence loses its buyer.
 *
 * Whom they mean is decided by salience, not by matching the description: in a wire story the
 * company that "said" things is the one the story is about, and "the company" nearly always means
 * it. So the antecedent is the organization at the head of the latest sentence that had one as its
 * subject ("Altex said ...", "Charter Federal ... said"), and before any such sentence the first
 * organization of the story.
 */

/** Head nouns of a description that stands for an organization. */
const HEADS = new Set([
  'company', 'firm', 'concern', 'group', 'corporation', 'bank', 'banks', 'maker', 'manufacturer', 'producer',
  'airline', 'carrier', 'retailer', 'insurer', 'utility', 'thrift', 'brokerage', 'partnership', 'chain', 'operator',
  'conglomerate', 'distributor', 'supplier', 'developer', 'publisher', 'startup',
]);

/**
 * Modifiers that make a description mean some other party than the one the story is about: "the
 * target company", "the parent company", "the combined company".
 */
const OTHER_PARTY = new Set(['target', 'acquiring', 'buying', 'selling', 'merged', 'combined', 'new', 'resulting', 'parent', 'other', 'surviving', 'japanese', 'british', 'foreign', 'two', 'three']);

/** Words that may stand between "the" and the head: modifiers, places, hyphenated descriptors. */
function isModifier(view: SentenceView, k: number): boolean {
  const w = view.words[k]!;
  const lw = view.lower[k]!;
  if (lw === ',' || lw === '-' || lw === '.') return true;
  return w.pos === 'ADJ' || w.pos === 'PROPN' || w.pos === 'NOUN' || w.pos === 'NUM' || /^[a-z]+(-[a-z]+)+$/.test(lw);
}

/** After "it is": what makes "it" an expletive ("it is expected that", "it was not clear"). */
const EXPLETIVE_NEXT = /^(expected|believed|understood|thought|said|known|reported|estimated|hoped|feared|rumou?red|possible|likely|unlikely|not|unclear|too|time|impossible|important|necessary|clear|true|doubtful)$/i;

/** Descriptions by role in the deal: "the target", "the target company", "the bidder". */
const ROLE_WORDS: Readonly<Record<string, PartyRole>> = Object.assign(Object.create(null) as Record<string, PartyRole>, {
  target: 'target',
  acquirer: 'acquirer',
  buyer: 'acquirer',
  bidder: 'acquirer',
  suitor: 'acquirer',
  seller: 'seller',
});

export interface Reference {
  first: number;
  last: number;
  /** What the words say they are: a pronoun, a description such as "the company", or a role ("the target"). */
  kind: 'pronoun' | 'possessive' | 'description' | 'role';
  /** For a role: which party of the deal told last it means. */
  role?: PartyRole;
  /** For a description: its head noun ("company", "target"). */
  head?: string;
}

const MAX_MODIFIERS = 7;

/** The references in one sentence, in order; none inside an organization's own name. */
export function referencesIn(view: SentenceView): Reference[] {
  const out: Reference[] = [];
  const inOrg = (k: number) => view.orgs.some((o) => o.first <= k && k < o.last);
  for (let i = 0; i < view.words.length; i++) {
    const lw = view.lower[i]!;
    if (inOrg(i)) continue;
    if (lw === 'it') {
      // "it is expected", "it was not clear": an expletive, not a company; "it is buying" is one.
      const next = view.lower[i + 1];
      const then = view.words[i + 2];
      if ((next === 'is' || next === 'was' || next === "'s" || next === '’s') && then && (then.pos === 'ADJ' || EXPLETIVE_NEXT.test(then.text))) continue;
      if (next === 'would' && view.lower[i + 2] === 'be' && view.words[i + 3]?.pos === 'ADJ') continue;
      out.push({ first: i, last: i + 1, kind: 'pronoun' });
    } else if (lw === 'its') {
      // Not "their": newswire uses it for people and shareholders far more than for one company.
      out.push({ first: i, last: i + 1, kind: 'possessive' });
    } else if (lw === 'the' && ROLE_WORDS[view.lower[i + 1] ?? ''] !== undefined && !inOrg(i + 1)) {
      // "the target", "the target company", "the bidder": a party of the deal told last.
      const role = ROLE_WORDS[view.lower[i + 1]!]!;
      const last = HEADS.has(view.lower[i + 2] ?? '') ? i + 3 : i + 2;
      out.push({ first: i, last, kind: 'role', role });
      i = last - 1;
    } else if (lw === 'the') {
      // "the Sunnyvale, Calif., defense electronics firm": modifiers, then a head noun; a noun
      // after the head ("the company's", "the company spokesman") is fine, a name is not.
      let k = i + 1;
      let head = -1;
      while (k < view.words.length && k - i <= MAX_MODIFIERS + 1) {
        if (inOrg(k)) break;
        if (HEADS.has(view.lower[k]!) && !HEADS.has(view.lower[k + 1] ?? '')) {
          head = k;
          break;
        }
        if (!isModifier(view, k)) break;
        k++;
      }
      if (head < 0) continue;
      if (view.lower.slice(i + 1, head).some((w) => OTHER_PARTY.has(w))) continue;
      // "the company of X", "the group led by X": the name follows, it is not a reference back.
      const after = view.lower[head + 1];
      if (after === 'of' || after === 'led' || after === 'called' || after === 'named') continue;
      out.push({ first: i, last: head + 1, kind: 'description', head: view.lower[head]! });
      i = head;
    }
  }
  return out;
}

/**
 * Follows the story sentence by sentence and resolves each sentence's references to the
 * organization they most likely mean.
 */
export class Salience {
  private topic: OrganizationMention | null = null;

  /**
   * Placed stand-ins for the references of this sentence, each carrying its antecedent's name.
   * `party` answers "the target" and the like: the organization in that role in the deal told last.
   */
  resolve(view: SentenceView, party: (role: PartyRole) => OrganizationMention | null = () => null): Placed<OrganizationMention>[] {
    const out: Placed<OrganizationMention>[] = [];
    let subject = subjectOf(view);
    for (const ref of referencesIn(view)) {
      const antecedent = ref.kind === 'role' ? party(ref.role!) : this.antecedent(view, ref, subject);
      if (!antecedent) continue;
      // "The target said it rejected the bid": a description opening the sentence is its subject.
      if (!subject && ref.first === 0 && ref.kind !== 'pronoun' && ref.kind !== 'possessive') subject = { first: ref.first, last: ref.last, mention: antecedent };
      const start = view.words[ref.first]!.span[0];
      const end = view.words[ref.last - 1]!.span[1];
      out.push({ first: ref.first, last: ref.last, mention: { ...antecedent, text: view.sentence.text.slice(start - view.sentence.span[0], end - view.sentence.span[0]), span: [start, end] }, ...(ref.kind === 'role' ? { byRole: true } : {}) });
    }
    return out;
  }

  /**
   * "X said it agreed", "X said the company would": after the sentence's own subject, that subject.
   * "..., and Renault would get a return on its investment": "its" belongs to the nearest name
   * before it, except where a company answers an offer: in "X said Y accepted its offer" the offer
   * is X's, since Y would not accept its own. Otherwise the company the story is about.
   */
  private antecedent(view: SentenceView, ref: Reference, subject: Placed<OrganizationMention> | null): OrganizationMention | null {
    const subjectBefore = subject && subject.last <= ref.first ? subject.mention : null;
    if (ref.kind === 'possessive' && !ANSWER_VERBS.has(view.lower[ref.first - 1] ?? '')) {
      const nearest = nearestSubjectBefore(view, ref.first);
      if (nearest) return nearest;
    }
    if (ref.kind === 'pronoun' && !subjectBefore) {
      const nearest = nearestSubjectBefore(view, ref.first);
      if (nearest) return nearest;
    }
    // "..., while Y said it would buy Z": "it" is whoever says so, not the sentence's first subject.
    if (ref.kind === 'pronoun' && SAYS.has(view.lower[ref.first - 1] ?? '')) {
      const speaker = view.orgs.find((o) => o.last === ref.first - 1 && o.mention.kind !== 'public_body');
      if (speaker) return speaker.mention;
    }
    return subjectBefore ?? this.topic ?? firstOrg(view, ref.first);
  }

  /** After a sentence: its subject, if an organization, becomes what later references mean. */
  observe(view: SentenceView, refs: Placed<OrganizationMention>[]): void {
    const subject = subjectOf(view) ?? (refs[0] && refs[0].first <= 1 ? refs[0] : null);
    if (subject) this.topic = subject.mention;
    // Without a subject, the first name that could be one: not the object of a verb or a
    // preposition ("a group of investors told the SEC it bought 5 pct of X" is not about X's buying).
    else this.topic ??= view.orgs.find((o) => o.mention.kind !== 'public_body' && nearestSubjectBefore(view, o.last) === o.mention)?.mention ?? null;
  }
}

const SAYS = new Set(['said', 'says']);

/** An organization that opens the sentence ("<X Corp> said", "The X Co said") and is followed by its verb. */
function subjectOf(view: SentenceView): Placed<OrganizationMention> | null {
  const o = view.orgs[0];
  // "The SEC said it ...": a regulator is never what "the company" means.
  if (!o || o.mention.kind === 'public_body') return null;
  for (let k = 0; k < o.first; k++) {
    const lw = view.lower[k]!;
    if (!(lw === '<' || lw === 'the' || view.words[k]!.pos === 'PUNCT')) return null;
  }
  const next = view.words[o.last];
  if (!next || next.pos === 'PUNCT' && view.lower[o.last] !== ',' && view.lower[o.last] !== '>') return null;
  return appositionAfterPossessive(view, o) ?? o;
}

/**
 * "X's U.S. parent, Y, acquired ...": the subject is the parent that Y names, not X; a pronoun
 * later in the sentence means Y.
 */
function appositionAfterPossessive(view: SentenceView, o: Placed<OrganizationMention>): Placed<OrganizationMention> | null {
  if (view.lower[o.last] !== "'s" && view.lower[o.last] !== '’s') return null;
  let k = o.last + 1;
  while (k < view.words.length && k <= o.last + 4 && view.lower[k] !== ',' && /^(ADJ|NOUN|PROPN)$/.test(view.words[k]!.pos)) k++;
  if (k === o.last + 1 || view.lower[k] !== ',' || !APPOSED_HEADS.has(view.lower[k - 1]!)) return null;
  const named = view.orgs.find((x) => x.first === k + 1 || (x.first === k + 2 && view.lower[k + 1] === '<'));
  return named && named.mention.kind !== 'public_body' ? named : null;
}

/** Nouns that name another company by its tie to the possessor: "X's parent, Y". */
const APPOSED_HEADS = new Set(['parent', 'owner', 'unit', 'subsidiary', 'affiliate', 'partner', 'division', 'holding']);

/** The nearest name before `at` that is not the object of a preposition. */
function nearestSubjectBefore(view: SentenceView, at: number): OrganizationMention | null {
  let clauses: Array<[number, number]> | null = null;
  for (let n = view.orgs.length - 1; n >= 0; n--) {
    const o = view.orgs[n]!;
    if (o.last > at || o.mention.kind === 'public_body') continue;
    // "SPI Holding Inc, a group consisting of X and Y, said ... its": not a name set off inside.
    clauses ??= closedRelativeClauses(view, at);
    if (clauses.some(([from, to]) => from < o.first && o.last <= to)) continue;
    let k = o.first - 1;
    // Over "the", "brokers", "New York": "of brokers Kleinwort Grieveson" is still after "of".
    while (k >= 0 && (view.lower[k] === 'the' || view.lower[k] === '<' || /^(ADJ|PROPN|NOUN)$/.test(view.words[k]!.pos))) k--;
    // "the sale of X", "talks with X": no subject; "X and Y" still is. Nor is the object of a
    // verb: in "the group told the SEC it may buy", "it" is the group.
    if (k >= 0 && PREPOSITIONS.has(view.lower[k]!) && view.lower[k] !== 'and') continue;
    if (k >= 0 && view.words[k]!.pos === 'VERB') continue;
    return o.mention;
  }
  return null;
}

function firstOrg(view: SentenceView, before: number): OrganizationMention | null {
  const o = view.orgs.find((x) => x.last <= before && x.mention.kind !== 'public_body');
  return o ? o.mention : null;
}
