// A slogan's diffusion across places: first use per jurisdiction and the lag after its first national use.
// Run: pnpm build && node examples/slogan-diffusion.mjs 两个维护
import { conceptsLabelled, diffusionOf } from '@policy-kg/core';
import { corpusGraph } from './corpus.mjs';

const slogan = process.argv[2] ?? '两个维护';
const { store } = await corpusGraph();
for (const concept of conceptsLabelled(store, slogan)) {
  console.log(`“${slogan}”`);
  for (const r of diffusionOf(store, concept)) {
    const lag =
      r.lagDays === undefined ? 'no national use' : r.lagDays === 0 ? 'national first use' : `+${r.lagDays} days`;
    console.log(`  ${r.firstUse}  ${r.placeName.padEnd(8, '　')}  ${lag}`);
  }
}
