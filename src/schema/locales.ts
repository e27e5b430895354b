/**
 * The English locales dealwire knows: what a bare "$" means and the order of numeric dates. Plain
 * data, apart from the zod schema that is built from it (options.ts), so that the command line can
 * list them without loading zod.
 */
export const LOCALES = ['en-US', 'en-GB', 'en-AU', 'en-CA', 'en-NZ', 'en-IN', 'en-IE', 'en-ZA', 'en-SG', 'en-HK', 'en-JM', 'en-TT', 'en-BZ', 'en-PH'] as const;
