import type { Tense, Token } from '../doc.js';

/**
 * Rough tense, for placing "in September" before or after publication and for reading deal status.
 * wink's lite model has no morphology tags (and tags "will close" as AUX ADJ), so we read auxiliaries,
 * a few lead words ("expected to", "plans to") and verb endings. Not meant as grammar.
 */

const FUTURE_AUX = new Set(['will', 'shall', "'ll", '’ll', 'wo']); // "wo" is wink's half of "won't"
const PAST_AUX = new Set(['had', 'was', 'were', 'did']);
const PRESENT_AUX = new Set(['is', 'are', 'am', 'has', 'have', 'does', 'do']);
/** "<lead> to <verb>": the event lies ahead ("is expected to close", "plans to buy"). */
const FUTURE_LEAD = /^(expects?|expected|plans?|intends?|aims?|going|set|scheduled|slated|poised|likely|hopes?|seeks?|wants?|proposes?)$/i;
/** Words after which an -ed form is a participle (passive, perfect), not a simple past. */
const PARTICIPLE_AFTER = /^(is|are|am|be|been|being|has|have|to|will|would|'s|’s)$/i;
const IRREGULAR_PAST = new Set(
  (
    'said bought sold paid took made won led raised rose fell grew gave got kept left began became came went held ' +
    'told thought brought built found saw spent ran met struck lost sought chose drew drove wrote spoke stood sent ' +
    'lent fought withdrew undertook overtook forgot knew threw flew sank swung'
  ).split(' '),
);
/** Tokens that end a clause for the purpose of finding the verb a date belongs to. */
const CLAUSE_END = new Set([';', ':', '(', ')', '—', '–']); // not quotes: wire copy uses them for "scare quotes" too

/** Tense of a whole sentence: any future marker wins; otherwise past vs present by count. */
export function sentenceTense(tokens: readonly Token[]): Tense {
  let past = 0;
  let present = 0;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.text.toLowerCase();
    if (FUTURE_AUX.has(w)) return 'future';
    if (isFutureTo(tokens, i) || isFutureWord(tokens, i)) return 'future';
    if (PAST_AUX.has(w)) past++;
    else if (PRESENT_AUX.has(w)) present++;
    else if (isPastVerb(tokens, i)) past++;
  }
  if (past === 0 && present === 0) return 'present';
  return past >= present ? 'past' : 'present';
}

/**
 * Tense of the verb group that governs the words tokens[from..to) — a date mention — or null when
 * its clause shows no verb. One sentence often holds two tenses ("Amazon said on Wednesday it will
 * invest"): the date belongs to the verb before it ("said"), or, for a fronted phrase ("On
 * Wednesday, Amazon announced"), to the first verb after it. A present-tense verb is weak evidence
 * ("for the year ending in April" after "Delta expects sales of..."), so the search goes on
 * leftwards for a future marker before settling on present.
 */
export function tenseAt(tokens: readonly Token[], from: number, to: number): Tense | null {
  // Whitespace tokens (line breaks in wire copy) would eat into every window below.
  const words: Token[] = [];
  let wFrom = -1;
  let wTo = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (i === from) wFrom = words.length;
    if (i === to) wTo = words.length;
    if (tokens[i]!.pos !== 'SPACE') words.push(tokens[i]!);
  }
  if (wFrom < 0) wFrom = words.length;
  if (wTo < 0) wTo = words.length;

  const maxReach = 15;
  let present = false;
  for (let i = wFrom - 1; i >= 0 && wFrom - i <= maxReach; i--) {
    const w = words[i]!.text;
    if (CLAUSE_END.has(w) || w === ',') break;
    if (!isVerbLike(words, i)) continue;
    const t = groupTense(words, i);
    if (t === 'future' || (t === 'past' && !present)) return t;
    present = true;
  }
  if (present) return 'present';
  const fronted = wFrom <= 1; // "On Wednesday, ..." / "Wednesday, ..."
  for (let i = wTo; i < words.length && i - wTo <= maxReach; i++) {
    const w = words[i]!.text;
    if (CLAUSE_END.has(w)) break;
    // Only a fronted phrase reaches past its comma into the main clause.
    if (w === ',' && (!fronted || i !== wTo)) break;
    if (isVerbLike(words, i)) return groupTense(words, i);
  }
  return null;
}

function isVerbLike(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const w = t.text.toLowerCase();
  // wink tags some names as verbs ("American Express"); a capital letter mid-sentence means a name.
  if (i > 0 && /^[A-Z]/.test(t.text)) return false;
  if (w === "'s" || w === '’s') return false; // mostly possessive in news copy
  if (t.pos === 'VERB' || t.pos === 'AUX') return true;
  return FUTURE_AUX.has(w) || w === 'would' || PAST_AUX.has(w) || PRESENT_AUX.has(w) || IRREGULAR_PAST.has(w) || isFutureWord(tokens, i);
}

/** Reads the auxiliaries and lead words around the verb at `v` (a few words either side). */
function groupTense(tokens: readonly Token[], v: number): Tense {
  const lo = Math.max(0, v - 4);
  const hi = Math.min(tokens.length - 1, v + 2);
  let past = false;
  for (let i = lo; i <= hi; i++) {
    const w = tokens[i]!.text.toLowerCase();
    if (CLAUSE_END.has(w) || w === ',') {
      if (i < v) {
        past = false;
        continue;
      }
      break;
    }
    if (FUTURE_AUX.has(w)) return 'future';
    // "would close" looks ahead from a past report; "would have closed" does not.
    if (w === 'would') return tokens[i + 1]?.text.toLowerCase() === 'have' ? 'past' : 'future';
    if (isFutureTo(tokens, i, true) || isFutureWord(tokens, i)) return 'future';
    if (PAST_AUX.has(w) || isPastVerb(tokens, i)) past = true;
  }
  return past ? 'past' : 'present';
}

/**
 * Words that put what follows ahead of the speaker: "expects sales of 30 mln dlrs in April",
 * "scheduled for April", "due in June". Present forms only ("expected" alone is as often "as
 * expected"), and "due" only before a time preposition ("due to weak demand" is a cause).
 */
function isFutureWord(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]!.text.toLowerCase();
  if (FUTURE_WORDS.has(w)) return true;
  const next = tokens[i + 1]?.text.toLowerCase();
  if (w === 'due' || w === 'set') return next === 'in' || next === 'on' || next === 'for' || next === 'by';
  if (w === 'expected') return /^(is|are|be|being)$/i.test(tokens[i - 1]?.text ?? '');
  return false;
}
const FUTURE_WORDS = new Set(['expects', 'expect', 'anticipates', 'anticipate', 'forecasts', 'projects', 'scheduled', 'slated', 'upcoming', 'intends', 'plans', 'awaiting', 'awaits']);

/**
 * "<lead> to <verb>". `strict` drops "agreed to", which places the agreement (past) as readily as
 * the deal (ahead): fine for a sentence's status, wrong for the date beside the verb.
 */
function isFutureTo(tokens: readonly Token[], i: number, strict = false): boolean {
  if (i === 0 || tokens[i]!.text.toLowerCase() !== 'to') return false;
  const before = tokens[i - 1]!.text;
  const after = tokens[i + 1];
  // "due to weak demand" is a cause, "due to close" a schedule; "agreed to the terms" no infinitive.
  if (after === undefined || /^(DET|PRON|NUM|PROPN|SYM|PUNCT)$/.test(after.pos)) return false;
  if (/^due$/i.test(before)) return after.pos === 'VERB' || /^be$/i.test(after.text);
  if (/^(agreed|agrees?)$/i.test(before)) return !strict;
  // "the deal is to be completed": a copula followed by "to".
  return FUTURE_LEAD.test(before) || /^(is|are)$/i.test(before);
}

function isPastVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const w = t.text.toLowerCase();
  if (IRREGULAR_PAST.has(w)) return t.pos === 'VERB' || t.pos === 'AUX' || !isNominal(tokens[i - 1]);
  if (!/[a-z]ed$/.test(w) || w.length < 4 || NOT_PAST_ED.has(w)) return false;
  if (t.pos !== 'VERB' && t.pos !== 'ADJ') return false;
  const prev = tokens[i - 1];
  if (prev !== undefined && PARTICIPLE_AFTER.test(prev.text)) return false;
  // An ADJ-tagged -ed word is a verb only right after its subject ("The investment involved ..."),
  // not before a noun ("a planned merger").
  if (t.pos === 'ADJ') return prev !== undefined && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'PRON');
  return true;
}

/** Words ending in "-ed" that are no past forms ("need to move", "exceed forecasts", "proceed"). */
const NOT_PAST_ED = new Set(['need', 'feed', 'speed', 'seed', 'heed', 'bleed', 'breed', 'proceed', 'exceed', 'succeed', 'indeed', 'embed', 'shed', 'wed', 'bed', 'red', 'bred', 'shred', 'sled', 'hundred', 'sacred', 'naked', 'wicked', 'wretched', 'rugged', 'ragged', 'beloved']);

function isNominal(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'DET' || t.pos === 'ADJ');
}
