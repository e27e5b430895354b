export * from './span.js';
export * from './message.js';
export * from './mention.js';
export * from './deal.js';
export * from './article.js';
export * from './options.js';
