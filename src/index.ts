export { extract, runStages } from './extract.js';
export * from './schema/index.js';
export type { Doc, Token, Sentence } from './doc.js';
export { jsonSchemas } from './schema/jsonSchema.js';
