#!/usr/bin/env node
// Writes ttl/context.jsonld from the built KG_CONTEXT (run `tsc -b packages/ontology` first), for consumers
// outside JavaScript. src/context.test.ts fails when the file and KG_CONTEXT disagree.
import { writeFileSync } from 'node:fs';
import { KG_CONTEXT } from '../dist/index.js';

writeFileSync(
  new URL('../ttl/context.jsonld', import.meta.url),
  `${JSON.stringify({ '@context': KG_CONTEXT }, null, 2)}\n`,
);
