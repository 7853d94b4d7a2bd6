'use strict';
// Checks that two findAll JSON outputs hold the same tutorials and comments (parsed; tutorials and their comments
// put in id order first, since Sequelize defines no order). Prints one line of JSON and exits 1 on a difference.
//
//   node compare.js A.json B.json [--text]     (--text: a sentence instead of JSON)

const fs = require('node:fs');
const assert = require('node:assert/strict');

function normalized(file) {
    const tutorials = JSON.parse(fs.readFileSync(file, 'utf8'));
    tutorials.sort((a, b) => a.id - b.id);
    for (const t of tutorials) t.comments.sort((a, b) => a.id - b.id);
    return tutorials;
}

const [a, b, flag] = process.argv.slice(2);
const text = flag === '--text';
const left = normalized(a);
const right = normalized(b);
const summary = {
    tutorials: left.length,
    comments: left.reduce((n, t) => n + t.comments.length, 0),
    bytes: [fs.statSync(a).size, fs.statSync(b).size],
};
try {
    assert.deepStrictEqual(left, right);
    console.log(text
        ? `same: ${summary.tutorials} tutorials, ${summary.comments} comments; ${summary.bytes[0]} and ${summary.bytes[1]} bytes`
        : JSON.stringify({ same: true, ...summary }));
} catch (err) {
    console.log(JSON.stringify({ same: false, ...summary, first: String(err.message).split('\n').slice(0, 12).join(' ') }));
    process.exitCode = 1;
}
