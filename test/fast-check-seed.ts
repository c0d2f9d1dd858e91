/**
 * Property tests run on a fixed seed, so a run is reproducible and CI judges the same cases a
 * developer saw. A deeper search: `FC_SEED=<n>` (and `FC_RUNS` where a test reads it) explores
 * other cases; a counterexample found there becomes a fixed example in the test that found it.
 */
import fc from 'fast-check';

const seed = Number(process.env.FC_SEED ?? 20_261_129);
fc.configureGlobal({ seed: Number.isFinite(seed) ? seed : 20_261_129 });
