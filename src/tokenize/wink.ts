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
  instance ??= winkNLP(model, WINK_PIPE);
  return instance;
}
