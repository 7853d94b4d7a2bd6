'use strict';
// Interop between Tutorial Desk's command-line tool (tutorialctl) and the seed program (Sequelize 6 + mysql2):
// both sides must read the same rows as the same JSON, and each must read what the other wrote.
//
//   TUTORIALCTL                  absolute path to the built tutorialctl
//   TUTORIALDESK_TEST_MYSQL_URL  mysql://root@127.0.0.1:PORT/NAME?socket=PATH, an account that may create and
//                                drop databases; every check runs in its own NAME_interop_* database
//
// Run:  npm ci --prefix tests/interop && node --test tests/interop/
// JSON is compared parsed (key order is irrelevant; names, types and values are not). tutorialctl defines
// tutorials and the comments inside them to be in id order; Sequelize defines no order, so only its side is
// sorted before comparing.

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

function requireDependency(name) {
    try {
        return require(name);
    } catch (err) {
        throw new Error(
            `cannot load "${name}" (${err.message}); install the test's dependencies first: ` +
                `npm ci --prefix ${path.relative(process.cwd(), __dirname) || '.'}`,
        );
    }
}
const mysql = requireDependency('mysql2/promise');
const { createDb } = require('./sequelize-app/app/models');
const { createController } = require('./sequelize-app/app/controllers/tutorial.controller');

const SEED_SERVER = path.join(__dirname, 'sequelize-app', 'server.js');
const CTL_TIMEOUT_MS = 60_000;
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const TUTORIAL_KEYS = ['createdAt', 'description', 'id', 'title', 'updatedAt'];
const COMMENT_KEYS = ['createdAt', 'id', 'name', 'text', 'tutorialId', 'updatedAt'];

// The seed's demo prints these section headers, in this order (the JSON that follows each one is not shown).
const SEED_DEMO_HEADERS = [
    'Drop and re-sync db.',
    '>> Created tutorial:',
    '>> Created tutorial:',
    '>> Created comment:',
    '>> Created comment:',
    '>> Created comment:',
    '>> Created comment:',
    '>> Tutorial id=1',
    '>> Tutorial id=2',
    '>> Comment id=1',
    '>> Comment id=3',
    '>> All tutorials',
];

// ---------------------------------------------------------------------------------------------------------------
// Configuration

// mysql://USER[:PASSWORD]@HOST[:PORT][,MORE]/DB[?QUERY]; the query is kept verbatim for tutorialctl.
function parseMysqlUrl(text) {
    const m = /^(mysql|mariadb):\/\/(?:([^@/?]*)@)?([^/?]*)\/([^?]*)(?:\?(.*))?$/i.exec(text.trim());
    if (!m) {
        throw new Error(`TUTORIALDESK_TEST_MYSQL_URL is not mysql://USER@HOST[:PORT]/DB[?socket=PATH]: ${text}`);
    }
    const [, scheme, userInfo = '', hosts, database, query = ''] = m;
    const colon = userInfo.indexOf(':');
    const user = decodeURIComponent(colon < 0 ? userInfo : userInfo.slice(0, colon));
    const password = colon < 0 ? '' : decodeURIComponent(userInfo.slice(colon + 1));
    const firstHost = hosts.split(',')[0];
    const hostMatch = /^(\[[^\]]+\]|[^:]*)(?::(\d+))?$/.exec(firstHost);
    const host = (hostMatch && hostMatch[1].replace(/^\[|\]$/g, '')) || '127.0.0.1';
    const port = hostMatch && hostMatch[2] ? Number(hostMatch[2]) : 3306;
    const params = new URLSearchParams(query);
    const dbName = decodeURIComponent(database);
    if (!dbName) throw new Error(`TUTORIALDESK_TEST_MYSQL_URL names no database: ${text}`);
    if (!user) throw new Error(`TUTORIALDESK_TEST_MYSQL_URL names no user: ${text}`);
    return {
        scheme,
        userInfo,
        hosts,
        query,
        user,
        password,
        host,
        port,
        socket: params.get('socket') || undefined,
        database: dbName,
        // The same URL with another database name, for tutorialctl --database.
        withDatabase(name) {
            const auth = userInfo ? `${userInfo}@` : '';
            return `${scheme}://${auth}${hosts}/${encodeURIComponent(name)}${query ? `?${query}` : ''}`;
        },
    };
}

const missing = ['TUTORIALCTL', 'TUTORIALDESK_TEST_MYSQL_URL'].filter((name) => !process.env[name]);

function checkEnvironment() {
    if (missing.length) {
        throw new Error(
            `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set. This suite needs ` +
                'TUTORIALCTL=/absolute/path/to/tutorialctl and ' +
                'TUTORIALDESK_TEST_MYSQL_URL=mysql://root@127.0.0.1:PORT/NAME?socket=PATH (a throwaway MariaDB ' +
                'account allowed to create and drop databases). It refuses to skip silently.',
        );
    }
    const ctl = process.env.TUTORIALCTL;
    if (!path.isAbsolute(ctl)) throw new Error(`TUTORIALCTL must be an absolute path, got "${ctl}"`);
    try {
        fs.accessSync(ctl, fs.constants.X_OK);
    } catch (err) {
        throw new Error(`TUTORIALCTL=${ctl} is not an executable file (${err.code})`);
    }
    return { ctl, server: parseMysqlUrl(process.env.TUTORIALDESK_TEST_MYSQL_URL) };
}

// ---------------------------------------------------------------------------------------------------------------
// Databases: each check gets its own, created here and dropped at the end.

const state = { ctl: null, server: null, admin: null, databases: [], sequelizes: [] };

function uniqueDatabaseName(label) {
    const suffix = `_interop_${label}_${process.pid}_${crypto.randomBytes(3).toString('hex')}`;
    return state.server.database.slice(0, 64 - suffix.length) + suffix;
}

async function createDatabase(label) {
    const name = uniqueDatabaseName(label);
    await state.admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4`);
    state.databases.push(name);
    const db = createDb({
        HOST: state.server.host,
        PORT: state.server.port,
        USER: state.server.user,
        PASSWORD: state.server.password,
        DB: name,
        socket: state.server.socket,
    });
    state.sequelizes.push(db.sequelize);
    const logs = [];
    const controller = createController(db, (...args) => logs.push(args.map(String).join(' ')));
    return { name, url: state.server.withDatabase(name), db, controller, logs };
}

// The seed's server.js run as the seed runs it: its own process, connection settings from the environment.
function runSeedDemo(target) {
    const env = {
        ...process.env,
        HOST: state.server.host,
        PORT: String(state.server.port),
        USER: state.server.user,
        PASSWORD: state.server.password,
        DB: target.name,
    };
    delete env.SOCKET;
    delete env.DB_SOCKET;
    if (state.server.socket) env.SOCKET = state.server.socket;
    const r = spawnSync(process.execPath, [SEED_SERVER], { env, encoding: 'utf8', timeout: CTL_TIMEOUT_MS });
    assert.equal(r.status, 0, `seed server.js failed (status ${r.status}, ${r.error || ''}):\n${r.stderr}${r.stdout}`);
    return r.stdout;
}

// ---------------------------------------------------------------------------------------------------------------
// tutorialctl

function ctl(target, args, { tz, env: extraEnv } = {}) {
    const env = { ...process.env, ...extraEnv };
    if (tz) env.TZ = tz;
    const argv = ['--database', target.url, ...args];
    const r = spawnSync(state.ctl, argv, { env, encoding: 'utf8', timeout: CTL_TIMEOUT_MS });
    r.command = `${tz ? `TZ=${tz} ` : ''}tutorialctl ${argv.map((a) => (/^[\w@:/.=?-]+$/.test(a) ? a : JSON.stringify(a))).join(' ')}`;
    return r;
}

function describeRun(r) {
    return `${r.command}\n  exit status: ${r.status}${r.signal ? ` signal ${r.signal}` : ''}${r.error ? ` (${r.error.message})` : ''}` +
        `\n  stderr: ${r.stderr}\n  stdout: ${String(r.stdout).slice(0, 4000)}`;
}

function ctlOk(target, args, options) {
    const r = ctl(target, args, options);
    assert.equal(r.status, 0, `expected exit status 0 from\n${describeRun(r)}`);
    return r;
}

function ctlJson(target, args, options) {
    const r = ctlOk(target, args, options);
    try {
        return JSON.parse(r.stdout);
    } catch (err) {
        assert.fail(`stdout of tutorialctl is not JSON (${err.message}):\n${describeRun(r)}`);
    }
}

function ctlFails(target, args, expectedStatus, options) {
    const r = ctl(target, args, options);
    assert.equal(r.status, expectedStatus, `expected exit status ${expectedStatus} from\n${describeRun(r)}`);
    const lines = r.stderr.split('\n').filter((l) => l.trim() !== '');
    assert.ok(lines.length >= 1, `expected an error message on stderr from\n${describeRun(r)}`);
    return r;
}

// ---------------------------------------------------------------------------------------------------------------
// Sequelize, through the seed's own controller. The controller turns errors into undefined (and logs them), as
// the seed does; here that is a failure.

const plain = (value) => JSON.parse(JSON.stringify(value));
const byId = (a, b) => a.id - b.id;

function sortTutorial(t) {
    if (t && Array.isArray(t.comments)) t.comments.sort(byId);
    return t;
}

async function seed(target, what, promise) {
    const value = await promise;
    assert.notEqual(value, undefined, `Sequelize ${what} failed: ${target.logs.join('\n')}`);
    return value === null ? null : plain(value);
}

async function seqFindAll(target) {
    const all = await seed(target, 'findAll', target.controller.findAll());
    return all.sort(byId).map(sortTutorial);
}
async function seqTutorial(target, id) {
    return sortTutorial(await seed(target, `findTutorialById(${id})`, target.controller.findTutorialById(id)));
}
async function seqComment(target, id) {
    return seed(target, `findCommentById(${id})`, target.controller.findCommentById(id));
}
async function seqTutorialRow(target, id) {
    return seed(target, `Tutorial.findByPk(${id})`, target.db.tutorials.findByPk(id));
}
async function seqCommentRow(target, id) {
    return seed(target, `Comment.findByPk(${id})`, target.db.comments.findByPk(id));
}

// ---------------------------------------------------------------------------------------------------------------
// Comparisons

function assertSameJson(actual, expected, what) {
    assert.deepStrictEqual(
        actual,
        expected,
        `${what}: tutorialctl and Sequelize differ\n--- tutorialctl:\n${JSON.stringify(actual, null, 2)}\n` +
            `--- Sequelize:\n${JSON.stringify(expected, null, 2)}`,
    );
}

// Every read command of tutorialctl against the matching Sequelize read, for every row in the database.
async function assertReadsAgree(target, options = {}) {
    const all = await seqFindAll(target);
    const tz = options.tz ? ` (TZ=${options.tz})` : '';
    assertSameJson(ctlJson(target, ['tutorial', 'list'], options), all, `tutorial list${tz}`);

    const commentIds = (await target.db.comments.findAll({ attributes: ['id'] })).map((c) => c.id);
    for (const t of all) {
        assertSameJson(ctlJson(target, ['tutorial', 'show', String(t.id)], options), await seqTutorial(target, t.id),
            `tutorial show ${t.id}${tz}`);
    }
    for (const id of commentIds) {
        assertSameJson(ctlJson(target, ['comment', 'show', String(id)], options), await seqComment(target, id),
            `comment show ${id}${tz}`);
    }
    return { tutorials: all.length, comments: commentIds.length };
}

function assertTimestamps(obj, what) {
    for (const key of ['createdAt', 'updatedAt']) {
        assert.match(String(obj[key]), ISO_UTC, `${what}.${key} is not an ISO 8601 UTC timestamp with milliseconds`);
    }
}

function assertRecent(iso, what, slackMs = 5 * 60_000) {
    const delta = Math.abs(Date.parse(iso) - Date.now());
    assert.ok(delta <= slackMs, `${what} = ${iso} is ${Math.round(delta / 1000)} s away from now ` +
        `(${new Date().toISOString()}): written in local time instead of UTC?`);
}

// A row printed by tutorialctl after a write against the same row read by Sequelize: every column equal;
// tutorialctl may add the association ("comments" for a tutorial, "tutorial" for a comment) but nothing else.
function assertPrintedRow(printed, row, columns, association, what) {
    assert.ok(printed && typeof printed === 'object' && !Array.isArray(printed), `${what}: not a JSON object`);
    const extra = Object.keys(printed).filter((k) => !columns.includes(k) && k !== association);
    assert.deepEqual(extra, [], `${what}: unexpected keys in tutorialctl's output`);
    const picked = Object.fromEntries(columns.map((k) => [k, printed[k]]));
    assertSameJson(picked, row, what);
    assertTimestamps(printed, what);
}

// "label {json...}" sections of a seed-style log: a section starts at a line beginning with ">> " or at the
// seed's "Drop and re-sync db." line; the JSON runs to the next section.
function parseDemoOutput(stdout) {
    const sections = [];
    const preamble = [];
    for (const line of stdout.split('\n')) {
        if (line.startsWith('>> ') || line === 'Drop and re-sync db.') {
            const m = /^(.*?)\s*([[{].*|null)?$/.exec(line);
            sections.push({ header: m[1].trim(), body: m[2] ? [m[2]] : [] });
        } else if (sections.length) {
            sections[sections.length - 1].body.push(line);
        } else if (line.trim()) {
            preamble.push(line);
        }
    }
    for (const s of sections) {
        s.text = s.body.join('\n').trim();
        if (s.text) {
            try {
                s.json = JSON.parse(s.text);
            } catch (err) {
                s.error = `${err.message} in:\n${s.text}`;
            }
        }
    }
    return { sections, preamble };
}

function assertDemoStructure(stdout, who) {
    const { sections, preamble } = parseDemoOutput(stdout);
    assert.deepEqual(sections.map((s) => s.header), SEED_DEMO_HEADERS,
        `${who}: the demo's section headers differ from the seed's\n${stdout}`);
    assert.deepEqual(preamble, [], `${who}: unexpected lines before "Drop and re-sync db."`);
    assert.equal(sections[0].text, '', `${who}: text after "Drop and re-sync db."`);
    for (const s of sections.slice(1)) {
        assert.equal(s.error, undefined, `${who}: the JSON after "${s.header}" does not parse: ${s.error}`);
        assert.notEqual(s.json, undefined, `${who}: no JSON after "${s.header}"`);
    }
    return sections;
}

// ---------------------------------------------------------------------------------------------------------------

// A test of its own, so a missing variable is one clear failure rather than only cancelled checks.
it('the environment names tutorialctl and a MariaDB server', () => {
    checkEnvironment();
});

describe('tutorialctl and the Sequelize seed share one MariaDB database', () => {
    before(async () => {
        Object.assign(state, checkEnvironment());
        const s = state.server;
        try {
            state.admin = await mysql.createConnection({
                host: s.host,
                port: s.port,
                user: s.user,
                password: s.password,
                socketPath: s.socket,
                connectTimeout: 10_000,
            });
        } catch (err) {
            throw new Error(`cannot connect to TUTORIALDESK_TEST_MYSQL_URL=${process.env.TUTORIALDESK_TEST_MYSQL_URL}: ${err.message}`);
        }
    });

    after(async () => {
        for (const sequelize of state.sequelizes) await sequelize.close().catch(() => {});
        if (state.admin) {
            for (const name of state.databases) await state.admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
            await state.admin.end();
        }
    });

    it('a) after the seed demo, tutorialctl list/show read exactly what Sequelize reads', async () => {
        const target = await createDatabase('a');
        const seedOut = runSeedDemo(target);
        assertDemoStructure(seedOut, 'seed server.js'); // the reproduction itself prints the seed's sections

        const counts = await assertReadsAgree(target);
        assert.deepEqual(counts, { tutorials: 2, comments: 4 });
        // The four reads the brief names, spelled out so a failure names them.
        assertSameJson(ctlJson(target, ['tutorial', 'show', '1']), await seqTutorial(target, 1), 'tutorial show 1');
        assertSameJson(ctlJson(target, ['tutorial', 'show', '2']), await seqTutorial(target, 2), 'tutorial show 2');
        assertSameJson(ctlJson(target, ['comment', 'show', '1']), await seqComment(target, 1), 'comment show 1');
        assertSameJson(ctlJson(target, ['comment', 'show', '3']), await seqComment(target, 3), 'comment show 3');
    });

    it('d) the same reads agree with TZ=America/New_York in tutorialctl\'s environment', async () => {
        const target = await createDatabase('d');
        runSeedDemo(target);
        const options = { tz: 'America/New_York' };
        await assertReadsAgree(target, options);
        const shown = ctlJson(target, ['tutorial', 'show', '1'], options);
        assertTimestamps(shown, 'tutorial show 1 (TZ=America/New_York)');
        assertSameJson(shown, await seqTutorial(target, 1), 'tutorial show 1 (TZ=America/New_York)');
        assertSameJson(ctlJson(target, ['comment', 'show', '3'], options), await seqComment(target, 3),
            'comment show 3 (TZ=America/New_York)');
    });

    it('b) orphan comments: "tutorial": null on both sides, and the list still agrees', async () => {
        const target = await createDatabase('b');
        runSeedDemo(target);

        // Deleting Tut#2 through Sequelize: ON DELETE SET NULL leaves comments 3 and 4 without a tutorial.
        assert.equal(await target.db.tutorials.destroy({ where: { id: 2 } }), 1);
        // A comment created without a tutorial at all, and a tutorial without comments.
        const lonely = await seed(target, 'createComment(null)',
            target.controller.createComment(null, { name: 'nobody', text: 'no tutorial' }));
        const empty = await seed(target, 'createTutorial',
            target.controller.createTutorial({ title: 'Tut#3', description: 'no comments' }));

        for (const id of [3, 4, lonely.id]) {
            const expected = await seqComment(target, id);
            assert.equal(expected.tutorial, null, `Sequelize: comment ${id} should be an orphan`);
            assert.equal(expected.tutorialId, null);
            const actual = ctlJson(target, ['comment', 'show', String(id)]);
            assert.ok('tutorial' in actual, `comment show ${id}: no "tutorial" key in ${JSON.stringify(actual)}`);
            assert.equal(actual.tutorial, null, `comment show ${id}: "tutorial" should be null`);
            assertSameJson(actual, expected, `comment show ${id} (orphan)`);
        }

        const expectedEmpty = await seqTutorial(target, empty.id);
        assert.deepEqual(expectedEmpty.comments, []);
        assertSameJson(ctlJson(target, ['tutorial', 'show', String(empty.id)]), expectedEmpty,
            `tutorial show ${empty.id} (no comments)`);
        await assertReadsAgree(target);

        // The deleted tutorial is gone for both: Sequelize gives null, tutorialctl exits 1.
        assert.equal(await seqTutorial(target, 2), null);
        ctlFails(target, ['tutorial', 'show', '2'], 1);
        assert.equal(await seqComment(target, 999), null);
        ctlFails(target, ['comment', 'show', '999'], 1);
    });

    it('c) tutorialctl demo prints the seed\'s demo, and Sequelize reads the result', async () => {
        const target = await createDatabase('c');
        // A database the seed already used, with an extra row: demo must reset it (ids start at 1 again).
        runSeedDemo(target);
        await seed(target, 'createTutorial', target.controller.createTutorial({ title: 'left over', description: 'x' }));

        const r = ctlOk(target, ['demo']);
        const sections = assertDemoStructure(r.stdout, 'tutorialctl demo');
        const all = await seqFindAll(target);
        assert.equal(all.length, 2, 'after tutorialctl demo Sequelize should find exactly Tut#1 and Tut#2');

        // The created rows, as printed when created, against the rows Sequelize reads back. The seed prints the
        // in-memory object (milliseconds not yet dropped by the DATETIME column), so timestamps get 1 s slack.
        const created = sections.filter((s) => s.header.startsWith('>> Created'));
        const expectedTutorials = [
            { title: 'Tut#1', description: 'Tut#1 Description' },
            { title: 'Tut#2', description: 'Tut#2 Description' },
        ];
        const expectedComments = [
            { name: 'bezkoder', text: 'Good job!', tutorialId: 1 },
            { name: 'zkoder', text: 'One of the best tuts!', tutorialId: 1 },
            { name: 'aKoder', text: 'Hi, thank you!', tutorialId: 2 },
            { name: 'anotherKoder', text: 'Awesome tut!', tutorialId: 2 },
        ];
        for (const [i, s] of created.entries()) {
            const isTutorial = s.header === '>> Created tutorial:';
            const keys = isTutorial ? TUTORIAL_KEYS : COMMENT_KEYS;
            const what = `tutorialctl demo "${s.header}" #${i + 1}`;
            assert.deepEqual(Object.keys(s.json).sort(), keys, `${what}: keys`);
            assertTimestamps(s.json, what);
            const row = isTutorial ? await seqTutorialRow(target, s.json.id) : await seqCommentRow(target, s.json.id);
            assert.ok(row, `${what}: Sequelize finds no row with id ${s.json.id}`);
            const want = isTutorial ? expectedTutorials[i] : expectedComments[i - 2];
            const ownId = isTutorial ? i + 1 : i - 1;
            assert.deepEqual({ ...s.json, createdAt: 0, updatedAt: 0 }, { id: ownId, ...want, createdAt: 0, updatedAt: 0 },
                `${what}: values`);
            for (const key of ['createdAt', 'updatedAt']) {
                const delta = Math.abs(Date.parse(s.json[key]) - Date.parse(row[key]));
                assert.ok(delta <= 1000, `${what}: ${key} ${s.json[key]} vs ${row[key]} in the database`);
            }
        }

        const byHeader = (h) => sections.find((s) => s.header === h).json;
        assertSameJson(byHeader('>> Tutorial id=1'), await seqTutorial(target, 1), 'demo ">> Tutorial id=1"');
        assertSameJson(byHeader('>> Tutorial id=2'), await seqTutorial(target, 2), 'demo ">> Tutorial id=2"');
        assertSameJson(byHeader('>> Comment id=1'), await seqComment(target, 1), 'demo ">> Comment id=1"');
        assertSameJson(byHeader('>> Comment id=3'), await seqComment(target, 3), 'demo ">> Comment id=3"');
        assertSameJson(byHeader('>> All tutorials'), all, 'demo ">> All tutorials"');
        assertSameJson(ctlJson(target, ['tutorial', 'list']), all, 'tutorial list after demo');

        // The seed keeps working on the schema tutorialctl made.
        const more = await seed(target, 'createComment', target.controller.createComment(1, { name: 'n', text: 't' }));
        assert.equal(more.id, 5);
        await assertReadsAgree(target);
    });

    it('e) rows written by tutorialctl are read back by Sequelize', async () => {
        const target = await createDatabase('e');
        await target.db.sequelize.sync({ force: true }); // the schema as the seed creates it

        const t = ctlJson(target, ['tutorial', 'create', '--title', 'Interop title', '--description', 'Interop description']);
        assert.equal(typeof t.id, 'number', `tutorial create printed no numeric id: ${JSON.stringify(t)}`);
        assert.equal(t.title, 'Interop title');
        assert.equal(t.description, 'Interop description');
        if ('comments' in t) assert.deepEqual(t.comments, [], 'a new tutorial has no comments');
        assertPrintedRow(t, await seqTutorialRow(target, t.id), TUTORIAL_KEYS, 'comments', 'tutorial create');
        assertRecent(t.createdAt, 'tutorial create: createdAt');

        const c = ctlJson(target, ['comment', 'create', '--tutorial', String(t.id), '--name', 'N', '--text', 'T']);
        assert.equal(c.tutorialId, t.id);
        assert.equal(c.name, 'N');
        assert.equal(c.text, 'T');
        assertPrintedRow(c, await seqCommentRow(target, c.id), COMMENT_KEYS, 'tutorial', 'comment create');
        assertRecent(c.createdAt, 'comment create: createdAt');
        const seqC = await seqComment(target, c.id);
        assert.equal(seqC.tutorial.id, t.id, 'Sequelize: the new comment belongs to the new tutorial');
        assert.deepEqual((await seqTutorial(target, t.id)).comments.map((x) => x.id), [c.id]);

        // Update after a second has passed, so a bumped updatedAt is visible in a DATETIME column.
        await new Promise((resolve) => setTimeout(resolve, 1100));
        const u = ctlJson(target, ['tutorial', 'update', String(t.id), '--title', 'Renamed']);
        const uRow = await seqTutorialRow(target, t.id);
        assertPrintedRow(u, uRow, TUTORIAL_KEYS, 'comments', 'tutorial update');
        assert.equal(uRow.title, 'Renamed');
        assert.equal(uRow.description, 'Interop description', 'tutorial update --title must keep the description');
        assert.equal(uRow.createdAt, t.createdAt, 'tutorial update must keep createdAt');
        assert.ok(Date.parse(uRow.updatedAt) > Date.parse(t.updatedAt),
            `tutorial update must move updatedAt forward, as Sequelize's update does (${t.updatedAt} -> ${uRow.updatedAt})`);

        const u2 = ctlJson(target, ['tutorial', 'update', String(t.id), '--description', 'New description']);
        assertPrintedRow(u2, await seqTutorialRow(target, t.id), TUTORIAL_KEYS, 'comments', 'tutorial update --description');
        assert.equal(u2.title, 'Renamed');

        // An empty string is a value, not NULL, as it is for Sequelize.
        const blank = ctlJson(target, ['tutorial', 'update', String(t.id), '--description', '']);
        const blankRow = await seqTutorialRow(target, t.id);
        assertPrintedRow(blank, blankRow, TUTORIAL_KEYS, 'comments', 'tutorial update --description ""');
        assert.equal(blankRow.description, '', 'tutorial update --description "" stores an empty string');
        ctlJson(target, ['tutorial', 'update', String(t.id), '--description', 'New description']);

        const d = ctlJson(target, ['comment', 'update', String(c.id), '--detach']);
        const dRow = await seqCommentRow(target, c.id);
        assertPrintedRow(d, dRow, COMMENT_KEYS, 'tutorial', 'comment update --detach');
        assert.equal(dRow.tutorialId, null, 'Sequelize: the detached comment has tutorialId NULL');
        assert.equal(dRow.name, 'N');
        assert.equal(dRow.text, 'T');
        assert.equal((await seqComment(target, c.id)).tutorial, null);
        assert.deepEqual((await seqTutorial(target, t.id)).comments, []);

        const a = ctlJson(target, ['comment', 'update', String(c.id), '--name', 'N2', '--text', 'T2', '--tutorial', String(t.id)]);
        const aRow = await seqCommentRow(target, c.id);
        assertPrintedRow(a, aRow, COMMENT_KEYS, 'tutorial', 'comment update --name --text --tutorial');
        assert.deepEqual([aRow.name, aRow.text, aRow.tutorialId], ['N2', 'T2', t.id]);

        // Written with a local time zone far from UTC: still UTC in the database.
        const ny = ctlJson(target, ['tutorial', 'create', '--title', 'From New York'], { tz: 'America/New_York' });
        const nyRow = await seqTutorialRow(target, ny.id);
        assertPrintedRow(ny, nyRow, TUTORIAL_KEYS, 'comments', 'TZ=America/New_York tutorial create');
        assert.equal(nyRow.description, null, 'tutorial create without --description stores NULL, as the seed would');
        assertRecent(nyRow.createdAt, 'TZ=America/New_York tutorial create: createdAt as Sequelize reads it');
        const nyc = ctlJson(target, ['comment', 'create', '--tutorial', String(ny.id), '--name', 'ny', '--text', 'ny'],
            { tz: 'America/New_York' });
        assertPrintedRow(nyc, await seqCommentRow(target, nyc.id), COMMENT_KEYS, 'tutorial',
            'TZ=America/New_York comment create');
        assertRecent(nyc.createdAt, 'TZ=America/New_York comment create: createdAt');

        // Text beyond ASCII, and characters JSON must escape, written by tutorialctl.
        const fancy = 'Grüße — 東京 😀 "quoted" back\\slash\ttab';
        const f = ctlJson(target, ['tutorial', 'create', '--title', fancy, '--description', 'ünïcødé']);
        const fRow = await seqTutorialRow(target, f.id);
        assert.equal(fRow.title, fancy, 'Sequelize reads back the non-ASCII title tutorialctl wrote');
        assertPrintedRow(f, fRow, TUTORIAL_KEYS, 'comments', 'tutorial create (non-ASCII)');

        await assertReadsAgree(target);
        await assertReadsAgree(target, { tz: 'America/New_York' });
    });

    it('e2) deletes by tutorialctl are seen by Sequelize (extra)', async () => {
        const target = await createDatabase('e2');
        runSeedDemo(target);

        ctlOk(target, ['tutorial', 'delete', '2', '--keep-comments']);
        assert.equal(await seqTutorial(target, 2), null, 'Sequelize: tutorial 2 is gone');
        for (const id of [3, 4]) {
            const row = await seqComment(target, id);
            assert.ok(row, `Sequelize: comment ${id} must survive tutorial delete --keep-comments`);
            assert.equal(row.tutorialId, null, `Sequelize: comment ${id} is an orphan now`);
            assert.equal(row.tutorial, null);
        }

        ctlOk(target, ['comment', 'delete', '3']);
        assert.equal(await seqComment(target, 3), null, 'Sequelize: comment 3 is gone');
        ctlFails(target, ['comment', 'delete', '3'], 1);

        ctlOk(target, ['tutorial', 'delete', '1']);
        assert.equal(await seqTutorial(target, 1), null, 'Sequelize: tutorial 1 is gone');
        await assertReadsAgree(target);
    });

    it('f) NULL columns and non-ASCII text written by Sequelize read the same in tutorialctl (extra)', async () => {
        const target = await createDatabase('f');
        await target.db.sequelize.sync({ force: true });
        const t = await seed(target, 'createTutorial', target.controller.createTutorial({ title: null, description: null }));
        const u = await seed(target, 'createTutorial', target.controller.createTutorial({
            title: 'Ünïcødé ✓ 😀 「東京」', description: 'line1\nline2 "q" \\ \u0001 </script>' }));
        await seed(target, 'createComment', target.controller.createComment(t.id, { name: null, text: null }));
        await seed(target, 'createComment', target.controller.createComment(u.id, { name: '🙂', text: 'ß' }));
        const shown = ctlJson(target, ['tutorial', 'show', String(t.id)]);
        assert.equal(shown.title, null, 'a NULL title is JSON null');
        assert.equal(shown.comments[0].name, null, 'a NULL name is JSON null');
        await assertReadsAgree(target);
    });

    it('g) tutorialctl init/reset on the seed\'s schema, and the schema init creates (extra)', async () => {
        // init on a database the seed created keeps the seed's rows.
        const seeded = await createDatabase('g1');
        runSeedDemo(seeded);
        const seededRows = await seqFindAll(seeded);
        ctlOk(seeded, ['init']);
        assertSameJson(await seqFindAll(seeded), seededRows, 'Sequelize findAll after tutorialctl init (must be unchanged)');
        ctlOk(seeded, ['reset', '--yes']);
        assert.deepEqual(await seqFindAll(seeded), [], 'Sequelize findAll after tutorialctl reset --yes');
        assertSameJson(ctlJson(seeded, ['tutorial', 'list']), [], 'tutorial list after reset');

        // init on an empty database makes the schema sync() makes.
        const fresh = await createDatabase('g2');
        ctlOk(fresh, ['init']);
        const describeSchema = async (name) => {
            const [columns] = await state.admin.query(
                'SELECT TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, COLUMN_TYPE, IS_NULLABLE, COLUMN_KEY, EXTRA ' +
                    'FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, ORDINAL_POSITION', [name]);
            const [fks] = await state.admin.query(
                'SELECT k.TABLE_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, ' +
                    'r.UPDATE_RULE, r.DELETE_RULE FROM information_schema.KEY_COLUMN_USAGE k ' +
                    'JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA ' +
                    'AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME WHERE k.TABLE_SCHEMA = ? ORDER BY k.TABLE_NAME, k.COLUMN_NAME',
                [name]);
            const [tables] = await state.admin.query(
                'SELECT TABLE_NAME, ENGINE FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME', [name]);
            return plain({ tables, columns, fks });
        };
        const reference = await createDatabase('g3');
        await reference.db.sequelize.sync({ force: true });
        assert.deepStrictEqual(await describeSchema(fresh.name), await describeSchema(reference.name),
            'the schema tutorialctl init creates differs from the one Sequelize sync() creates');
        // And the seed runs its demo (without force-dropping first) on it.
        await fresh.db.sequelize.sync();
        await seed(fresh, 'createTutorial', fresh.controller.createTutorial({ title: 'x', description: 'y' }));
        await assertReadsAgree(fresh);
    });

    it('h) tutorialctl error contract: exit 1 not found / connection failure, exit 2 usage (extra)', async () => {
        const target = await createDatabase('h');
        runSeedDemo(target);
        ctlFails(target, ['tutorial', 'show', '12345'], 1);
        ctlFails(target, ['comment', 'create', '--tutorial', '12345', '--name', 'n', '--text', 't'], 1);
        assert.equal(await target.db.comments.count(), 4, 'a failed comment create must not write a row');
        ctlFails(target, ['tutorial', 'frobnicate'], 2);
        ctlFails(target, ['tutorial', 'show'], 2);
        const unreachable = { url: state.server.withDatabase(`${target.name}_does_not_exist`) };
        ctlFails(unreachable, ['tutorial', 'list'], 1);
    });
});
