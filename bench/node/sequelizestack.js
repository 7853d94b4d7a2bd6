'use strict';
// The seed's stack as bench/run measures it: Sequelize 6 + mysql2, the seed's two models and their association,
// the seed's pool settings. One process per measurement, like tutorialctl:
//
//   node sequelizestack.js bulk FILE           bulkCreate of FILE (the findAll JSON shape) in chunks of 1,000 rows:
//                                         all tutorials first, then all comments with their new tutorialIds
//   node sequelizestack.js findall             findAll({include: comments}) + JSON.stringify(_, null, 2) to stdout
//   node sequelizestack.js lookups N [SEED]    N sequential findByPk(id, {include: comments}), ids from prng.js's
//                                         lookupIds() (the same as tutorialctl bench lookups; SEED default 42)
//
// Connection from the environment: BENCH_SOCKET (unix socket of the server), BENCH_DB (database name),
// BENCH_USER (default root). The tables must exist (bench/run creates them with the seed's DDL).
// Each command prints one line on stderr, `BENCH {"ms":X,...}`: the time measured inside the process. bulk and
// findall: from just before reading the file or the first query (which opens the connection) to the end of the
// work; lookups: the lookups alone, on a connection already open.

const fs = require('node:fs');
const { performance } = require('node:perf_hooks');
const Sequelize = require('sequelize');
const { lookupIds } = require('./prng');

const CHUNK = 1000;

function openSeedDb() {
    const socket = process.env.BENCH_SOCKET;
    const database = process.env.BENCH_DB;
    if (!socket || !database) throw new Error('BENCH_SOCKET and BENCH_DB must be set');
    // The seed's configuration: dialect mysql, pool max 5 / min 0 / acquire 30 s / idle 10 s, no logging.
    const sequelize = new Sequelize(database, process.env.BENCH_USER || 'root', process.env.BENCH_PASSWORD || '', {
        dialect: 'mysql',
        logging: false,
        pool: { max: 5, min: 0, acquire: 30000, idle: 10000 },
        dialectOptions: { socketPath: socket },
    });
    // The seed's models: Sequelize adds id, createdAt, updatedAt and (through the association) tutorialId.
    const Tutorial = sequelize.define('tutorial', {
        title: { type: Sequelize.STRING },
        description: { type: Sequelize.STRING },
    });
    const Comment = sequelize.define('comment', {
        name: { type: Sequelize.STRING },
        text: { type: Sequelize.STRING },
    });
    Tutorial.hasMany(Comment, { as: 'comments' });
    Comment.belongsTo(Tutorial, { foreignKey: 'tutorialId', as: 'tutorial' });
    return { sequelize, Tutorial, Comment };
}

function report(fields) {
    process.stderr.write('BENCH ' + JSON.stringify(fields) + '\n');
}

async function bulk(db, file) {
    const t0 = performance.now();
    const tutorials = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (!Array.isArray(tutorials)) throw new Error(`${file}: not a JSON array of tutorials`);
    const ids = [];
    for (let i = 0; i < tutorials.length; i += CHUNK) {
        const rows = tutorials.slice(i, i + CHUNK).map((t) => ({
            title: t.title,
            description: t.description,
            createdAt: new Date(t.createdAt),
            updatedAt: new Date(t.updatedAt),
        }));
        const created = await db.Tutorial.bulkCreate(rows);
        for (const row of created) ids.push(row.id);
    }
    let comments = 0;
    let batch = [];
    const flush = async () => {
        if (batch.length === 0) return;
        await db.Comment.bulkCreate(batch);
        comments += batch.length;
        batch = [];
    };
    for (let i = 0; i < tutorials.length; i++) {
        for (const c of tutorials[i].comments || []) {
            batch.push({
                name: c.name,
                text: c.text,
                createdAt: new Date(c.createdAt),
                updatedAt: new Date(c.updatedAt),
                tutorialId: ids[i],
            });
            if (batch.length === CHUNK) await flush();
        }
    }
    await flush();
    report({ ms: performance.now() - t0, tutorials: ids.length, comments });
}

async function findAll(db) {
    const t0 = performance.now();
    const tutorials = await db.Tutorial.findAll({ include: ['comments'] });
    const json = JSON.stringify(tutorials, null, 2);
    fs.writeSync(1, json);
    fs.writeSync(1, '\n');
    report({ ms: performance.now() - t0, tutorials: tutorials.length, bytes: Buffer.byteLength(json) + 1 });
}

async function lookups(db, count, seed) {
    // The number of tutorials is read before the clock starts (which also opens the connection, as tutorialctl's
    // warm-up query does); the lookups themselves are sequential, as the seed's controller would be called one
    // request after another.
    const [[row]] = await db.sequelize.query('SELECT COUNT(*) AS n FROM tutorials');
    const ids = lookupIds(count, seed, Number(row.n));
    let found = 0;
    let comments = 0;
    const t0 = performance.now();
    for (const id of ids) {
        const tutorial = await db.Tutorial.findByPk(id, { include: ['comments'] });
        if (tutorial) {
            found++;
            comments += tutorial.comments.length;
        }
    }
    report({ ms: performance.now() - t0, lookups: ids.length, found, comments });
}

async function main(argv) {
    const [command, ...args] = argv;
    const db = openSeedDb();
    try {
        if (command === 'bulk' && args.length === 1) await bulk(db, args[0]);
        else if (command === 'findall' && args.length === 0) await findAll(db);
        else if (command === 'lookups' && args.length >= 1 && args.length <= 2)
            await lookups(db, Number(args[0]), Number(args[1] || 42));
        else throw new Error('usage: sequelizestack.js bulk FILE | findall | lookups N [SEED]');
    } finally {
        await db.sequelize.close();
    }
}

main(process.argv.slice(2)).catch((err) => {
    console.error(`sequelizestack.js: ${err && err.stack ? err.stack : err}`);
    process.exitCode = 1;
});
