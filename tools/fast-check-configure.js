// Loaded with `node --import` before a package's Node tests: every fast-check property of the
// run draws from the seed of tools/fast-check-seed.js, so a failure repeats with `FC_SEED=<seed>`.
import fc from 'fast-check';
import { fastCheckSeed } from './fast-check-seed.js';

const { seed, drawn } = fastCheckSeed();
if (drawn) {
  console.log(`fast-check seed: ${seed} (FC_SEED=${seed} repeats it)`);
  // The test runner's processes for each file inherit it instead of drawing their own.
  process.env.FC_SEED = String(seed);
}
fc.configureGlobal({ seed });
