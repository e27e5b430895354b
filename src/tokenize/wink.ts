import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;
let instance: Wink | undefined;

/**
 * The components of wink's pipeline that dealwire reads: sentence boundaries and POS tags. Leaving
 * out NER, negation and sentiment makes readDoc about 40% faster, and the tokens, POS tags and
 * sentences were measured identical to the full pipeline's on 2,000 Reuters stories.
 */
export const WINK_PIPE = ['sbd', 'pos'];

/** The wink-nlp instance, loaded on first use so that importing dealwire stays cheap. */
export function wink(): Wink {
  instance ??= winkNLP(forgetfulModel(), WINK_PIPE);
  return instance;
}

/** wink's vocabulary cache, as far as dealwire touches it. */
interface WinkCache {
  lookup(text: string): number[] | null;
  intrinsicSize(): number;
}

/**
 * The shipped model, with one change: the tokenizer no longer takes the words wink added to its
 * vocabulary from earlier documents for known words.
 *
 * wink-nlp adds every new word it reads to its vocabulary, and its tokenizer asks that vocabulary
 * how to split: once one story had the ticker "<F.N>", "F.N. Wolf and Co" in a later story was
 * split "F.N" + "." and lost its initials; once a story had "bank's" whole, later ones kept it
 * whole too. So an article's tokens, and its organizations and deals, depended on which articles
 * the same process had read before: over the Reuters folder, 6 of 19,043 articles came out
 * differently read forwards and backwards, and two runs of `extract --jobs 2` could disagree by a
 * deal. Here the tokenizer's look-ups answer from the model's own vocabulary only, so every
 * article is split as if it were the first one read.
 *
 * wink gives no handle on its cache, but it passes the cache to the model's feature functions when
 * it adds a word, before that word can be looked up: the first such call swaps in the look-up.
 */
function forgetfulModel(): typeof model {
  const shipped = model as unknown as { featureFn: (...args: unknown[]) => Record<string, (text: string, category: unknown, cache: WinkCache) => unknown> };
  // The cache as wink made it, for the model's own feature functions: they look up the word
  // being added, which is a learned word by then.
  let raw: WinkCache | null = null;
  const seal = (cache: WinkCache): WinkCache => {
    if (raw !== null) return raw;
    raw = Object.assign(Object.create(null) as WinkCache, cache);
    const { lookup } = raw;
    const intrinsic = cache.intrinsicSize();
    // A learned word is a single index at or past the model's own vocabulary; contractions and
    // the model's words are below it.
    cache.lookup = (text) => {
      const found = lookup(text);
      return found !== null && found.length === 1 && found[0]! >= intrinsic ? null : found;
    };
    return raw;
  };
  const featureFn = (...args: unknown[]) => {
    const features = shipped.featureFn(...args);
    const wrapped: typeof features = Object.create(null);
    for (const name of Object.keys(features)) {
      const feature = features[name]!;
      wrapped[name] = (text, category, cache) => feature(text, category, seal(cache));
    }
    return wrapped;
  };
  return Object.assign(Object.create(null), model, { featureFn }) as typeof model;
}
