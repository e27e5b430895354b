import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;
let instance: Wink | undefined;

/** The wink-nlp instance, loaded on first use so that importing dealwire stays cheap. */
export function wink(): Wink {
  instance ??= winkNLP(model);
  return instance;
}
