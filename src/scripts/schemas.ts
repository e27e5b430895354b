import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { jsonSchemas, serializeSchema } from '../schema/jsonSchema.js';

// Writes schemas/*.json from the zod schemas. `npm run schemas`; a test fails when they differ.
const dir = fileURLToPath(new URL('../../schemas/', import.meta.url));
mkdirSync(dir, { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(dir + name, serializeSchema(schema));
  process.stdout.write(`wrote schemas/${name}\n`);
}
