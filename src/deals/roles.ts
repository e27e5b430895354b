import type { DealType, Party, PartyRole } from '../schema/deal.js';
import type { OrganizationMention } from '../schema/mention.js';
import { ANSWER_VERBS, NOMINAL, PARTICIPLES, PREPOSITIONS, TRIGGERS } from './cues.js';
import type { Placed, SentenceView } from './sentenceView.js';

/** How an organization after the trigger is attached: the preposition before it, or 'direct'. */
type Link = string;

const PASSIVE_AUX = new Set(['was', 'were', 'been', 'being', 'be', 'is', 'are', 'has', 'have', 'had']);
// Not "said": in "X said it agreed to buy Y" the agent is X, and the nearest-name rule already
// picks Y's buyer correctly in "X said Y agreed to buy Z".
const CLAUSE_BREAK = new Set([';', ':', 'while', 'but', 'although', 'whereas']);

/** Heads of a noun phrase a name may stand in apposition to: "its Canadian courier unit, Gelco Express Ltd". */
const APPOSITION_HEADS = /^(stake|unit|units|subsidiary|subsidiaries|division|affiliate|shares|interest|holding|company|firm|startup|group|business|concern)$/;

/** Verbs of others reacting to a deal: whoever does it "by" is no party. */
const REACTIONS = new Set(['approved', 'opposed', 'blocked', 'cleared', 'challenged', 'reviewed', 'criticized', 'criticised', 'welcomed', 'backed', 'supported', 'questioned', 'studied', 'investigated', 'examined', 'financed', 'advised', 'evaluated', 'considered', 'handled', 'managed', 'arranged', 'underwritten']);

/**
 * "acquisition of Y by X", "offer made by X": a "by" that names the deal's own agent; not "rejected
 * by Y" (an answer) or "cleared by the FTC" (someone else's reaction).
 */
function isDealAgentBy(a: { link: Link; head: string | null }): boolean {
  return a.link === 'by' && !(a.head !== null && (ANSWER_VERBS.has(a.head) || REACTIONS.has(a.head)));
}

/** What a company's name owns when a deal buys it, so that the company is the seller: "assets of X", "X's mining division". */
const OWNED = new Set(['assets', 'asset', 'unit', 'units', 'division', 'divisions', 'subsidiary', 'subsidiaries', 'business', 'businesses', 'operations', 'operation', 'fleet', 'plant', 'plants', 'stake', 'interest', 'holding', 'holdings', 'properties', 'property', 'interests']);

/**
 * Skips the words that may stand between a preposition and a name ("in the", "from Britain's",
 * "its Canadian courier unit, "); returns the preposition (or 'direct') and the noun before it.
 */
function linkBefore(view: SentenceView, first: number, triggerAt: number): { link: Link; head: string | null } {
  let k = first - 1;
  let inPhrase = false;
  while (k > triggerAt) {
    const w = view.words[k]!;
    const lw = view.lower[k]!;
    if (lw === ',' && APPOSITION_HEADS.test(view.lower[k - 1] ?? '')) {
      inPhrase = true;
      k--;
      continue;
    }
    const head = APPOSITION_HEADS.test(lw);
    // Inside the phrase, nouns and a joining "and" too: "mining and metals concern Boliden".
    const inside = inPhrase && (w.pos === 'NOUN' || (lw === 'and' && /^(NOUN|ADJ)$/.test(view.words[k - 1]?.pos ?? '')));
    const skippable = head || inside || w.pos === 'DET' || w.pos === 'ADJ' || lw === '<' || /^[a-z]+-[a-z]+$/.test(lw) || lw === "'s" || lw === '’s' || lw === 'its' || lw === 'their' || (w.pos === 'PROPN' && !isInOrg(view, k)) || w.pos === 'NUM' || w.type === 'currency';
    if (!skippable) break;
    if (head) inPhrase = true;
    k--;
  }
  if (k === triggerAt) return { link: 'direct', head: null };
  return { link: view.lower[k] ?? 'direct', head: view.lower[k - 1] ?? null };
}

/** The "of" before `first` ends ", a (wholly owned) subsidiary of": an apposition to the name before. */
function inApposition(view: SentenceView, first: number): boolean {
  let k = first - 1;
  while (k >= 0 && view.lower[k] !== 'of') k--;
  k -= 2; // over "of" and the head noun
  while (k >= 0 && (view.words[k]!.pos === 'ADJ' || view.words[k]!.pos === 'ADV' || view.words[k]!.pos === 'VERB' || /^[a-z]+-[a-z]+$/.test(view.lower[k]!))) k--;
  if (k < 1 || !/^(a|an)$/.test(view.lower[k]!)) return false;
  return view.lower[k - 1] === ',';
}

/** "X's mining machinery division": the noun the name owns, within a few words after its "'s". */
function ownedAfter(view: SentenceView, last: number): string | null {
  if (view.lower[last] !== "'s" && view.lower[last] !== '’s') return null;
  for (let k = last + 1; k < Math.min(view.words.length, last + 10); k++) {
    const lw = view.lower[k]!;
    if (OWNED.has(lw)) return lw;
    // Over descriptions: "mining machinery", "wholly-owned" (one token or three), ticker markup.
    if (!(/^(NOUN|ADJ|NUM|ADV)$/.test(view.words[k]!.pos) || lw === '-' || lw === 'owned' || lw === '<' || lw === '>' || /^[a-z]+-[a-z]+$/.test(lw) || /^[A-Z.]+$/.test(view.words[k]!.text))) return null;
  }
  return null;
}

function isInOrg(view: SentenceView, k: number): boolean {
  return view.orgs.some((o) => o.first <= k && k < o.last);
}

/**
 * The organizations a trigger's clause names, by grammatical position: agents before the trigger
 * (nearest first, with coordinated names "X and Y"), and names after it with the word that links
 * them ("in", "by", "to", 'direct' for a direct object).
 */
export interface Arguments {
  agents: OrganizationMention[];
  /** `owner`: the name owns what the deal is about ("assets of X", "X's unit"), so it sells. */
  after: Array<{ org: OrganizationMention; link: Link; head: string | null; owner?: boolean }>;
  passive: boolean;
  /** "Y, which X agreed to buy": the name the relative clause hangs on. */
  relativeHead: OrganizationMention | null;
  /** A deal noun's owner: "X's offer", "its previously announced acquisition offer". */
  possessor: OrganizationMention | null;
  /** The verb a deal noun is the object of: "accepted" in "Y accepted X's offer". */
  governor: string | null;
  /** "Y's acquisition by X": the owner of the deal noun is what the deal is about. */
  possessorIsPatient: boolean;
  /** "a proposal to Y for the acquisition of ...": the one an offer is made to. */
  offeredTo: OrganizationMention | null;
}

/** "X retained Y to seek a buyer": Y is hired to act for X, not a party. */
const HIRE_VERBS = new Set(['retain', 'retains', 'retained', 'hire', 'hires', 'hired', 'appoint', 'appoints', 'appointed', 'engage', 'engages', 'engaged', 'mandated', 'asked']);

/** Words between an owner and its deal noun: "X's proposed $2 billion hostile tender offer". */
const NOUN_MODIFIERS = /^(previously|announced|proposed|hostile|friendly|unsolicited|tender|cash|stock|exchange|acquisition|takeover|merger|buyout|leveraged|revised|sweetened|new|earlier|initial|latest|rival|competing|planned|pending|\$|dlrs?|mln|billion|million|a|share|per|[\d.,]+)$/;

/**
 * `triggerAt` is where the deal word's objects start; `verbAt` is the verb itself when the deal
 * word is two words ("taken over"), for telling a passive.
 */
export function argumentsOf(view: SentenceView, triggerAt: number, verbAt = triggerAt, noun: { word: string; at: number } = { word: view.lower[triggerAt]!, at: triggerAt }): Arguments {
  const before = view.orgs.filter((o) => o.last <= triggerAt).reverse();
  const agents: OrganizationMention[] = [];
  let relativeHead: OrganizationMention | null = null;
  // "it" and "the company" stand where a name would: nearest first, whichever kind it is.
  const refsBefore = view.refs.filter((o) => o.last <= triggerAt);
  const candidates = refsBefore.length > 0 ? [...before, ...refsBefore].sort((a, b) => b.last - a.last) : before;
  const owner = ownerOf(view, noun.at, noun.word);
  // "Y accepted X's offer": the one who acts on the offer stands before the verb.
  const agentBefore = owner.governor !== null && ANSWER_VERBS.has(owner.governor) ? owner.governorAt : triggerAt;
  for (let n = 0; n < candidates.length; n++) {
    const o = candidates[n]!;
    if (o.last > agentBefore) continue;
    if (crossesClause(view, o.last, triggerAt)) break;
    // A stand-in is only trusted as the subject of the deal verb's own chain: "it agreed to buy",
    // not "the company said First Boston would provide financing to buy".
    if (isRef(view, o) && !verbChain(view, o.last, agentBefore)) continue;
    // "X said an investor group led by management has acquired ...": the verb has a subject of its
    // own after "said", which is not X.
    if (!NOMINAL.has(noun.word) && otherSubjectAfterReport(view, o.last, triggerAt)) break;
    const { link } = linkBefore(view, o.first, -1);
    const prev = view.lower[o.first - 1];
    // An org that is itself the object of an earlier deal verb ("X, which acquired Y, ...") is no agent.
    if (prev !== undefined && TRIGGERS[prev] !== undefined) continue;
    if (prev !== undefined && HIRE_VERBS.has(prev)) continue;
    // "the attempt by X to take over Y": X is the one who acts.
    // "an agreement for X to buy": the same.
    if (PREPOSITIONS.has(link) && link !== 'and' && !((link === 'by' || link === 'for') && infinitiveTo(view, o.last, triggerAt))) continue;
    agents.push(o.mention);
    // Coordination: "X and Y agreed to merge", "X, Y and Z invested".
    let cur: Placed<OrganizationMention> = o;
    for (let m = n + 1; m < candidates.length; m++) {
      const prevOrg = candidates[m]!;
      const between = view.lower.slice(prevOrg.last, cur.first);
      if (between.length === 1 && (between[0] === 'and' || between[0] === ',')) {
        agents.push(prevOrg.mention);
        cur = prevOrg;
      } else break;
    }
    if ((prev === 'which' || prev === 'that') && view.lower[o.first - 2] === ',') {
      const head = view.orgs.find((h) => h.last === o.first - 2);
      if (head) relativeHead = head.mention;
    }
    break;
  }
  // "submitted a proposal to Y for the acquisition of the company": an offer goes to its target.
  let offeredTo: OrganizationMention | null = null;
  for (const o of before) {
    if (crossesClause(view, o.last, triggerAt)) break;
    const { link, head } = linkBefore(view, o.first, -1);
    if (link === 'to' && head !== null && /^(proposal|proposals|offer|offers|bid|bids)$/.test(head)) {
      offeredTo = o.mention;
      break;
    }
  }
  const after: Arguments['after'] = [];
  // Stand-ins are not read after the deal word: in "agreed to acquire Y ... for it to buy the
  // company", "the company" is Y, not the company the story is about. Roles are: "raised its bid
  // for the target" means the deal's target wherever it stands.
  const byRole = view.refs.filter((r) => r.byRole && r.first > triggerAt);
  const objects = byRole.length > 0 ? [...view.orgs, ...byRole].sort((a, b) => a.first - b.first) : view.orgs;
  for (const o of objects) {
    if (o.first <= triggerAt) continue;
    if (crossesClause(view, triggerAt + 1, o.first)) break;
    const { link, head } = linkBefore(view, o.first, triggerAt);
    // "X, a wholly owned subsidiary of Y": Y is named as X's parent, not as a party.
    if (link === 'of' && head !== null && OWNED.has(head) && inApposition(view, o.first)) continue;
    // "the assets of X", "X's mining division": X owns what is bought.
    const owner = (link === 'of' && head !== null && OWNED.has(head)) || ownedAfter(view, o.last) !== null;
    after.push({ org: o.mention, link, head, ...(owner ? { owner: true } : {}) });
  }
  // "Y was acquired by X", "Y was sold for $N": an auxiliary right before the participle, possibly
  // with an adverb between; the agent after "by" may be missing.
  const w = view.lower[verbAt]!;
  const aux1 = view.lower[verbAt - 1];
  const aux2 = view.lower[verbAt - 2];
  const passive = PARTICIPLES.has(w) && (PASSIVE_AUX.has(aux1 ?? '') && aux1 !== 'has' && aux1 !== 'have' && aux1 !== 'had' || (view.words[verbAt - 1]?.pos === 'ADV' && PASSIVE_AUX.has(aux2 ?? '')));
  // "conditions of X's proposed acquisition of Y": the owner of the deal noun is its agent, whatever
  // stands before it; "Y's acquisition by X" makes the owner the one acquired (possessorIsPatient).
  const possessorIsPatient = owner.possessor !== null && after.some(isDealAgentBy);
  const answered = owner.governor !== null && ANSWER_VERBS.has(owner.governor);
  if (owner.possessor && !possessorIsPatient && !answered && !agents.includes(owner.possessor)) agents.splice(0, agents.length, owner.possessor);
  if (possessorIsPatient) agents.splice(0, agents.length, ...agents.filter((a) => a !== owner.possessor));
  return { agents, after, passive, relativeHead, possessor: owner.possessor, governor: owner.governor, possessorIsPatient, offeredTo };
}

/** Auxiliaries, modals and verbs that hand their subject on to the deal verb after them. */
const CHAIN = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'will', 'would', 'shall', 'should', 'may', 'might', 'could', 'can', 'not', 'also', 'to', 'already', 'recently', 'previously', 'now', 'agreed', 'agree', 'agrees', 'plans', 'planned', 'plan', 'intends', 'intended', 'intend', 'expects', 'expected', 'wants', 'wanted', 'seeks', 'sought', 'offered', 'offers', 'proposed', 'proposes', 'decided', 'tried', 'attempted', 'made', 'make', 'making', 'a', 'an', 'its', 'the', 'completed', 'announced', 'reached', 'signed', 'in', 'principle']);
const CHAIN_MAX = 8;

function isRef(view: SentenceView, o: Placed<OrganizationMention>): boolean {
  return view.refs.includes(o);
}

function verbChain(view: SentenceView, from: number, to: number): boolean {
  if (to - from > CHAIN_MAX) return false;
  for (let k = from; k < to; k++) if (!CHAIN.has(view.lower[k]!) && view.words[k]!.pos !== 'ADV' && !NOUN_MODIFIERS.test(view.lower[k]!)) return false;
  return true;
}

const REPORTING = new Set(['said', 'says', 'told', 'reported', 'announced', 'added', 'stated']);

/** After a reporting verb between a name and the deal verb, a noun phrase of its own ("an investor group"). */
function otherSubjectAfterReport(view: SentenceView, from: number, to: number): boolean {
  let r = -1;
  for (let k = from; k < to; k++) if (REPORTING.has(view.lower[k]!)) r = k;
  if (r < 0) return false;
  const covered = (k: number) => view.orgs.some((o) => o.first <= k && k < o.last) || view.refs.some((o) => o.first <= k && k < o.last);
  for (let k = r + 1; k < to - 1; k++) {
    if (covered(k)) return false;
    if (view.words[k]!.pos === 'DET' && view.words[k + 1]!.pos === 'NOUN' && !covered(k + 1)) return true;
  }
  return false;
}

/** "by X to buy": only the infinitive marker (and ticker markup) between the name and the verb. */
function infinitiveTo(view: SentenceView, from: number, triggerAt: number): boolean {
  let k = from;
  if (view.lower[k] === '<') while (k < triggerAt && view.lower[k] !== '>') k++;
  if (view.lower[k] === '>') k++;
  return view.lower[k] === 'to' && triggerAt - k <= 2;
}

/** The owner of a deal noun and the verb governing the phrase: "accepted [its previously announced] offer". */
function ownerOf(view: SentenceView, triggerAt: number, word: string): { possessor: OrganizationMention | null; governor: string | null; governorAt: number } {
  if (!NOMINAL.has(word)) return { possessor: null, governor: null, governorAt: -1 };
  let k = triggerAt - 1;
  for (;;) {
    while (k >= 0 && (NOUN_MODIFIERS.test(view.lower[k]!) || view.words[k]!.type === 'currency' || view.words[k]!.pos === 'NUM')) k--;
    // Ticker markup between owner and noun: "USAir Group's <U> proposed acquisition".
    if (view.lower[k] !== '>') break;
    const open = view.lower.lastIndexOf('<', k);
    if (open < 0 || k - open > 6) break;
    k = open - 1;
  }
  let possessor: OrganizationMention | null = null;
  const lw = view.lower[k];
  if (lw === 'its') {
    possessor = view.refs.find((r) => r.first === k)?.mention ?? null;
    k--;
  } else if (lw === "'s" || lw === '’s') {
    const owner = view.orgs.find((o) => o.last === k) ?? view.refs.find((o) => o.last === k);
    if (owner) {
      possessor = owner.mention;
      k = owner.first - 1;
    }
  } else if (lw === 'the' || lw === 'a' || lw === 'an') k--;
  return { possessor, governor: k >= 0 ? view.lower[k]! : null, governorAt: k };
}

function crossesClause(view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (CLAUSE_BREAK.has(view.lower[k]!)) return true;
  return false;
}

/** Assigns roles for one trigger; the type may be refined by what the clause says. */
export function rolesFor(type: DealType, triggerWord: string, args: Arguments): Party[] {
  const parties: Party[] = [];
  const add = (org: OrganizationMention | null | undefined, role: PartyRole) => {
    // A public body keeps its place in the sentence (no other name takes its role) but is never a
    // party: "the Finance Ministry took over Y" names no acquirer rather than a wrong one.
    if (!org || org.kind === 'public_body') return;
    if (parties.some((p) => p.name === org.canonical)) return;
    parties.push({ name: org.canonical, role });
  };
  const linked = (...links: string[]) => args.after.filter((a) => links.includes(a.link)).map((a) => a.org);
  // The first such name not already a party ("sale of its X unit to X Corp's parent Y": not X twice).
  const firstNew = (list: OrganizationMention[]) => list.find((o) => !parties.some((p) => p.name === o.canonical));
  // "seeking a buyer for Y" is a sale seen from the seller's side.
  const isSell = /^(sell|sells|sold|selling|sale|divest|divests|divested|divestiture|buyer|buyers)$/.test(triggerWord);

  if (args.passive) {
    // The patient stands before the verb; the agent follows "by".
    const patient = args.agents[0];
    const agent = linked('by')[0];
    const [agentRole, patientRole] = passiveRoles(type, isSell);
    add(agent, agentRole);
    add(patient, patientRole);
    if (isSell) add(firstNew(linked('to')), 'acquirer');
    else for (const o of linked('from')) add(o, 'seller');
    return parties;
  }

  if (type === 'acquisition' && !isSell && args.governor !== null && ANSWER_VERBS.has(args.governor)) {
    // "Y accepted X's offer", "Y rejected the bid from X": the one who answers is the target.
    add(args.possessor, 'acquirer');
    for (const o of linked('from', 'by')) add(o, 'acquirer');
    for (const o of args.agents) add(o, 'target');
    add(firstNew(linked('for')), 'target');
    return parties;
  }

  switch (type) {
    case 'investment':
      for (const o of args.agents) add(o, 'investor');
      for (const o of linked('by', 'from')) add(o, 'investor');
      add(firstNew(linked('in', 'into')), 'investee');
      break;
    case 'funding_round':
      for (const o of args.agents) add(o, 'investee');
      for (const o of linked('by', 'from', 'including', 'and', 'with')) add(o, 'investor');
      break;
    case 'merger':
    case 'joint_venture':
      for (const o of args.agents) add(o, 'partner');
      for (const o of linked('with', 'direct', 'of', 'between', 'and')) add(o, 'partner');
      break;
    case 'acquisition':
    case 'stake_sale':
      if (isSell) {
        for (const o of args.agents) add(o, 'seller');
        add(firstNew(linked('direct', 'in', 'of', 'for')), 'target');
        add(firstNew(linked('to')), 'acquirer');
      } else if (/^(pay|pays|paid|paying)$/.test(triggerWord)) {
        // "X paid Y $N for Z": Y is paid, Z is bought.
        for (const o of args.agents) add(o, 'acquirer');
        add(firstNew(linked('for', 'of', 'in')), 'target');
        for (const o of linked('direct', 'to', 'from')) add(o, 'seller');
      } else {
        // "the acquisition of Y by X": with the agent named by "by", the names before the deal
        // noun are not buyers ("Y said its shareholders approved the acquisition of Y by X").
        const byAgent = NOMINAL.has(triggerWord) && args.after.some(isDealAgentBy);
        if (!byAgent) for (const o of args.agents) add(o, 'acquirer');
        // "offer to Y was rejected by Y": after an answer the one named is the target; after
        // another's reaction ("cleared by the FTC") no party at all.
        for (const a of args.after) if (a.link === 'by' && a.head !== null && ANSWER_VERBS.has(a.head)) add(a.org, 'target');
        for (const a of args.after) if (isDealAgentBy(a)) add(a.org, 'acquirer');
        for (const a of args.after) if (a.owner && (a.link === 'of' || a.link === 'direct' || a.link === 'in')) add(a.org, 'seller');
        // "takeover offer to Y": an offer is made to its target.
        const objectLinks = NOMINAL.has(triggerWord) && /^(offer|offers|bid|bids|takeover|takeovers|proposal)$/.test(triggerWord) ? ['direct', 'of', 'for', 'in', 'to'] : ['direct', 'of', 'for', 'in'];
        add(args.relativeHead ?? (args.possessorIsPatient ? args.possessor : null) ?? firstNew(linked(...objectLinks)) ?? args.offeredTo, 'target');
        // "from X" sells, unless it names whose bid it is ("a counter-bid from X").
        for (const a of args.after) if (a.link === 'from' && !(a.head !== null && /^(bid|bids|offer|offers|proposal|counter-bid|counterbid)$/.test(a.head))) add(a.org, 'seller');
      }
      break;
  }
  return parties;
}

function passiveRoles(type: DealType, isSell: boolean): [PartyRole, PartyRole] {
  if (type === 'investment' || type === 'funding_round') return ['investor', 'investee'];
  if (type === 'merger' || type === 'joint_venture') return ['partner', 'partner'];
  return isSell ? ['seller', 'target'] : ['acquirer', 'target'];
}

export function isNominal(word: string): boolean {
  return NOMINAL.has(word);
}
