'use strict';
// Deterministic pseudo-random numbers. The benchmark data: xorshift32 (13, 17, 5) on an unsigned 32-bit state.
// The same seed gives the same sequence on every machine and Node version.

function xorshift32(seed) {
    let x = seed >>> 0 || 0x9e3779b9; // a zero state would stay zero
    return function next() {
        x ^= x << 13;
        x >>>= 0;
        x ^= x >>> 17;
        x ^= x << 5;
        x >>>= 0;
        return x;
    };
}

// The ids that `sequelizestack.js lookups` reads, the same ones `tutorialdesk-lookupbench N` (bench/lookups) reads: a 64-bit linear
// congruential generator (Knuth's MMIX constants) started at SEED (tutorialctl's default is 42); each step gives
// the id 1 + (state >> 33) mod TUTORIALS, where TUTORIALS is the number of tutorials (the ids are 1..TUTORIALS
// in a freshly loaded database). Repeats are allowed, as in real traffic.
function lookupIds(count, seed, tutorials) {
    const mask = (1n << 64n) - 1n;
    const n = BigInt(tutorials);
    let state = BigInt(seed) & mask;
    const ids = [];
    if (n <= 0n) return ids;
    for (let k = 0; k < count; k++) {
        state = (state * 6364136223846793005n + 1442695040888963407n) & mask;
        ids.push(Number((state >> 33n) % n) + 1);
    }
    return ids;
}

module.exports = { xorshift32, lookupIds };
