import fc from 'fast-check';

/**
 * Property tests run on a fixed seed so CI is repeatable; FC_SEED=<n> explores other cases
 * (a failure prints its seed and the shrunk counterexample).
 */
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261123) });
