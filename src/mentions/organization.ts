import type { Doc, Token } from '../doc.js';
import type { OrganizationMention } from '../schema/mention.js';
import { ORGANIZATIONS, PUBLIC_BODIES } from '../lexicon/organizations.js';
import {
  AMBIGUOUS_ORGANIZATION_NAMES,
  AND_JOINED_PAIRS,
  CAPS_BREAK_WORDS,
  COMMA_SUFFIXES,
  COUNTRY_WORDS,
  DATE_WORDS,
  DEAL_AUXILIARIES,
  DESCRIPTIVE_SUFFIXES,
  DEAL_PREPOSITION_TRIGGERS,
  EXCHANGES,
  FIRST_NAMES,
  LEGAL_SUFFIXES,
  LEGISLATIVE_CHAMBERS,
  LOWERCASE_LEGAL_SUFFIXES,
  NON_ORG_WORDS,
  NOT_PUBLIC_BODY_WORDS,
  OBJECT_DEAL_VERBS,
  OF_HEADS,
  ORG_ATTRIBUTE_NOUNS,
  ORG_HEAD_NOUNS,
  ORG_NAME_WORDS,
  PERSON_ROLE_NOUNS,
  PERSON_TITLES,
  PLACE_WORDS,
  PUBLIC_BODY_HEADS,
  PUBLIC_BODY_OF_HEADS,
  PUBLIC_BODY_WORDS,
  SUBJECT_DEAL_VERBS,
} from '../lexicon/orgCues.js';

/*
 * Organization recognizer, in the manner of chrono-node: find candidates, then refine them.
 *
 *   view        one pass over the wink tokens: capitalized? all caps? in a headline line? ...
 *   candidates  runs of capitalized words, widened by legal suffixes and by the few joiners that
 *               stay inside one name ("Procter & Gamble", "Bank of America", "Hewlett-Packard"),
 *               and Reuters markup: "<Sedio N.V.>" names, "Monier Ltd <MNRA.S>" tickers
 *   cues        what the text says about each run: suffix, ticker, lexicon, deal verb, apposition
 *   refine      drop places, persons, products and dates; a name typed once is typed everywhere;
 *               mark public bodies (regulators, courts, legislatures), which never take a deal role
 *
 * Canonical names come later (normalize/canonicalName.ts), which needs all names at once.
 * Everything is linear in the tokens, with Set and Map look-ups: it runs on every article.
 */

const lowerSet = (words: readonly string[]): Set<string> => new Set(words.map((w) => w.toLowerCase()));

const SUFFIX_EXACT = new Set(LEGAL_SUFFIXES);
const SUFFIX_LOWER = lowerSet(LEGAL_SUFFIXES);
const LOWERCASE_SUFFIX = new Set(LOWERCASE_LEGAL_SUFFIXES);
const COMMA_SUFFIX = new Set(COMMA_SUFFIXES);
const DESCRIPTIVE = lowerSet(DESCRIPTIVE_SUFFIXES);
const DATES = lowerSet(DATE_WORDS);
const NON_ORG = lowerSet(NON_ORG_WORDS);
const PLACES = lowerSet(PLACE_WORDS);
const TITLES = lowerSet(PERSON_TITLES);
const CAPS_BREAK = lowerSet(CAPS_BREAK_WORDS);
const OF_HEAD = lowerSet(OF_HEADS);
const NAME_WORDS = lowerSet(ORG_NAME_WORDS);
const HEAD_NOUNS = lowerSet(ORG_HEAD_NOUNS);
const PERSON_ROLES = lowerSet(PERSON_ROLE_NOUNS);
const ATTRIBUTES = lowerSet(ORG_ATTRIBUTE_NOUNS);
const SUBJECT_VERBS = lowerSet(SUBJECT_DEAL_VERBS);
const OBJECT_VERBS = lowerSet(OBJECT_DEAL_VERBS);
const AUXILIARIES = lowerSet(DEAL_AUXILIARIES);
const EXCHANGE = lowerSet(EXCHANGES);
const AMBIGUOUS = lowerSet(AMBIGUOUS_ORGANIZATION_NAMES);
const GIVEN_NAMES = lowerSet(FIRST_NAMES);
const AND_PAIRS = lowerSet(AND_JOINED_PAIRS);
const COUNTRIES = lowerSet(COUNTRY_WORDS);
const PUBLIC_HEADS = lowerSet(PUBLIC_BODY_HEADS);
const PUBLIC_OF_HEADS = lowerSet(PUBLIC_BODY_OF_HEADS);
const PUBLIC_WORDS = lowerSet(PUBLIC_BODY_WORDS);
const CHAMBERS = lowerSet(LEGISLATIVE_CHAMBERS);
const NOT_PUBLIC = lowerSet(NOT_PUBLIC_BODY_WORDS);
/** Listed public bodies, and those of them written only in capitals ("SEC", not "Sec."). */
const PUBLIC_KEYS = new Set(PUBLIC_BODIES.map((n) => nameKey(n)));
const PUBLIC_CAPS = new Set(PUBLIC_BODIES.filter((n) => !/[a-z]/.test(n)).map((n) => nameKey(n)));
/** Titles that end a public body's name: "Supreme Court Justice Sandra Day O'Connor". */
const BODY_TITLES = new Set(['justice', 'commissioner', 'commissioners', 'chief', 'deputy', 'administrator', 'assistant', 'acting', 'undersecretary', 'member', 'members']);
/** Words left out of an acronym's letters: "SEC" for "Securities and Exchange Commission". */
const ACRONYM_SKIPS = new Set(['of', 'and', 'the', 'for', 'on', '&']);
const OF_SUFFIXES = new Set(['corp', 'corp.', 'co', 'co.', 'company', 'corporation']);
const PREP_TRIGGERS = new Map(Object.entries(DEAL_PREPOSITION_TRIGGERS).map(([p, ws]) => [p, lowerSet(ws)]));
/** "companies like Anthropic", "rivals such as Google": the plural heads before "like". */
const LIKE_HEADS = new Set([...HEAD_NOUNS, 'giants', 'players', 'firms', 'rivals', 'competitors', 'startups', 'groups', 'banks', 'makers', 'investors', 'backers', 'labs']);
const ARTICLES = new Set(['a', 'an', 'the']);
const UNIT_WORDS = new Set(['unit', 'units', 'subsidiary', 'division', 'affiliate', 'arm']);
/** Person titles that are verbs: they make a person of an unknown name, not of a listed one. */
const VERB_TITLES = new Set(['told', 'named', 'appointed']);
const TLDS = new Set(['com', 'net', 'org', 'io', 'ai', 'co']);
const POSSESSIVES = new Set(["'s", "'", '’s', '’']);
/** POS tags that never sit inside a name in ordinary text, even capitalized ("The", "In"). */
const FUNCTION_POS = new Set(['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'INTJ', 'PUNCT', 'SYM', 'NUM', 'SPACE']);

// ---------------------------------------------------------------------------------------------
// View: per-token facts, computed once.

const WORD = 1;
const CAP = 2;
const ALLCAPS = 4;
const SPACE = 8;
const SENT_START = 16;
const HEADLINE = 32;
const FUNC = 64;

interface View {
  text: string;
  tokens: readonly Token[];
  n: number;
  /** Lowercase token text with the curly apostrophe made straight, for set look-ups. */
  lower: string[];
  flags: Uint8Array;
  /** Next non-space token, across a single line break but not a paragraph break; -1 if none. */
  next: Int32Array;
  /** Previous non-space token, same rule. */
  prev: Int32Array;
  /** How often each capitalized word occurs, to tell a one-off "Ingalls and Snyder Inc" from a list. */
  counts: Map<string, number>;
  /**
   * The article writes legal forms without a full stop ("Itel Corp said", Reuters style): at least
   * two such forms and none with a stop inside a sentence. Then the stop of a sentence-final
   * "AMR Corp." is the sentence's, not the abbreviation's.
   */
  dotlessSuffixes: boolean;
}

function buildView(doc: Doc): View {
  const tokens = doc.tokens;
  const n = tokens.length;
  const lower = new Array<string>(n);
  const flags = new Uint8Array(n);
  const counts = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    let lw = t.text.toLowerCase();
    if (lw.includes('’')) lw = lw.replace(/’/g, "'");
    lower[i] = lw;
    flags[i] = tokenFlags(t);
    if (flags[i]! & CAP) counts.set(lw, (counts.get(lw) ?? 0) + 1);
  }
  for (const s of doc.sentences) {
    for (let k = s.tokens[0]; k < s.tokens[1]; k++) {
      if (flags[k]! & WORD) {
        flags[k]! |= SENT_START;
        break;
      }
    }
  }
  markHeadlines(tokens, flags);
  const { next, prev } = linkTokens(tokens, flags);
  const v: View = { text: doc.text, tokens, n, lower, flags, next, prev, counts, dotlessSuffixes: false };
  v.dotlessSuffixes = suffixStyleIsDotless(v);
  return v;
}

/** Abbreviated legal forms, written with or without a full stop. */
const ABBREVIATED_FORMS = new Set(['inc', 'corp', 'co', 'ltd', 'cos', 'pty', 'bhd']);

function suffixStyleIsDotless(v: View): boolean {
  let dotless = 0;
  for (let i = 0; i < v.n; i++) {
    const t = v.tokens[i]!.text;
    if (!(v.flags[i]! & CAP) || (v.flags[i]! & HEADLINE)) continue;
    const bare = withoutPossessive(t);
    if (bare.endsWith('.')) {
      if (ABBREVIATED_FORMS.has(bare.slice(0, -1).toLowerCase()) && !endsSentence(v, i)) return false;
    } else if (ABBREVIATED_FORMS.has(bare.toLowerCase()) && SUFFIX_EXACT.has(bare)) dotless++;
  }
  return dotless >= 2;
}

/** Token i is the last word of its sentence: nothing follows in the paragraph, or a capital does. */
function endsSentence(v: View, i: number): boolean {
  const k = v.next[i]!;
  if (k < 0) return true;
  return (v.flags[k]! & CAP) !== 0 && (v.flags[k]! & WORD) !== 0;
}

function tokenFlags(t: Token): number {
  if (t.pos === 'SPACE') return SPACE;
  let f = 0;
  const s = t.text;
  if (t.type === 'word') f |= WORD;
  if (FUNCTION_POS.has(t.pos) || s === '&') f |= FUNC;
  const c = s.charCodeAt(0);
  const upperFirst = (c >= 65 && c <= 90) || (c > 127 && s[0] !== s[0]!.toLowerCase());
  // "eBay", "xAI": a lowercase start with a capital inside is still written as a name.
  if ((f & WORD) && (upperFirst || (c >= 97 && c <= 122 && /^[a-z]+[A-Z]/.test(s)))) f |= CAP;
  if ((f & WORD) && isAllCaps(s)) f |= ALLCAPS;
  return f;
}

function isAllCaps(s: string): boolean {
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
  }
  return letters >= 2;
}

/**
 * A line written mostly in capitals is a headline (Reuters titles, "SHR 1.20 VS"), where the
 * capital says nothing about names: such lines only yield names known from elsewhere.
 */
function markHeadlines(tokens: readonly Token[], flags: Uint8Array): void {
  let start = 0;
  let words = 0;
  let caps = 0;
  let longCaps = 0;
  const close = (end: number): void => {
    if (words >= 3 && caps >= 0.8 * words && longCaps > 0) {
      for (let k = start; k < end; k++) flags[k]! |= HEADLINE;
    }
    start = end;
    words = caps = longCaps = 0;
  };
  for (let i = 0; i < tokens.length; i++) {
    const f = flags[i]!;
    if (f & SPACE) {
      if (tokens[i]!.text.includes('\n')) close(i + 1);
      continue;
    }
    if (!(f & WORD) || !/[A-Za-z]/.test(tokens[i]!.text)) continue;
    words++;
    if (f & ALLCAPS) {
      caps++;
      if (tokens[i]!.text.length >= 4) longCaps++;
    }
  }
  close(tokens.length);
}

/** Links each token to its non-space neighbours, cutting at paragraph breaks. */
function linkTokens(tokens: readonly Token[], flags: Uint8Array): { next: Int32Array; prev: Int32Array } {
  const n = tokens.length;
  const next = new Int32Array(n).fill(-1);
  const prev = new Int32Array(n).fill(-1);
  let last = -1;
  let breaks = 0;
  for (let i = 0; i < n; i++) {
    if (flags[i]! & SPACE) {
      const s = tokens[i]!.text;
      const nl = countNewlines(s);
      breaks += nl;
      // A newline followed by indentation starts a Reuters paragraph.
      if (nl > 0 && i + 1 < n && tokens[i + 1]!.span[0] > tokens[i]!.span[1]) breaks += 2;
      continue;
    }
    if (last >= 0 && breaks < 2) {
      next[last] = i;
      prev[i] = last;
    }
    last = i;
    breaks = 0;
  }
  return { next, prev };
}

function countNewlines(s: string): number {
  let c = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) c++;
  return c;
}

/** Whitespace (or a line break) between two tokens. */
function gapBetween(v: View, a: number, b: number): boolean {
  return v.tokens[b]!.span[0] > v.tokens[a]!.span[1] || b > a + 1;
}

function sameSentence(v: View, a: number, b: number): boolean {
  return v.tokens[a]!.sentence === v.tokens[b]!.sentence;
}

// ---------------------------------------------------------------------------------------------
// Known names: the shipped lexicon and the user's list, matched over tokens by their text.

interface Matcher {
  /** Lowercase name -> first characters it may be written with ("A" for Apple, "e" for eBay). */
  names: Map<string, string>;
  /** Every character prefix of every name, so a walk stops at the first impossible token. */
  prefixes: Set<string>;
  /** Every character some name starts with: most tokens fail this before any string is hashed. */
  starts: Set<string>;
}

function nameKey(s: string): string {
  return s.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').trim();
}

function buildMatcher(names: readonly string[]): Matcher {
  const m: Matcher = { names: new Map(), prefixes: new Set(), starts: new Set() };
  for (const name of names) {
    const key = nameKey(name);
    if (key === '') continue;
    m.names.set(key, (m.names.get(key) ?? '') + name[0]);
    m.starts.add(name[0]!);
    for (let i = 1; i <= key.length; i++) m.prefixes.add(key.slice(0, i));
  }
  return m;
}

let lexicon: Matcher | undefined;
const userMatchers = new WeakMap<readonly string[], Matcher>();

let stops: Matcher | undefined;

/** Multi-word places and institutions that are not companies, matched like names. */
function stopMatcher(): Matcher {
  stops ??= buildMatcher([...NON_ORG_WORDS, ...PLACE_WORDS].filter((w) => w.includes(' ')).map(titleCased));
  return stops;
}

/** "securities and exchange commission" -> "Securities and Exchange Commission" (the case check reads the first letter). */
function titleCased(phrase: string): string {
  return phrase.replace(/(^|[\s-])([a-z])/g, (_m, a: string, b: string) => a + b.toUpperCase());
}

function lexiconMatcher(): Matcher {
  lexicon ??= buildMatcher([...ORGANIZATIONS, ...PUBLIC_BODIES]);
  return lexicon;
}

function userMatcher(names: readonly string[]): Matcher | undefined {
  if (names.length === 0) return undefined;
  let m = userMatchers.get(names);
  if (!m) {
    m = buildMatcher(names);
    userMatchers.set(names, m);
  }
  return m;
}

/** End (exclusive) of the longest known name starting at token i, or -1. */
function longestKnown(v: View, i: number, m: Matcher): number {
  // A name matches only where the token starts with a letter some name is written with (caseMatches).
  if (!(v.flags[i]! & HEADLINE) && !m.starts.has(v.tokens[i]!.text[0]!)) return -1;
  let key = v.lower[i]!;
  if (!m.prefixes.has(key)) return -1;
  let best = -1;
  let last = i;
  for (let steps = 0; ; steps++) {
    const firsts = m.names.get(key);
    if (firsts !== undefined && caseMatches(v, i, firsts) && (!PUBLIC_CAPS.has(key) || (v.flags[i]! & ALLCAPS))) best = last + 1;
    const k = v.next[last]!;
    if (k < 0 || steps >= 8) break;
    key += (gapBetween(v, last, k) ? ' ' : '') + v.lower[k];
    if (!m.prefixes.has(key)) break;
    last = k;
  }
  return best;
}

/** "apple" is fruit and "Apple" the company; in a headline every letter is a capital. */
function caseMatches(v: View, i: number, firsts: string): boolean {
  if (v.flags[i]! & HEADLINE) return true;
  return firsts.includes(v.tokens[i]!.text[0]!);
}

// ---------------------------------------------------------------------------------------------
// Candidates.

const Cue = {
  user: 1,
  ticker: 2,
  bracket: 4,
  exchange: 8,
  suffix: 16,
  lexicon: 32,
  acronym: 64,
  publicBody: 8192,
  partnership: 16384,
  deal: 128,
  apposition: 256,
  descriptor: 512,
  attribute: 1024,
  nameWord: 2048,
  repeat: 4096,
} as const;
type CueName = keyof typeof Cue;
const CUE_ORDER = Object.keys(Cue) as CueName[];
const STRONG = Cue.user | Cue.ticker | Cue.bracket | Cue.exchange | Cue.suffix;
const WEAK = Cue.deal | Cue.apposition | Cue.descriptor | Cue.attribute | Cue.nameWord | Cue.partnership;

interface Candidate {
  first: number;
  /** Exclusive end token. */
  end: number;
  /** Exclusive end of the name without its legal suffix ("Monier" in "Monier Ltd"). */
  coreEnd: number;
  cues: number;
  /** End of a known (lexicon or user) name that starts the run, or -1. */
  knownEnd: number;
  /** Where that name is known from: Cue.lexicon or Cue.user. */
  knownCue: number;
  headline: boolean;
  /** A title says so: "Mr. Smith", "chairman John Doe". */
  person: boolean;
  /** Starts with a given name: "Donald Trump". Weaker than a title: the lexicon still wins. */
  personName: boolean;
  /** One capitalized common word opening a sentence ("Remaining shares ..."). */
  sentenceWord: boolean;
  /** Right after another name's possessive: "OpenAI's GPT" is a product, not a company. */
  afterPossessive: boolean;
  /** A listed name that is also a common word, at a sentence start ("Target prices ..."). */
  ambiguousStart: boolean;
  /**
   * Made of words that name no company (places, "First", "National", ...): typed only when the
   * article typed the same name, or when it is the start of one and used as a name ("American
   * said", "First Boston has committed").
   */
  stop: boolean;
  /** "the Taft family", "the Taft and Ingalls families": people. */
  family: boolean;
  /** A regulator, court, legislature or other government body: a mention, never a deal party. */
  publicBody: boolean;
  typed: boolean;
}

function isNameWord(v: View, k: number): boolean {
  const f = v.flags[k]!;
  if (f & HEADLINE) return (f & ALLCAPS) !== 0 && !CAPS_BREAK.has(v.lower[k]!);
  return (f & CAP) !== 0 && (f & FUNC) === 0;
}

function isSuffix(v: View, k: number): boolean {
  if (v.flags[k]! & HEADLINE) return SUFFIX_LOWER.has(v.lower[k]!);
  const bare = withoutPossessive(v.tokens[k]!.text);
  return SUFFIX_EXACT.has(bare) || LOWERCASE_SUFFIX.has(bare);
}

/** wink leaves "Corp's" whole before some punctuation. */
function withoutPossessive(s: string): string {
  return s.length > 2 && (s.endsWith("'s") || s.endsWith('’s')) ? s.slice(0, -2) : s;
}

/** Scans the tokens left to right; candidates never overlap. */
function findCandidates(v: View, lex: Matcher, user: Matcher | undefined): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  while (i < v.n) {
    const f = v.flags[i]!;
    if (f & SPACE) {
      i++;
      continue;
    }
    if (v.lower[i] === '<') {
      const br = bracketName(v, i);
      if (br) {
        out.push(br);
        i = br.end + 1;
        continue;
      }
      i = skipBracket(v, i);
      continue;
    }
    const userEnd = user ? longestKnown(v, i, user) : -1;
    const lexEnd = longestKnown(v, i, lex);
    if (!isNameWord(v, i) && userEnd < 0 && lexEnd < 0) {
      i++;
      continue;
    }
    // "the U.S. Securities and Exchange Commission": a country before a listed public body is left out.
    if (Math.max(userEnd, lexEnd) < 0 && COUNTRIES.has(v.lower[i]!)) {
      const k = v.next[i]!;
      const end = k >= 0 && sameSentence(v, i, k) ? longestKnown(v, k, lex) : -1;
      if (end > 0 && PUBLIC_KEYS.has(keyOf(v, k, end))) {
        i = k;
        continue;
      }
    }
    const knownEnd = Math.max(userEnd, lexEnd);
    const c = runCandidate(v, i, knownEnd);
    const stopEnd = longestKnown(v, i, stopMatcher());
    if (stopEnd >= c.end) {
      // "Securities and Exchange Commission", "New York": a phrase that names no company
      // (but "New York Life Insurance Co" goes on past it and is one).
      i = stopEnd;
      continue;
    }
    c.knownCue = userEnd >= lexEnd ? Cue.user : Cue.lexicon;
    // A listed name types the run only when the run is that name (plus a suffix): "Microsoft
    // Windows" is not Microsoft; splitKnownPrefix() keeps "Microsoft" if nothing else types the run.
    if (knownEnd >= c.coreEnd) c.cues |= c.knownCue;
    const resume = markupAfter(v, c);
    out.push(c);
    i = Math.max(resume, c.end);
  }
  return out;
}

function newCandidate(v: View, first: number, end: number): Candidate {
  return {
    first,
    end,
    coreEnd: coreEnd(v, first, end),
    cues: 0,
    knownEnd: -1,
    knownCue: 0,
    headline: (v.flags[first]! & HEADLINE) !== 0,
    person: false,
    personName: false,
    sentenceWord: false,
    afterPossessive: false,
    ambiguousStart: false,
    stop: false,
    family: false,
    publicBody: false,
    typed: false,
  };
}

/** A run of name words starting at i, reaching at least to the known name ending at knownEnd. */
function runCandidate(v: View, i: number, knownEnd: number): Candidate {
  let last = isNameWord(v, i) ? extendRun(v, i, i) : i;
  if (knownEnd - 1 > last) last = extendRun(v, i, knownEnd - 1);
  const c = newCandidate(v, i, last + 1);
  c.knownEnd = knownEnd;
  return c;
}

/**
 * Extends a name from token `last` while the next token continues it. Capitalized words always
 * do; joiners only where they stay inside one name.
 */
function extendRun(v: View, first: number, last: number): number {
  for (;;) {
    const k = v.next[last]!;
    if (k < 0 || !sameSentence(v, last, k)) return last;
    // A headline line ends its names even where wink runs it into the first sentence.
    if ((v.flags[last]! ^ v.flags[k]!) & HEADLINE) return last;
    // "Chrysler Corp's Chrysler Motors": a name ends at its possessive.
    if (withoutPossessive(v.tokens[last]!.text) !== v.tokens[last]!.text) return last;
    if (isNameWord(v, k)) {
      // A legal suffix ends a name, but for more suffixes ("Pty Ltd", "Co Inc"): a capital after
      // "Inc." is the next sentence, which wink does not always split off ("... Inc. Trump said").
      if (isSuffix(v, last) && !isWeakSuffix(v.lower[last]!) && last > first && !isSuffix(v, k)) return last;
      last = k;
      continue;
    }
    const joined = joinAt(v, first, last, k);
    if (joined < 0) return last;
    last = joined;
  }
}

/** If the non-name token k joins the name [first..last] to more name, the new last token; else -1. */
function joinAt(v: View, first: number, last: number, k: number): number {
  const w = v.lower[k]!;
  // "Timex corp": a legal form in lower case still closes a name (nothing else is written "corp" or "inc").
  if (LOWERCASE_SUFFIX.has(v.tokens[k]!.text) && !(v.flags[last]! & HEADLINE) && gapBetween(v, last, k)) return k;
  const m = v.next[k]!;
  if (m < 0 || !sameSentence(v, k, m) || (v.flags[last]! ^ v.flags[m]!) & HEADLINE) return -1;
  const tight = !gapBetween(v, last, k) && !gapBetween(v, k, m);
  // "Hewlett-Packard", "Amazon.com", "Capital Cities/ABC": punctuation with no space around it.
  if (tight && (w === '-' || w === '/' || w === '.')) {
    if (isNameWord(v, m) || (w === '.' && TLDS.has(v.lower[m]!))) return m;
    return -1;
  }
  // "International time corp": one lower-case word of the name before its lower-case legal form.
  if (
    LOWERCASE_SUFFIX.has(v.tokens[m]!.text) &&
    (v.flags[k]! & WORD) &&
    !(v.flags[k]! & (FUNC | CAP)) &&
    gapBetween(v, last, k) &&
    gapBetween(v, k, m)
  ) {
    return m;
  }
  // "Procter & Gamble", "Morgan Stanley & Co": an ampersand between names is one name.
  if (w === '&') return isNameWord(v, m) ? m : -1;
  // "Bank of America", "University of Tokyo"; "Financial Corp of Santa Barbara", where the name
  // before "of" is one word and a suffix and means nothing alone.
  if (w === 'of' && isNameWord(v, m) && !DATES.has(v.lower[m]!)) {
    // "Jefferson Savings and Loan Association of Warrenton, Va.": a full name, then where it is.
    // ("First National Bank of Boston, Mass." has no name before "of" and keeps it.)
    if (isCityState(v, m) && hasDistinctiveWord(v, first, last + 1)) return -1;
    if (OF_HEAD.has(v.lower[last]!)) return m;
    if (OF_SUFFIXES.has(v.lower[last]!) && v.next[first] === last && !isSuffix(v, first)) return m;
    // "House of Representatives", "House of Commons" (not "House of Fraser", a store group).
    if (v.lower[last] === 'house' && CHAMBERS.has(v.lower[m]!)) return m;
  }
  // "Court of Appeals for the Ninth Circuit", "District Court for the Southern District of New York".
  if (w === 'for' && (v.lower[last] === 'appeals' || v.lower[last] === 'court')) {
    const end = courtDistrict(v, m);
    if (end >= 0) return end;
  }
  // "Sotheby's Holdings Inc": a possessive inside a name shows by the suffix after it.
  if ((w === "'s") && !gapBetween(v, last, k) && isSuffix(v, m)) return m;
  // "Acme, Inc.".
  if (w === ',' && COMMA_SUFFIX.has(v.tokens[m]!.text)) return m;
  // "Industrial Equity (Pacific) Ltd": a name word in parentheses, then a suffix.
  if (w === '(' && isNameWord(v, m)) {
    const close = v.next[m]!;
    const s = close >= 0 ? v.next[close]! : -1;
    if (close >= 0 && v.lower[close] === ')' && s >= 0 && isSuffix(v, s) && sameSentence(v, close, s)) return s;
  }
  // "Savings and Loan Association"; "Kidder, Peabody and Co" (Reuters writes "and Co" for "& Co"),
  // "Alex. Brown and Sons Inc".
  if (w === 'and' && isNameWord(v, m) && (AND_PAIRS.has(`${v.lower[last]} and ${v.lower[m]}`) || /^(co\.?|company|sons?|brothers)$/.test(v.lower[m]!))) {
    return m;
  }
  // "Ways and Means Committee", "Office of Management and Budget": "and" inside a public body's name.
  if (w === 'and' && isNameWord(v, m) && andInPublicBody(v, first, last, m)) return m;
  // "Ingalls and Snyder Inc": only a one-off word, a second single word and a suffix.
  if (w === 'and' && first === last && v.counts.get(v.lower[first]!) === 1 && isNameWord(v, m)) {
    const s = v.next[m]!;
    if (s >= 0 && isSuffix(v, s) && SUFFIX_LOWER.has(v.lower[s]!) && !isWeakSuffix(v.lower[s]!)) return s;
  }
  return -1;
}

/**
 * "and" joins [first..last] to the name words from m in a public body's name: after its head and
 * "of" ("Department of Housing and Urban Development"), or between one word and the rest of a name
 * that ends in a head within three words ("Ways and Means Committee", "Food and Drug Administration").
 */
function andInPublicBody(v: View, first: number, last: number, m: number): boolean {
  for (let k = first; k < last; k = v.next[k]!) {
    if (k < 0) break;
    if (PUBLIC_OF_HEADS.has(v.lower[k]!) && v.lower[v.next[k]!] === 'of') return true;
  }
  // One or two words before "and" ("House Ways and Means Committee"), none of them a listed name
  // (a country before them is not the body's: "U.S. Food and Drug Administration").
  if (first !== last && COUNTRIES.has(v.lower[first]!)) first = v.next[first]!;
  // Not "the Interim Committee and Development Committee": two bodies.
  if (PUBLIC_HEADS.has(v.lower[last]!)) return false;
  if ((first !== last && v.next[first] !== last) || longestKnown(v, first, lexiconMatcher()) > 0) return false;
  if ((v.flags[first]! & ALLCAPS) || (v.flags[last]! & ALLCAPS)) return false;
  let k = m;
  for (let s = 0; k >= 0 && s < 3 && isNameWord(v, k) && sameSentence(v, m, k); s++) {
    // Not "the House and Senate": a head right after "and" is a second body.
    if (PUBLIC_HEADS.has(v.lower[k]!)) return s > 0 && !isSuffix(v, k);
    const n = v.next[k]!;
    if (n < 0 || !gapBetween(v, k, n)) return false;
    k = n;
  }
  return false;
}

/** "the Ninth Circuit", "the Southern District": the circuit or district a court sits for; its last token or -1. */
function courtDistrict(v: View, m: number): number {
  let k = v.lower[m] === 'the' ? v.next[m]! : m;
  for (let s = 0; k >= 0 && s < 4 && isNameWord(v, k); s++) {
    if (v.lower[k] === 'circuit' || v.lower[k] === 'district') return k;
    k = v.next[k]!;
  }
  return -1;
}

/**
 * "acquisition of Coastal Bancorp of Portland, Maine": a plain name followed by a state is a town
 * (not "Waccamaw State Bank of Surfside Beach, S.C.", which has a business word and "of").
 */
function isTown(v: View, c: Candidate): boolean {
  if (!isCityState(v, c.end - 1)) return false;
  for (let k = c.first; k < c.end; k++) if (v.lower[k] === 'of' || NAME_WORDS.has(v.lower[k]!) || OF_HEAD.has(v.lower[k]!)) return false;
  return true;
}

/** "Warrenton, Va.", "Portland, Maine": a town, a comma and a state or country. */
function isCityState(v: View, k: number): boolean {
  const comma = v.next[k]!;
  if (comma < 0 || v.lower[comma] !== ',') return false;
  const place = v.next[comma]!;
  if (place < 0 || !PLACES.has(v.lower[place]!)) return false;
  const after = v.next[place]!;
  // Not "Barwon, Australia's ..." nor "Gulfex, Texas-based ...".
  return after < 0 || !(POSSESSIVES.has(v.lower[after]!) || (v.lower[after] === '-' && !gapBetween(v, place, after)));
}

/** Suffix words that also sit inside longer names: "Bankers Trust New York Corp", "Carlyle Group Partners". */
function isWeakSuffix(lw: string): boolean {
  return DESCRIPTIVE.has(lw);
}

/** Where the name stops and its legal suffix begins: "Dixons" in "Dixons Group Plc". */
function coreEnd(v: View, first: number, end: number): number {
  let k = end - 1;
  let stripped = false;
  while (k > first) {
    // A suffix stands apart: the "Co" of "Orange-Co" is part of the name.
    if (isSuffix(v, k) && (v.prev[k]! < 0 || gapBetween(v, v.prev[k]!, k))) {
      stripped = true;
      k--;
    } else if (stripped && (v.lower[k] === '&' || v.lower[k] === 'and' || v.lower[k] === ',' || (v.flags[k]! & SPACE))) {
      k--;
    } else break;
  }
  return k + 1;
}

/** "<Sedio N.V.>": Reuters brackets a company it has no ticker for. */
function bracketName(v: View, lt: number): Candidate | undefined {
  const close = bracketClose(v, lt);
  if (close < 0) return undefined;
  const a = v.next[lt]!;
  let b = v.prev[close]!;
  // "<Sheppard Dental Centers Inc's> assets": the possessive is not part of the name.
  if (b > a && POSSESSIVES.has(v.lower[b]!)) b = v.prev[b]!;
  if (a < 0 || b < a || isTicker(v, a, close)) return undefined;
  if (!(v.flags[a]! & CAP) && !(v.flags[a]! & ALLCAPS)) return undefined;
  const c = newCandidate(v, a, b + 1);
  c.cues |= Cue.bracket;
  return c;
}

/** The matching ">" within a dozen tokens of "<", or -1. */
function bracketClose(v: View, lt: number): number {
  let k = lt;
  for (let steps = 0; steps < 12; steps++) {
    k = v.next[k]!;
    if (k < 0) return -1;
    const w = v.lower[k]!;
    if (w === '>') return k;
    if (w === '<') return -1;
  }
  return -1;
}

function skipBracket(v: View, lt: number): number {
  const close = bracketClose(v, lt);
  return close < 0 ? lt + 1 : close + 1;
}

/** "MNRA.S", "CHEM": capitals, digits and dots with no space. */
function isTicker(v: View, a: number, close: number): boolean {
  for (let k = a; k < close; k++) {
    if (k > a && gapBetween(v, k - 1, k)) return false;
    if (!/^[A-Z0-9.]+$/.test(v.tokens[k]!.text)) return false;
  }
  return true;
}

/**
 * Reads what follows a candidate: a Reuters ticker "<MNRA.S>" or an exchange listing
 * "(NASDAQ: LGND)" types it and is skipped. Returns the token to resume scanning at.
 */
function markupAfter(v: View, c: Candidate): number {
  const k = v.next[c.end - 1]!;
  if (k < 0) return c.end;
  const w = v.lower[k]!;
  if (w === '<') {
    const close = bracketClose(v, k);
    const a = v.next[k]!;
    if (close > 0 && a > 0 && a < close && isTicker(v, a, close)) {
      c.cues |= Cue.ticker;
      return close + 1;
    }
  } else if (w === '(') {
    const close = exchangeListing(v, k);
    if (close > 0) {
      c.cues |= Cue.exchange;
      return close + 1;
    }
  }
  return c.end;
}

/** "(NASDAQ: LGND)", "(NYSE American: XYZ)": the closing parenthesis, or -1. */
function exchangeListing(v: View, open: number): number {
  let k = v.next[open]!;
  if (k < 0) return -1;
  let name = v.lower[k]!;
  let steps = 0;
  while (!EXCHANGE.has(name) && steps++ < 2) {
    const m = v.next[k]!;
    if (m < 0) return -1;
    name += ' ' + v.lower[m];
    k = m;
  }
  if (!EXCHANGE.has(name)) return -1;
  const colon = v.next[k]!;
  if (colon < 0 || v.lower[colon] !== ':') return -1;
  for (let m = v.next[colon]!, s = 0; m >= 0 && s < 6; m = v.next[m]!, s++) {
    if (v.lower[m] === ')') return m;
  }
  return -1;
}

/**
 * "Kidder, Peabody and Co", "Goldman, Sachs and Co": the partnership style keeps a comma inside
 * the name; the scanner saw "Kidder" and "Peabody and Co" apart.
 */
function joinPartnerships(v: View, cs: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cs) {
    const a = out[out.length - 1];
    if (a && a.end - a.first === 1 && !a.headline && isPartnership(v, c)) {
      const comma = v.next[a.first]!;
      if (comma >= 0 && v.lower[comma] === ',' && v.next[comma] === c.first && !PLACES.has(v.lower[a.first]!)) {
        a.end = c.end;
        a.coreEnd = coreEnd(v, a.first, a.end);
        a.cues |= c.cues;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

/** Last words after "and" that only end a firm's name: "Rice, Hall, James and Associates". */
const FIRM_ENDS = new Set(['associates', 'partners', 'sons', 'brothers', 'company', 'co', 'co.']);
/** "the brokerage firm of X", "the investment banking house of X": X is one firm. */
const FIRM_OF = new Set(['firm', 'house']);

/**
 * Firms named after their partners, which the scanner saw as single words:
 *   "Spear, Leeds and Kellogg"   commas and a last "and", when the text treats the run as one
 *                                (partnershipEnd);
 *   "AFG Industries Inc and Wagner and Brown"   a second "and" in a row: a list would have used a
 *                                comma, so the last two words are one name;
 *   "Clayton and Dubilier"       the article wrote the same words as one name with a legal form
 *                                or in Reuters brackets ("<Clayton and Dubilier Inc>").
 */
function joinNamedPartnerships(v: View, cs: Candidate[]): Candidate[] {
  let andNames: Set<string> | undefined;
  for (const c of cs) {
    if (c.headline || !(c.cues & (Cue.bracket | Cue.ticker) || c.coreEnd < c.end)) continue;
    const core = keyOf(v, c.first, c.coreEnd);
    if (core.includes(' and ')) (andNames ??= new Set()).add(core);
  }
  const out: Candidate[] = [];
  for (let j = 0; j < cs.length; j++) {
    let end = partnershipEnd(v, cs, j);
    if (end < 0 && (andPairAfterName(v, cs, j) || (andNames !== undefined && andPairKnown(v, cs, j, andNames)))) end = j + 1;
    if (end < 0) {
      out.push(cs[j]!);
      continue;
    }
    const c = newCandidate(v, cs[j]!.first, cs[end]!.end);
    c.cues = (cs[end]!.cues & STRONG) | Cue.partnership;
    out.push(c);
    j = end;
  }
  return out;
}

/**
 * One capitalized word that nothing types on its own and that names no place or date; opening the
 * run, no given name either ("John, Paul and George" are people; "Rice, Hall, James" partners).
 */
function bareWord(v: View, c: Candidate, opens = false): boolean {
  if (c.headline || c.end - c.first !== 1 || (c.cues & (STRONG | Cue.lexicon | Cue.user)) || c.knownEnd > c.first) return false;
  const w = v.lower[c.first]!;
  return !(v.flags[c.first]! & ALLCAPS) && !PLACES.has(w) && !NON_ORG.has(w) && !DATES.has(w) && !TITLES.has(w) && !(opens && GIVEN_NAMES.has(w));
}

/** cs[k + 1] starts right after token `sep` of the sentence; returns it or undefined. */
function candidateAfter(v: View, cs: Candidate[], k: number, sep: number): Candidate | undefined {
  const c = cs[k + 1];
  return c && sep >= 0 && v.next[sep] === c.first && sameSentence(v, sep, c.first) && !c.headline ? c : undefined;
}

/**
 * "Spear, Leeds and Kellogg": the index of the last member when cs[j] opens such a run, else -1.
 * A list of companies looks the same, so the run counts only when the text treats it as one firm:
 * a singular apposition after it (", a New York brokerage partnership"), "the firm of" or a
 * singular descriptor before it ("brokerage Spear, Leeds and Kellogg"), or a last word that only
 * ends a firm's name ("and Associates"). The members before the last are unknown single words; a
 * list of companies would name some the lexicon or a legal form types.
 */
function partnershipEnd(v: View, cs: Candidate[], j: number): number {
  for (let k = j; k < cs.length && k - j < 6; k++) {
    if (!bareWord(v, cs[k]!, k === j)) return -1;
    const sep = v.next[cs[k]!.end - 1]!;
    const next = candidateAfter(v, cs, k, sep);
    if (!next) return -1;
    if (v.lower[sep] === ',') continue;
    if (v.lower[sep] !== 'and' && v.lower[sep] !== '&') return -1;
    if (k === j || next.coreEnd - next.first !== 1) return -1;
    return FIRM_ENDS.has(v.lower[next.first]!) || singularApposition(v, next) || firmBefore(v, cs[j]!.first) ? k + 1 : -1;
  }
  return -1;
}

/** ", a New York brokerage partnership": an apposition about one company. */
function singularApposition(v: View, c: Candidate): boolean {
  const comma = v.next[c.end - 1]!;
  const art = comma >= 0 ? v.next[comma]! : -1;
  return art >= 0 && (v.lower[art] === 'a' || v.lower[art] === 'an') && appositionCue(v, c);
}

/** "the brokerage firm of X", "brokerage X": one firm named right after. */
function firmBefore(v: View, first: number): boolean {
  const p = v.prev[first]!;
  if (p < 0 || !sameSentence(v, p, first) || (v.flags[p]! & CAP)) return false;
  if (v.lower[p] === 'of') {
    const q = v.prev[p]!;
    return q >= 0 && FIRM_OF.has(v.lower[q]!);
  }
  return HEAD_NOUNS.has(v.lower[p]!) && !v.lower[p]!.endsWith('s');
}

/** "AFG Industries Inc <AFG> and Wagner and Brown": cs[j] and cs[j + 1] make one name. */
function andPairAfterName(v: View, cs: Candidate[], j: number): boolean {
  const before = cs[j - 1];
  const c = cs[j]!;
  if (!before || before.headline || !bareWord(v, c, true)) return false;
  const and = v.prev[c.first]!;
  if (and < 0 || v.lower[and] !== 'and' || !sameSentence(v, and, c.first)) return false;
  // The name before "and" carries a legal form or markup ("<AFG>" after it is skipped markup).
  const p = v.prev[and]!;
  if (p !== before.end - 1 && !(v.lower[p] === '>' && p > before.end - 1)) return false;
  if (!(before.cues & (STRONG | Cue.lexicon | Cue.user)) && before.coreEnd === before.end) return false;
  const sep = v.next[c.end - 1]!;
  const next = candidateAfter(v, cs, j, sep);
  if (!next || v.lower[sep] !== 'and' || next.end - next.first !== 1 || (next.cues & (Cue.lexicon | Cue.user))) return false;
  const w = v.lower[next.first]!;
  if (PLACES.has(w) || NON_ORG.has(w) || DATES.has(w)) return false;
  // Not the middle of a longer list: "A Inc and B and C and D".
  const after = v.next[next.end - 1]!;
  return after < 0 || (v.lower[after] !== 'and' && v.lower[after] !== '&');
}

/** "Clayton and Dubilier" after "<Clayton and Dubilier Inc>". */
function andPairKnown(v: View, cs: Candidate[], j: number, andNames: ReadonlySet<string>): boolean {
  const c = cs[j]!;
  if (c.headline) return false;
  const sep = v.next[c.end - 1]!;
  const next = candidateAfter(v, cs, j, sep);
  return next !== undefined && (v.lower[sep] === 'and' || v.lower[sep] === '&') && andNames.has(keyOf(v, c.first, next.coreEnd));
}

/** "Peabody and Co": one word, then "and" or "&", then Co. */
function isPartnership(v: View, c: Candidate): boolean {
  const and = v.next[c.first]!;
  if (and < 0 || and >= c.end || (v.lower[and] !== 'and' && v.lower[and] !== '&')) return false;
  const co = v.next[and]!;
  return co >= 0 && co < c.end && /^co\.?$/.test(v.lower[co]!);
}

// ---------------------------------------------------------------------------------------------
// Trimming and stop lists.

/** Drops dates at either edge ("September Anthropic" never names a company); false if nothing is left. */
function trimDates(v: View, c: Candidate): boolean {
  if (c.cues & (Cue.lexicon | Cue.user | Cue.bracket)) return true;
  while (c.first < c.end && DATES.has(v.lower[c.first]!)) c.first = nextIn(v, c.first, c.end);
  while (c.end > c.first && DATES.has(v.lower[c.end - 1]!)) c.end = prevEnd(v, c.first, c.end - 1);
  if (c.end <= c.first) return false;
  c.coreEnd = coreEnd(v, c.first, c.end);
  return true;
}

function nextIn(v: View, k: number, end: number): number {
  const m = v.next[k]!;
  return m < 0 || m >= end ? end : m;
}

/** Exclusive end after dropping token k, skipping back over spaces and punctuation. */
function prevEnd(v: View, first: number, k: number): number {
  let p = v.prev[k]!;
  while (p >= first && !(v.flags[p]! & WORD)) p = v.prev[p]!;
  return p < first ? first : p + 1;
}

/** Key of tokens [a, b): lowercase, one space where the text has any whitespace. */
function keyOf(v: View, a: number, b: number): string {
  let key = '';
  let last = -1;
  for (let k = a; k < b; k++) {
    if (v.flags[k]! & SPACE) continue;
    if (last >= 0 && gapBetween(v, last, k)) key += ' ';
    key += v.lower[k];
    last = k;
  }
  return key;
}

/** The whole name is listed as a place, a date or no company ("Dow", "New York"). */
function isListedStop(v: View, c: Candidate): boolean {
  const key = keyOf(v, c.first, c.coreEnd);
  return PLACES.has(key) || NON_ORG.has(key) || DATES.has(key);
}

/** A place, a weekday, "AI", "U.S.": the name part is made of words that name no company. */
function isStopName(v: View, c: Candidate): boolean {
  const key = keyOf(v, c.first, c.coreEnd);
  if (PLACES.has(key) || NON_ORG.has(key) || DATES.has(key)) return true;
  for (let k = c.first; k < c.coreEnd; k++) {
    if (v.flags[k]! & SPACE) continue;
    const w = v.lower[k]!;
    // "Bank of Boston": joined by "of", general words and a place make a name.
    if (w === 'of') return false;
    if (!(v.flags[k]! & WORD) || (v.flags[k]! & FUNC)) continue;
    // Single letters: "Class B", "Series A".
    if (w.length > 1 && !PLACES.has(w) && !NON_ORG.has(w) && !DATES.has(w)) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Cues.

function readCues(v: View, c: Candidate): void {
  // "Trust Co" is two suffixes and no name.
  if (c.coreEnd < c.end && c.coreEnd > c.first && !isSuffix(v, c.first)) c.cues |= Cue.suffix;
  const p = v.prev[c.first]!;
  c.person = isPerson(v, c, p);
  c.personName = c.end - c.first > 1 && GIVEN_NAMES.has(v.lower[c.first]!);
  c.sentenceWord = (v.flags[c.first]! & SENT_START) !== 0 && c.end - c.first === 1 && v.tokens[c.first]!.pos !== 'PROPN';
  c.afterPossessive = p >= 0 && POSSESSIVES.has(v.lower[p]!) && isPossessor(v, p) && !unitAfter(v, c);
  c.ambiguousStart = isAmbiguousStart(v, c.first, c.end);
  c.family = familyAfter(v, c);
  if (c.headline) return;
  if (dealCue(v, c)) c.cues |= Cue.deal;
  if (appositionCue(v, c)) c.cues |= Cue.apposition;
  if (descriptorCue(v, p) || unitApposition(v, c, p)) c.cues |= Cue.descriptor;
  // "Bearer shares ...": a lone capital opening a sentence says nothing about the word.
  if (attributeCue(v, c) && !(c.end - c.first === 1 && (v.flags[c.first]! & SENT_START))) c.cues |= Cue.attribute;
  if (nameWordCue(v, c)) c.cues |= Cue.nameWord;
}

/**
 * A listed everyday word opening a sentence and used like one: "Target prices were cut",
 * "Apple pie". Followed by a verb, a comma or a possessive it is the name ("Amazon had ...").
 */
function isAmbiguousStart(v: View, first: number, end: number): boolean {
  if (!(v.flags[first]! & SENT_START) || end - first !== 1 || !AMBIGUOUS.has(v.lower[first]!)) return false;
  const k = v.next[first]!;
  if (k < 0) return true;
  const t = v.tokens[k]!;
  return !(v.flags[k]! & CAP) && (t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN');
}

/** "Mr. Smith", "Analyst Rosemarie Morbelli", "chairman John Doe". */
function isPerson(v: View, c: Candidate, p: number): boolean {
  if (TITLES.has(v.lower[c.first]!) && c.end - c.first > 1) return true;
  if (p < 0 || !(v.flags[p]! & WORD) || (v.flags[p]! & CAP) || !TITLES.has(v.lower[p]!)) return false;
  // "told Reuters", "named Salomon Brothers": after a verb, a known organization stays one.
  return !(VERB_TITLES.has(v.lower[p]!) && (c.cues & (Cue.lexicon | Cue.user)));
}

/** "the Taft family", "the Taft and Ingalls families". */
function familyAfter(v: View, c: Candidate): boolean {
  let k = v.next[c.end - 1]!;
  if (k >= 0 && v.lower[k] === 'and') {
    const m = v.next[k]!;
    if (m < 0 || !(v.flags[m]! & CAP)) return false;
    k = v.next[m]!;
  }
  return k >= 0 && (v.lower[k] === 'family' || v.lower[k] === 'families');
}

/** "its subsidiary, Biopharmaceutics, is ...": a unit word, a comma, the name, a comma. */
function unitApposition(v: View, c: Candidate, p: number): boolean {
  if (p < 0 || v.lower[p] !== ',') return false;
  const head = v.prev[p]!;
  const after = v.next[c.end - 1]!;
  if (head < 0 || (v.flags[head]! & CAP) || !UNIT_WORDS.has(v.lower[head]!) || after < 0 || v.lower[after] !== ',') return false;
  const its = v.prev[head]!;
  return its >= 0 && (v.lower[its] === 'its' || v.lower[its] === 'their');
}

/** The possessive at p belongs to a name that is not a place ("Britain's Redland" is fine). */
function isPossessor(v: View, p: number): boolean {
  const o = v.prev[p]!;
  if (o < 0 || !(v.flags[o]! & CAP)) return false;
  return !PLACES.has(v.lower[o]!);
}

/** "Chrysler Corp's Chrysler Motors unit": after a possessive, a unit and not a product. */
function unitAfter(v: View, c: Candidate): boolean {
  const k = v.next[c.end - 1]!;
  return k >= 0 && UNIT_WORDS.has(v.lower[k]!);
}

/** "Amazon has agreed to buy ...", "acquired Gulfex", "a stake in Anthropic". */
function dealCue(v: View, c: Candidate): boolean {
  let k = v.next[c.end - 1]!;
  for (let s = 0; k >= 0 && s < 5 && AUXILIARIES.has(v.lower[k]!) && !SUBJECT_VERBS.has(v.lower[k]!); s++) k = v.next[k]!;
  if (k >= 0 && SUBJECT_VERBS.has(v.lower[k]!) && sameSentence(v, c.first, k)) return true;
  const p = v.prev[c.first]!;
  if (p < 0 || !sameSentence(v, p, c.first)) return false;
  const pw = v.lower[p]!;
  if (OBJECT_VERBS.has(pw)) return true;
  const triggers = PREP_TRIGGERS.get(pw);
  if (!triggers) return false;
  let q = v.prev[p]!;
  for (let s = 0; q >= 0 && s < 7 && sameSentence(v, q, p); s++, q = v.prev[q]!) {
    if (triggers.has(v.lower[q]!)) return true;
  }
  return false;
}

/** "Anthropic, a company focused on ...", "<Gulfex Inc>, a Houston-based fabricator". */
function appositionCue(v: View, c: Candidate): boolean {
  const comma = v.next[c.end - 1]!;
  if (comma < 0 || v.lower[comma] !== ',') return false;
  const art = v.next[comma]!;
  if (art < 0 || !ARTICLES.has(v.lower[art]!)) return false;
  let found = false;
  let k = v.next[art]!;
  for (let s = 0; k >= 0 && s < 8; s++, k = v.next[k]!) {
    const w = v.lower[k]!;
    if (w === ',' || w === '.' || w === ';' || w === ':' || w === '(' || w === ')') break;
    if (PERSON_ROLES.has(w)) return false;
    if (HEAD_NOUNS.has(w)) found = true;
  }
  return found;
}

/** "electronics group Philips", "its unit X", "companies like Anthropic". */
function descriptorCue(v: View, p: number): boolean {
  if (p < 0 || !(v.flags[p]! & WORD) || (v.flags[p]! & CAP)) return false;
  const w = v.lower[p]!;
  if (HEAD_NOUNS.has(w)) return true;
  if (w === 'like' || w === 'as') {
    let q = v.prev[p]!;
    if (w === 'as' && q >= 0 && v.lower[q] === 'such') q = v.prev[q]!;
    return q >= 0 && LIKE_HEADS.has(v.lower[q]!);
  }
  return false;
}

/**
 * "Ligand Pharmaceuticals", "Encor Energy": a business word ends the name and something else
 * distinctive comes before it ("U.S. Securities", "Central Bank" name no one in particular).
 * Airlines are named the other way round, by a first word: "Air Canada".
 */
function nameWordCue(v: View, c: Candidate): boolean {
  if (c.coreEnd - c.first < 2) return false;
  // "Air Canada", "Air New Zealand": "Air" before a place is how airlines are named.
  if (v.lower[c.first] === 'air') {
    const k = v.next[c.first]!;
    if (k > c.first && k < c.coreEnd && PLACES.has(keyOf(v, k, c.coreEnd))) return true;
  }
  if (!NAME_WORDS.has(v.lower[c.coreEnd - 1]!)) return false;
  return hasDistinctiveWord(v, c.first, c.coreEnd - 1, true);
}

/**
 * A word in tokens [a, b) that is neither a business word, a place, a stop word nor a date
 * (function words such as "and" count only when `functionWords`).
 */
function hasDistinctiveWord(v: View, a: number, b: number, functionWords = false): boolean {
  for (let k = a; k < b; k++) {
    const w = v.lower[k]!;
    if ((v.flags[k]! & WORD) && (functionWords || !(v.flags[k]! & FUNC)) && w.length > 1 && !NAME_WORDS.has(w) && !PLACES.has(w) && !NON_ORG.has(w) && !DATES.has(w)) return true;
  }
  return false;
}

/** "ChemLawn's shareholders", "Cyclops shares", "Waste Management's tender offer". */
function attributeCue(v: View, c: Candidate): boolean {
  let k = v.next[c.end - 1]!;
  if (k >= 0 && POSSESSIVES.has(v.lower[k]!)) k = v.next[k]!;
  return k >= 0 && ATTRIBUTES.has(v.lower[k]!) && !(v.flags[k]! & CAP);
}

// ---------------------------------------------------------------------------------------------
// Refinement.

/**
 * Strong cues (suffix, ticker, brackets, exchange, the user's list) always type a name; the
 * lexicon does unless a title makes it a person; weak cues (deal verbs, appositions, ...) only
 * for a name that looks like no person, product or sentence-opening word.
 */
function decide(v: View, c: Candidate, persons: ReadonlySet<string>, strongNames: ReadonlySet<string> = new Set()): void {
  if (c.cues & STRONG) {
    c.typed = true;
    return;
  }
  if (c.person || c.stop || c.family) return;
  if (c.cues & Cue.lexicon) {
    // "Pearson succeeds William Lyon" after "Richard D. Pearson": a listed name the article uses
    // as a person's surname, and never writes as a company ("Pearson Plc"), is the person.
    const core = keyOf(v, c.first, c.coreEnd);
    if (!c.ambiguousStart && !(c.coreEnd - c.first === 1 && persons.has(core) && !strongNames.has(core))) c.typed = true;
  } else if ((c.cues & WEAK) && !isTown(v, c) && !c.afterPossessive && !c.personName && !c.sentenceWord && !persons.has(keyOf(v, c.first, c.coreEnd))) {
    c.typed = true;
  }
}

/**
 * Regulators, courts, legislatures and ministries: a listed public body ("SEC", "Federal Reserve"),
 * or a run whose name ends in a public body's head ("Securities and Exchange Commission", "Delaware
 * Insurance Department") or opens with one before "of" ("Department of Transportation"). They are
 * organization mentions marked as public bodies, which the deal stage never gives a role. A
 * country before a national body is left out ("the U.S. Supreme Court"); a title after it ends the
 * name ("Supreme Court Justice Sandra Day O'Connor"). A legal suffix or ticker, a listed company,
 * or a company's name before the head ("the Allegheny Board") make a company instead.
 */
function markPublicBodies(v: View, cs: readonly Candidate[], companies: ReadonlySet<string>): void {
  for (const c of cs) {
    if (c.headline || c.family || c.person) continue;
    if (isListedPublic(v, c.first, c.end) || isListedPublic(v, c.first, c.coreEnd)) {
      c.publicBody = true;
      c.typed = true;
      c.stop = false;
      continue;
    }
    if (c.cues & (STRONG | Cue.lexicon)) continue;
    // "its Engineering Thermoplastics Department": a company's unit.
    const p = v.prev[c.first]!;
    if (p >= 0 && (v.lower[p] === 'its' || v.lower[p] === 'their')) continue;
    const body = publicBodySpan(v, c, companies);
    if (!body) continue;
    c.first = body[0];
    c.end = body[1];
    c.coreEnd = body[1];
    c.cues |= Cue.publicBody;
    c.publicBody = true;
    c.typed = true;
    c.stop = false;
  }
}

function isListedPublic(v: View, a: number, b: number): boolean {
  return b > a && PUBLIC_KEYS.has(keyOf(v, a, b)) && longestKnown(v, a, lexiconMatcher()) === b;
}

/** "Justice Sandra Day O'Connor", "Chairman Paul Volcker", "Elizabeth Dole": a person after a body's name. */
function isBodyTitle(v: View, k: number): boolean {
  const w = v.lower[k]!;
  return TITLES.has(w) || BODY_TITLES.has(w) || GIVEN_NAMES.has(w);
}

/** Tokens [first, end) of the public body the candidate names, or undefined. */
function publicBodySpan(v: View, c: Candidate, companies: ReadonlySet<string>): [number, number] | undefined {
  const ws: number[] = [];
  for (let k = c.first; k < c.end; k++) if (!(v.flags[k]! & SPACE)) ws.push(k);
  // A country before a national body: "U.S. Department of Transportation", "United States Senate".
  let a = 0;
  for (;;) {
    if (a + 1 < ws.length && COUNTRIES.has(v.lower[ws[a]!]!)) a++;
    else if (a + 2 < ws.length && COUNTRIES.has(keyOf(v, ws[a]!, ws[a + 1]! + 1))) a += 2;
    else break;
  }
  const body = ws.slice(a);
  const span = (n: number, head: number): [number, number] | undefined => {
    const words = body.slice(0, n);
    if (n === 1 && !PUBLIC_WORDS.has(v.lower[words[0]!]!)) return undefined;
    // "Reagan Administration" is a person's; "Food and Drug Administration" a body's.
    if (v.lower[body[head]!] === 'administration' && head < 2) return undefined;
    if (words.some((k) => NOT_PUBLIC.has(v.lower[k]!))) return undefined;
    // "European Parliament", "State Senate"; not "American Pork Congress", a trade show.
    if (PUBLIC_WORDS.has(v.lower[body[head]!]!) && body.slice(0, head).some((k) => (v.flags[k]! & WORD) && !PLACES.has(v.lower[k]!) && !NON_ORG.has(v.lower[k]!))) return undefined;
    if (head > 0) {
      const before = keyOf(v, words[0]!, body[head - 1]! + 1);
      if (companies.has(before)) return undefined;
      const listed = longestKnown(v, words[0]!, lexiconMatcher());
      if (listed > words[0]! && !PUBLIC_KEYS.has(keyOf(v, words[0]!, listed))) return undefined;
    }
    return [words[0]!, words[n - 1]! + 1];
  };
  if (body.length === 0) return undefined;
  // "Department of Transportation", "Maine Bureau of Banking", "House of Representatives".
  for (let i = 0; i + 2 < body.length; i++) {
    const w = v.lower[body[i]!]!;
    if (!PUBLIC_OF_HEADS.has(w) || v.lower[body[i + 1]!] !== 'of') continue;
    if (w === 'house' && !CHAMBERS.has(v.lower[body[i + 2]!]!)) continue;
    // The word after "of" is the body's field ("Department of Justice"); a title later ends it.
    let j = i + 3;
    while (j < body.length && !isBodyTitle(v, body[j]!)) j++;
    return span(j, i);
  }
  // "Securities and Exchange Commission", "Federal Reserve Board Chairman Paul Volcker".
  for (let i = body.length - 1; i >= 0; i--) {
    const w = v.lower[body[i]!]!;
    if (!PUBLIC_HEADS.has(w)) continue;
    if (i + 1 < body.length && !isBodyTitle(v, body[i + 1]!)) return undefined;
    return span(i + 1, i);
  }
  // "Federal Reserve Chairman Paul Volcker": a listed body, then a title.
  const listed = longestKnown(v, body[0]!, lexiconMatcher());
  if (listed > body[0]! && listed <= c.end && PUBLIC_KEYS.has(keyOf(v, body[0]!, listed))) {
    const next = body.find((k) => k >= listed);
    if (next === undefined || isBodyTitle(v, next)) return [body[0]!, listed];
  }
  return undefined;
}

/** Letters an acronym of the name [a, b) may have: "DOT" and "DT" for "Department of Transportation". */
function acronymsOf(v: View, a: number, b: number): string[] {
  let all = '';
  let significant = '';
  for (let k = a; k < b; k++) {
    if (!(v.flags[k]! & WORD)) continue;
    // "EC Commission" abbreviates nothing: its acronym is not "EC".
    if (v.flags[k]! & ALLCAPS) return [];
    const letter = v.tokens[k]!.text.replace(/[^A-Za-z]/g, '').charAt(0).toUpperCase();
    all += letter;
    if (!ACRONYM_SKIPS.has(v.lower[k]!)) significant += letter;
  }
  return [all, significant].filter((x) => x.length >= 2);
}

/** "the SEC" after "the Securities and Exchange Commission": the initials of a public body the article named. */
function typePublicAcronyms(v: View, cs: readonly Candidate[]): void {
  const initials = new Set<string>();
  for (const c of cs) if (c.publicBody && c.end - c.first > 1) for (const x of acronymsOf(v, c.first, c.end)) initials.add(x);
  if (initials.size === 0) return;
  for (const c of cs) {
    if (c.typed || c.headline || c.end - c.first !== 1 || !(v.flags[c.first]! & ALLCAPS)) continue;
    if (!initials.has(v.tokens[c.first]!.text.replace(/[^A-Z]/g, ''))) continue;
    c.cues |= Cue.publicBody;
    c.publicBody = true;
    c.typed = true;
    c.stop = false;
  }
}

/** Names the article shows to be people; their surnames alone are people too ("Trump said ..."). */
function collectPersons(v: View, cs: readonly Candidate[]): Set<string> {
  const persons = new Set<string>();
  for (const c of cs) {
    if (c.headline) continue;
    // "GAMCO Chairman Mario Gabelli", "BP Chairman Sir Peter Walters": a title inside the run.
    for (let k = nextIn(v, c.first, c.end); k < c.end - 1; k = nextIn(v, k, c.end)) {
      if (!TITLES.has(v.lower[k]!) || VERB_TITLES.has(v.lower[k]!) || !(v.flags[k]! & CAP)) continue;
      let from = nextIn(v, k, c.end);
      while (from < c.end - 1 && TITLES.has(v.lower[from]!)) from = nextIn(v, from, c.end);
      if (from >= c.end || isSuffix(v, c.end - 1)) break;
      persons.add(keyOf(v, from, c.end));
      persons.add(v.lower[c.end - 1]!);
      break;
    }
    if (c.stop || (c.cues & (STRONG | Cue.lexicon)) || !(c.person || c.personName)) continue;
    const from = TITLES.has(v.lower[c.first]!) ? nextIn(v, c.first, c.end) : c.first;
    if (from >= c.end) continue;
    persons.add(keyOf(v, from, c.end));
    persons.add(v.lower[c.end - 1]!);
  }
  return persons;
}

/** "Amazon Web Services (AWS)": the capitals in parentheses right after a typed name. */
function typeAcronyms(v: View, cs: Candidate[]): void {
  for (let j = 1; j < cs.length; j++) {
    const c = cs[j]!;
    const p = cs[j - 1]!;
    if (c.typed || c.stop || !p.typed || c.end - c.first !== 1 || !(v.flags[c.first]! & ALLCAPS)) continue;
    const open = v.prev[c.first]!;
    const close = v.next[c.first]!;
    if (open < 0 || close < 0 || v.lower[open] !== '(' || v.lower[close] !== ')' || v.prev[open] !== p.end - 1) continue;
    if (initialsMatch(v.tokens[c.first]!.text, v, p)) {
      c.cues |= Cue.acronym;
      c.typed = true;
      c.publicBody = p.publicBody;
    }
  }
}

/** AWS for Amazon Web Services, IBM for International Business Machines: the acronym's letters in order. */
function initialsMatch(acronym: string, v: View, p: Candidate): boolean {
  const letters = acronym.replace(/[^A-Z]/g, '');
  let initials = '';
  for (let k = p.first; k < p.coreEnd; k++) {
    if (v.flags[k]! & WORD) initials += v.tokens[k]!.text.replace(/[^A-Za-z]/g, '').replace(/^([A-Za-z])[a-z]*/, '$1');
  }
  initials = initials.toUpperCase();
  if (letters.length < 2 || letters[0] !== initials[0]) return false;
  let at = 0;
  for (const ch of letters) {
    at = initials.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

interface Known {
  keys: Set<string>;
  /** Word prefixes of typed names and the names they start ("computer terminal" -> 1 name). */
  prefixes: Map<string, Set<string>>;
  /** Keys of the public bodies among `keys` ("dot", "department of transportation"). */
  publicKeys: Set<string>;
  persons: ReadonlySet<string>;
}

/** What the article itself has typed: any other occurrence of these names is an organization. */
function collectKnown(v: View, cs: Candidate[], persons: ReadonlySet<string>): Known {
  const known: Known = { keys: new Set(), prefixes: new Map(), persons, publicKeys: new Set() };
  for (const c of cs) {
    if (c.headline || !c.typed) continue;
    const full = keyOf(v, c.first, c.end);
    known.keys.add(full);
    known.keys.add(looseKey(full));
    if (c.publicBody) {
      // A body's name has no short forms ("Securities" alone is no one): only the whole name counts.
      known.publicKeys.add(full);
      known.publicKeys.add(looseKey(full));
      continue;
    }
    const core = keyOf(v, c.first, c.coreEnd);
    if (!PLACES.has(core) && !NON_ORG.has(core)) {
      known.keys.add(core);
      known.keys.add(looseKey(core));
    }
    addPrefixes(known, core, core);
    // "Rice Hall" after "Rice, Hall, James and Associates": short forms drop the partners' commas.
    if (core.includes(',')) addPrefixes(known, core.replace(/,/g, ''), core);
  }
  return known;
}

/** Registers the word prefixes of `form` as short forms of the name `core`. */
function addPrefixes(known: Known, form: string, core: string): void {
  const words = form.split(' ');
  for (let w = 1; w < words.length; w++) {
    const pre = words.slice(0, w).join(' ');
    let names = known.prefixes.get(pre);
    if (!names) known.prefixes.set(pre, (names = new Set()));
    names.add(core);
  }
}

/** "J.P. Morgan" and "JP Morgan" alike. */
function looseKey(key: string): string {
  return key.includes('.') ? key.replace(/\./g, '') : key;
}

/** Types the remaining mixed-case candidates from what the article typed elsewhere. */
function propagate(v: View, cs: Candidate[], known: Known): void {
  for (const c of cs) {
    if (c.typed || c.headline || c.family || isTown(v, c)) continue;
    const core = keyOf(v, c.first, c.coreEnd);
    if (known.persons.has(core) || c.ambiguousStart) continue;
    const full = keyOf(v, c.first, c.end);
    const same = known.keys.has(core) || known.keys.has(full) || known.keys.has(looseKey(core));
    const shortForm = !same && startsOneName(known, core);
    let typed: boolean;
    if (c.coreEnd - c.first === 1 && (same || shortForm) && saidHe(v, c)) typed = false;
    else if (c.stop) {
      // "First Boston has committed" after "First Boston Inc"; "American said" after "American
      // Airlines Inc": words that are places or stop words alone count only when used as a name.
      typed = (same || shortForm) && (usedAsName(v, c, false, c.coreEnd - c.first > 1) || ownerAfterOf(v, c));
    } else if (same) typed = true;
    else {
      // "Computer Terminal said": the short form of "Computer Terminal Systems Inc" used later; a
      // one-word short form opening a sentence ("Caesars said", "Altex, in a statement, ...") must
      // be used as a name, not as an ordinary capitalized word.
      typed = shortForm && (c.coreEnd - c.first > 1 || !(v.flags[c.first]! & SENT_START) || usedAsName(v, c, true, true));
    }
    if (typed) {
      c.cues |= Cue.repeat;
      c.typed = true;
      c.publicBody = known.publicKeys.has(core) || known.publicKeys.has(full);
    }
  }
}

/**
 * `key` starts exactly one name the article typed, counting a name and its longer forms once
 * ("Universal" starts "Universal Furniture" and "Universal Furniture Industries").
 */
function startsOneName(known: Known, key: string): boolean {
  const names = known.prefixes.get(key);
  if (!names) return false;
  let shortest: string | undefined;
  for (const n of names) if (shortest === undefined || n.length < shortest.length) shortest = n;
  for (const n of names) if (n !== shortest && !n.startsWith(shortest + ' ')) return false;
  return true;
}

/**
 * The words after the candidate show it is used as a name: a verb ("Caesars said", "American
 * is"), a possessive ("Western's request"), when `attributes` what companies have ("Myers
 * shares", "the First Boston affiliate"; not for "its Canadian subsidiary"), or, when `comma`, a
 * comma ("Caesars, in a statement, said").
 */
function usedAsName(v: View, c: Candidate, comma: boolean, attributes: boolean): boolean {
  const k = v.next[c.end - 1]!;
  if (k < 0 || !sameSentence(v, c.first, k)) return false;
  const w = v.lower[k]!;
  if (POSSESSIVES.has(w)) return true;
  if (w === ',') return comma;
  if (v.flags[k]! & CAP) return false;
  const pos = v.tokens[k]!.pos;
  return pos === 'VERB' || pos === 'AUX' || (attributes && (ATTRIBUTES.has(w) || UNIT_WORDS.has(w)));
}

/**
 * "a unit of First Delaware,", "the investor group of American said": the name owns or stands
 * for an organization named before "of", and ends there (not "a group of American investors").
 */
function ownerAfterOf(v: View, c: Candidate): boolean {
  const of = v.prev[c.first]!;
  if (of < 0 || v.lower[of] !== 'of' || !sameSentence(v, of, c.first)) return false;
  const head = v.prev[of]!;
  if (head < 0 || (v.flags[head]! & CAP) || !HEAD_NOUNS.has(v.lower[head]!)) return false;
  const k = v.next[c.end - 1]!;
  if (k < 0 || !sameSentence(v, c.first, k) || !(v.flags[k]! & WORD)) return true;
  const pos = v.tokens[k]!.pos;
  return pos === 'VERB' || pos === 'AUX';
}

/**
 * "Gabelli said he also proposes ...": a name with a verb and "he" or "she" after it is a person
 * (not in "a spokesman for Cable said he ...", where the name is not the subject).
 */
function saidHe(v: View, c: Candidate): boolean {
  const p = v.prev[c.first]!;
  if (p >= 0 && sameSentence(v, p, c.first) && v.tokens[p]!.pos === 'ADP') return false;
  const k = v.next[c.end - 1]!;
  if (k < 0 || (v.tokens[k]!.pos !== 'VERB' && v.tokens[k]!.pos !== 'AUX')) return false;
  const m = v.next[k]!;
  return m >= 0 && (v.lower[m] === 'he' || v.lower[m] === 'she');
}

/**
 * A run that starts with a listed name but goes on ("Microsoft Windows", "Amazon Completes" in a
 * title-case headline) and was not typed as a whole: keep the listed name alone.
 */
function splitKnownPrefix(v: View, c: Candidate): Candidate | undefined {
  if (c.typed || c.stop || c.knownEnd <= c.first || c.knownEnd >= c.end || c.person) return undefined;
  // "Orange County", "Apple Valley": a listed everyday word starting a longer name is not the
  // company, unless a verb follows it ("Amazon Completes Investment ..." in title case).
  if (AMBIGUOUS.has(keyOf(v, c.first, c.knownEnd))) {
    const k = v.next[c.knownEnd - 1]!;
    if (k < 0 || (v.tokens[k]!.pos !== 'VERB' && v.tokens[k]!.pos !== 'AUX')) return undefined;
  }
  const k = newCandidate(v, c.first, c.knownEnd);
  k.cues = c.knownCue;
  k.publicBody = PUBLIC_KEYS.has(keyOf(v, k.first, k.end));
  k.ambiguousStart = isAmbiguousStart(v, k.first, k.end);
  decide(v, k, new Set());
  return k.typed ? k : undefined;
}

/**
 * Headline runs ("MONIER SAYS BRITAIN'S REDLAND MAY BID") are cut into the names the article or the
 * lexicon knows; what remains counts only with a suffix or ticker of its own.
 */
function splitHeadline(v: View, c: Candidate, known: Known, lex: Matcher, user: Matcher | undefined): Candidate[] {
  const out: Candidate[] = [];
  let a = c.first;
  while (a < c.end) {
    if (v.flags[a]! & SPACE) {
      a++;
      continue;
    }
    let best = -1;
    let key = '';
    let last = -1;
    for (let b = a; b < c.end; b++) {
      if (v.flags[b]! & SPACE) continue;
      key += (last >= 0 && gapBetween(v, last, b) ? ' ' : '') + v.lower[b];
      last = b;
      // "TOTAL PROFIT RISES": a listed everyday word counts in capitals only if the article typed it.
      const listed = lex.names.has(key) && !(b === a && AMBIGUOUS.has(key));
      if (known.keys.has(key) || listed || user?.names.has(key)) best = b + 1;
    }
    if (best > 0) {
      const piece = newCandidate(v, a, best);
      const pk = keyOf(v, a, best);
      piece.cues = user?.names.has(pk) ? Cue.user : known.keys.has(pk) ? Cue.repeat : Cue.lexicon;
      piece.publicBody = !user?.names.has(pk) && (known.publicKeys.has(pk) || PUBLIC_KEYS.has(pk));
      piece.typed = true;
      out.push(piece);
      a = best;
    } else a++;
  }
  if (out.length === 0 && (c.cues & STRONG) && c.end - c.first <= 5) {
    c.typed = true;
    out.push(c);
  }
  return out;
}

/**
 * "the Renault-Chrysler announcement", "a merged American-AirCal": names joined by a hyphen, each
 * known on its own (listed, or typed by the article) while the pair is not: one mention each.
 */
function splitHyphenated(v: View, c: Candidate, known: Known, lex: Matcher): Candidate[] | undefined {
  const parts: Array<[number, number]> = [];
  let a = c.first;
  for (let k = c.first; k < c.end; k++) {
    if (v.lower[k] === '-' && !gapBetween(v, k - 1, k) && !gapBetween(v, k, k + 1)) {
      parts.push([a, k]);
      a = k + 1;
    }
  }
  if (parts.length === 0) return undefined;
  parts.push([a, c.end]);
  const pieces: Candidate[] = [];
  for (const [p, q] of parts) {
    if (q <= p) return undefined;
    const key = keyOf(v, p, q);
    const listed = longestKnown(v, p, lex) === q && !AMBIGUOUS.has(key);
    if (!listed && !known.keys.has(key) && !startsOneName(known, key)) return undefined;
    if (PLACES.has(key) || NON_ORG.has(key) || known.persons.has(key)) return undefined;
    const piece = newCandidate(v, p, q);
    piece.cues = listed ? Cue.lexicon : Cue.repeat;
    piece.publicBody = known.publicKeys.has(key) || PUBLIC_KEYS.has(key);
    piece.typed = true;
    pieces.push(piece);
  }
  return pieces;
}

function ruleOf(c: Candidate): string {
  for (const name of CUE_ORDER) if (c.cues & Cue[name]) return `organization/${name}`;
  return 'organization/unknown';
}

function toMention(v: View, c: Candidate): OrganizationMention {
  const span: [number, number] = [v.tokens[c.first]!.span[0], v.tokens[c.end - 1]!.span[1]];
  const last = v.tokens[c.end - 1]!.text;
  // wink keeps "Inc's" whole when ">" follows; the possessive is still not part of the name.
  if (/.['’]s$/.test(last)) span[1] -= 2;
  // "... by AMR Corp. The DOT said": in an article that writes "Corp" without a stop, the stop
  // ending a sentence is the sentence's. (Not in the formal "Vexilla, Inc.", written with its stop.)
  else if (
    v.dotlessSuffixes &&
    last.endsWith('.') &&
    ABBREVIATED_FORMS.has(last.slice(0, -1).toLowerCase()) &&
    endsSentence(v, c.end - 1) &&
    v.lower[v.prev[c.end - 1]!] !== ','
  ) {
    span[1] -= 1;
  }
  const text = v.text.slice(span[0], span[1]);
  const m: OrganizationMention = { text, span, canonical: text.replace(/\s+/g, ' '), rule: ruleOf(c) };
  if (c.publicBody) m.kind = 'public_body';
  return m;
}

/**
 * Organization mentions of one article, sorted by start, never overlapping. `canonical` is the
 * mention's own text here; canonicalizeOrganizations() joins the names of one organization.
 */
export function recognizeOrganizations(doc: Doc): OrganizationMention[] {
  if (doc.tokens.length === 0) return [];
  const v = buildView(doc);
  const lex = lexiconMatcher();
  const user = userMatcher(doc.options.organizations);
  const candidates: Candidate[] = [];
  for (const c of joinNamedPartnerships(v, joinPartnerships(v, findCandidates(v, lex, user)))) {
    if (!trimDates(v, c)) continue;
    readCues(v, c);
    // Strong cues outweigh the stop lists: "First Eastern Corp" is a bank, "<Texas Industries>" too.
    // So does the lexicon ("First Boston"), unless the whole name is listed as no company ("Dow").
    if (!(c.cues & STRONG) && isStopName(v, c)) {
      if (c.headline) continue;
      if (!(c.cues & Cue.lexicon) || isListedStop(v, c)) c.stop = true;
    }
    candidates.push(c);
  }
  const persons = collectPersons(v, candidates);
  const strongNames = new Set<string>();
  for (const c of candidates) if (c.cues & STRONG) strongNames.add(keyOf(v, c.first, c.coreEnd));
  for (const c of candidates) if (!c.headline) decide(v, c, persons, strongNames);
  const companies = new Set(strongNames);
  for (const c of candidates) if (c.typed && !c.headline) companies.add(keyOf(v, c.first, c.coreEnd));
  markPublicBodies(v, candidates, companies);
  typeAcronyms(v, candidates);
  typePublicAcronyms(v, candidates);
  const known = collectKnown(v, candidates, persons);
  propagate(v, candidates, known);

  const out: OrganizationMention[] = [];
  for (const c of candidates) {
    if (c.headline) {
      for (const piece of splitHeadline(v, c, known, lex, user)) out.push(toMention(v, piece));
    } else if (c.typed && !(c.cues & (STRONG | Cue.lexicon))) {
      for (const piece of splitHyphenated(v, c, known, lex) ?? [c]) out.push(toMention(v, piece));
    } else if (c.typed) out.push(toMention(v, c));
    else if (!c.stop) {
      const pieces = splitHyphenated(v, c, known, lex) ?? [splitKnownPrefix(v, c)];
      for (const piece of pieces) if (piece) out.push(toMention(v, piece));
    }
  }
  return out;
}
