'use strict';
// Writes the benchmark data set: N tutorials, each with M comments.
//
//   node gen.js N M FILE                  the seed's findAll JSON (what `tutorialctl import` reads)
//   node gen.js N M FILE --sqlite         the same rows as single-row INSERTs in one transaction, for the sqlite3
//                                         client (used only when tutorialctl has no import command)
//   node gen.js N M FILE --mysql-multi    the same rows as multi-row INSERTs of 1,000 rows in one transaction,
//                                         tutorials first, for the mariadb client: the floor of a bulk import
//
// Deterministic: the same N and M give the same bytes everywhere (xorshift32 from a fixed seed, timestamps from a
// fixed start, whole seconds). Ids are 1..N and 1..N*M; importers assign new ones (the SQL forms keep them).
// Short strings like the seed's, with non-ASCII text (2-, 3- and 4-byte UTF-8), characters JSON and SQL must
// escape, and an occasional NULL (the seed's model allows NULL in every text column).

const fs = require('node:fs');
const { xorshift32 } = require('./prng');

const TOPICS = [
    'Sequelize associations', 'Qt model/view', 'C++20 ranges', 'MariaDB indexes', 'SQLite WAL mode',
    'Node.js streams', 'Déjà vu with dates', 'Grüße aus Köln', 'Привет, мир', '日本語のテキスト',
    'Emoji 🚀 in utf8mb4', 'Quotes "inside" titles', "It's a back\\slash and a\ttab", 'One-to-many basics',
];
const WORDS = [
    'good', 'job', 'thanks', 'awesome', 'tut', 'clear', 'helpful', 'question', 'answer', 'example', 'code',
    'works', 'fails', 'why', 'great', 'naïve', 'café', '✓', 'line\nbreak', 'über', 'señor', '👍',
];
const NAMES = ['bezkoder', 'zkoder', 'aKoder', 'anotherKoder', 'Zoë', 'José', 'Łukasz', 'Ana', 'Bjørn', "O'Neil"];
const MULTI_ROWS = 1000;

function* tutorials(n, m) {
    const next = xorshift32(20261125);
    const pick = (list) => list[next() % list.length];
    const words = (lo, hi) => {
        const count = lo + (next() % (hi - lo + 1));
        const out = [];
        for (let k = 0; k < count; k++) out.push(pick(WORDS));
        return out.join(' ');
    };
    const iso = (ms) => new Date(ms).toISOString();
    const start = Date.UTC(2025, 0, 1, 8, 0, 0);
    let commentId = 0;
    for (let i = 1; i <= n; i++) {
        const created = start + i * 60_000 + (next() % 60) * 1000;
        const updated = created + (next() % 3 === 0 ? (next() % 86_400) * 1000 : 0);
        const comments = [];
        for (let j = 0; j < m; j++) {
            const cCreated = updated + (j + 1) * 37_000 + (next() % 30) * 1000;
            comments.push({
                id: ++commentId,
                name: next() % 101 === 0 ? null : pick(NAMES),
                text: next() % 97 === 0 ? null : words(2, 8),
                createdAt: iso(cCreated),
                updatedAt: iso(cCreated),
                tutorialId: i,
            });
        }
        yield {
            id: i,
            title: `Tut#${i} ${pick(TOPICS)}`,
            description: next() % 53 === 0 ? null : `Tut#${i} Description: ${words(3, 7)}`,
            createdAt: iso(created),
            updatedAt: iso(updated),
            comments,
        };
    }
}

// SQL literals. SQLite: '' is the only escape. MariaDB (default sql_mode): backslash escapes too.
const sqliteText = (v) => (v === null ? 'NULL' : `'${v.replace(/'/g, "''")}'`);
const mysqlText = (v) => (v === null ? 'NULL' : `'${v.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`);
// DATETIME as each dialect's Sequelize writes it: SQLite 'YYYY-MM-DD HH:MM:SS.mmm +00:00'; MySQL, in UTC,
// 'YYYY-MM-DD HH:MM:SS'.
const sqliteTime = (iso) => `'${iso.replace('T', ' ').replace('Z', ' +00:00')}'`;
const mysqlTime = (iso) => `'${iso.slice(0, 19).replace('T', ' ')}'`;

const TUTORIAL_COLUMNS = 'INSERT INTO tutorials (id,title,description,createdAt,updatedAt) VALUES ';
const COMMENT_COLUMNS = 'INSERT INTO comments (id,name,text,createdAt,updatedAt,tutorialId) VALUES ';
const tutorialValues = (t, text, time) =>
    `(${t.id},${text(t.title)},${text(t.description)},${time(t.createdAt)},${time(t.updatedAt)})`;
const commentValues = (c, text, time) =>
    `(${c.id},${text(c.name)},${text(c.text)},${time(c.createdAt)},${time(c.updatedAt)},${c.tutorialId})`;

function writer(file) {
    const fd = fs.openSync(file, 'w');
    const parts = [];
    let pending = 0;
    const flush = () => {
        fs.writeSync(fd, parts.join(''));
        parts.length = 0;
        pending = 0;
    };
    return {
        emit(text) {
            parts.push(text);
            pending += text.length;
            if (pending > 1 << 20) flush();
        },
        close() {
            flush();
            fs.closeSync(fd);
        },
    };
}

function main(argv) {
    const format = argv[3] || '--json';
    if (argv.length > 4 || !['--json', '--sqlite', '--mysql-multi'].includes(format))
        throw new Error('usage: gen.js TUTORIALS COMMENTS FILE [--sqlite | --mysql-multi]');
    const n = Number(argv[0]);
    const m = Number(argv[1]);
    if (!Number.isInteger(n) || n < 1 || !Number.isInteger(m) || m < 0) throw new Error('bad counts');
    const out = writer(argv[2]);

    if (format === '--json') {
        let first = true;
        out.emit('[');
        for (const t of tutorials(n, m)) {
            out.emit((first ? '\n' : ',\n') + JSON.stringify(t, null, 2).replace(/^|\n/g, '$&  '));
            first = false;
        }
        out.emit('\n]\n');
    } else if (format === '--sqlite') {
        out.emit('BEGIN;\n');
        for (const t of tutorials(n, m)) {
            out.emit(TUTORIAL_COLUMNS + tutorialValues(t, sqliteText, sqliteTime) + ';\n');
            for (const c of t.comments) out.emit(COMMENT_COLUMNS + commentValues(c, sqliteText, sqliteTime) + ';\n');
        }
        out.emit('COMMIT;\n');
    } else {
        // All tutorials first, then all comments (their tutorials exist by then), 1,000 rows a statement.
        const commentRows = [];
        let rows = [];
        const statement = (head, list) => head + list.join(',\n') + ';\n';
        out.emit('START TRANSACTION;\n');
        for (const t of tutorials(n, m)) {
            rows.push(tutorialValues(t, mysqlText, mysqlTime));
            if (rows.length === MULTI_ROWS) {
                out.emit(statement(TUTORIAL_COLUMNS, rows));
                rows = [];
            }
            for (const c of t.comments) commentRows.push(commentValues(c, mysqlText, mysqlTime));
        }
        if (rows.length) out.emit(statement(TUTORIAL_COLUMNS, rows));
        for (let i = 0; i < commentRows.length; i += MULTI_ROWS)
            out.emit(statement(COMMENT_COLUMNS, commentRows.slice(i, i + MULTI_ROWS)));
        out.emit('COMMIT;\n');
    }
    out.close();
}

try {
    main(process.argv.slice(2));
} catch (err) {
    console.error(`gen.js: ${err.message}`);
    process.exitCode = 1;
}
