// Loaded before a package's Node tests (tools/node-test.js): every fast-check property of the run
// draws from the one seed in FC_SEED, so the seed printed with a failure repeats the whole run.
import fc from 'fast-check';

const seed = Number(process.env.FC_SEED);
if (!Number.isInteger(seed))
  throw new Error(`FC_SEED must be an integer, not ${process.env.FC_SEED}`);
fc.configureGlobal({ seed });
