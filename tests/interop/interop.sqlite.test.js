'use strict';
// Interop on SQLite between Tutorial Desk's command-line tool (tutorialctl) and the Sequelize tutorials
// application's own code (its models, controller and server.js) running Sequelize's sqlite dialect on node-sqlite3:
// both sides must read the same file as the same JSON, each must read what the other wrote, and both may write to
// the same file at once without losing or doubling a row.
//
//   TUTORIALCTL   absolute path to the built tutorialctl
//
// Run:  npm ci --prefix tests/interop && TUTORIALCTL=$PWD/build/app/tutorialctl node --test tests/interop/interop.sqlite.test.js
// Every check works on its own file in a temporary folder, removed at the end. JSON is compared parsed (key order
// is irrelevant; names, types and values are not). tutorialctl prints tutorials and their comments in id order;
// Sequelize defines no order, so only its side is sorted before comparing.

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

function requireDependency(name) {
    try {
        return require(name);
    } catch (err) {
        throw new Error(
            `cannot load "${name}" (${err.message}); install the test's dependencies first: ` +
                `npm_config_nodedir=/usr npm ci --prefix ${path.relative(process.cwd(), __dirname) || '.'}`,
        );
    }
}
requireDependency('sqlite3'); // Sequelize's sqlite dialect loads it lazily; a missing build should say so here.
const { createDb } = require('./sequelize-app/app/models');
const { createController } = require('./sequelize-app/app/controllers/tutorial.controller');

const APP_SERVER = path.join(__dirname, 'sequelize-app', 'server.js');
const CTL_TIMEOUT_MS = 60_000;
const CONCURRENT_MS = Number(process.env.TUTORIALDESK_TEST_CONCURRENT_MS || 10_000);
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
// How Sequelize's sqlite dialect stores a DATE; tutorialctl must store the same text (ordering compares text).
const SQLITE_STORED = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3} \+00:00$/;
const TUTORIAL_KEYS = ['createdAt', 'description', 'id', 'title', 'updatedAt'];
const COMMENT_KEYS = ['createdAt', 'id', 'name', 'text', 'tutorialId', 'updatedAt'];

const state = { ctl: null, dir: null, sequelizes: [] };

function checkEnvironment() {
    const ctl = process.env.TUTORIALCTL;
    if (!ctl) {
        throw new Error('TUTORIALCTL is not set. This suite needs TUTORIALCTL=/absolute/path/to/tutorialctl. ' +
            'It refuses to skip silently.');
    }
    if (!path.isAbsolute(ctl)) throw new Error(`TUTORIALCTL must be an absolute path, got "${ctl}"`);
    try {
        fs.accessSync(ctl, fs.constants.X_OK);
    } catch (err) {
        throw new Error(`TUTORIALCTL=${ctl} is not an executable file (${err.code})`);
    }
    return ctl;
}

// ---------------------------------------------------------------------------------------------------------------
// Files, and the Sequelize application's database object on one of them.

function newFile(label) {
    const file = path.join(state.dir, `${label}.sqlite`);
    assert.equal(fs.existsSync(file), false, `${file} already exists`);
    return { file, url: `sqlite:${file}`, label };
}

function openSequelize(target) {
    const db = createDb({ dialect: 'sqlite', storage: target.file });
    state.sequelizes.push(db.sequelize);
    const logs = [];
    const controller = createController(db, (...args) => logs.push(args.map(String).join(' ')));
    return { db, controller, logs };
}

// The application's server.js in its own process, told by the environment to use its sqlite dialect on FILE.
function runAppDemo(target) {
    const env = { ...process.env, DIALECT: 'sqlite', STORAGE: target.file };
    const r = spawnSync(process.execPath, [APP_SERVER], { env, encoding: 'utf8', timeout: CTL_TIMEOUT_MS });
    assert.equal(r.status, 0, `server.js (DIALECT=sqlite) failed (status ${r.status}, ${r.error || ''}):\n${r.stderr}${r.stdout}`);
    assert.match(r.stdout, /^Drop and re-sync db\.$/m, 'server.js printed no "Drop and re-sync db."');
    return r.stdout;
}

// ---------------------------------------------------------------------------------------------------------------
// tutorialctl

function describeRun(r) {
    return `${r.command}\n  exit status: ${r.status}${r.signal ? ` signal ${r.signal}` : ''}${r.error ? ` (${r.error.message})` : ''}` +
        `\n  stderr: ${r.stderr}\n  stdout: ${String(r.stdout).slice(0, 4000)}`;
}

function ctl(target, args, { tz } = {}) {
    const env = { ...process.env };
    delete env.TUTORIALDESK_DATABASE;
    if (tz) env.TZ = tz;
    const argv = ['--database', target.url, ...args];
    const r = spawnSync(state.ctl, argv, { env, encoding: 'utf8', timeout: CTL_TIMEOUT_MS });
    r.command = `${tz ? `TZ=${tz} ` : ''}tutorialctl ${argv.map((a) => (/^[\w@:/.=?-]+$/.test(a) ? a : JSON.stringify(a))).join(' ')}`;
    return r;
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

function ctlFails(target, args, expectedStatus) {
    const r = ctl(target, args);
    assert.equal(r.status, expectedStatus, `expected exit status ${expectedStatus} from\n${describeRun(r)}`);
    return r;
}

// ---------------------------------------------------------------------------------------------------------------
// Sequelize, through the application's own controller. The controller turns errors into undefined (and logs them),
// as the application does; here that is a failure.

const plain = (value) => JSON.parse(JSON.stringify(value));
const byId = (a, b) => a.id - b.id;

function sortTutorial(t) {
    if (t && Array.isArray(t.comments)) t.comments.sort(byId);
    return t;
}

async function app(side, what, promise) {
    const value = await promise;
    assert.notEqual(value, undefined, `Sequelize ${what} failed: ${side.logs.join('\n')}`);
    return value === null ? null : plain(value);
}

async function seqFindAll(side) {
    return (await app(side, 'findAll', side.controller.findAll())).sort(byId).map(sortTutorial);
}
async function seqTutorial(side, id) {
    return sortTutorial(await app(side, `findTutorialById(${id})`, side.controller.findTutorialById(id)));
}
async function seqComment(side, id) {
    return app(side, `findCommentById(${id})`, side.controller.findCommentById(id));
}
async function seqTutorialRow(side, id) {
    return app(side, `Tutorial.findByPk(${id})`, side.db.tutorials.findByPk(id));
}
async function seqCommentRow(side, id) {
    return app(side, `Comment.findByPk(${id})`, side.db.comments.findByPk(id));
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

// Every read command of tutorialctl against the matching Sequelize read, for every row in the file, and every
// stored timestamp in the text Sequelize's sqlite dialect writes.
async function assertReadsAgree(target, side, options = {}) {
    const tz = options.tz ? ` (TZ=${options.tz})` : '';
    const all = await seqFindAll(side);
    assertSameJson(ctlJson(target, ['tutorial', 'list'], options), all, `tutorial list${tz}`);
    for (const t of all) {
        assertTimestamps(t, `tutorial ${t.id}`);
        assertSameJson(ctlJson(target, ['tutorial', 'show', String(t.id)], options), await seqTutorial(side, t.id),
            `tutorial show ${t.id}${tz}`);
    }
    // Unassigned comments are in no tutorial's list: every comment is shown by its own id.
    const commentIds = (await side.db.comments.findAll({ attributes: ['id'] })).map((c) => c.id).sort((a, b) => a - b);
    let unassigned = 0;
    for (const id of commentIds) {
        const expected = await seqComment(side, id);
        assertTimestamps(expected, `comment ${id}`);
        if (expected.tutorialId === null) unassigned++;
        assertSameJson(ctlJson(target, ['comment', 'show', String(id)], options), expected, `comment show ${id}${tz}`);
    }
    for (const table of ['tutorials', 'comments']) {
        const [rows] = await side.db.sequelize.query(`SELECT id, createdAt, updatedAt FROM ${table}`);
        for (const row of rows) {
            for (const key of ['createdAt', 'updatedAt']) {
                assert.match(row[key], SQLITE_STORED, `${table} ${row.id}.${key} is stored as "${row[key]}", not ` +
                    'as Sequelize\'s sqlite dialect stores a date');
            }
        }
    }
    return { tutorials: all.length, comments: commentIds.length, unassigned };
}

// A row printed by tutorialctl after a write against the same row read by Sequelize: every column equal;
// tutorialctl may add the association ("comments" for a tutorial, "tutorial" for a comment) but nothing else.
function assertPrintedRow(printed, row, columns, association, what) {
    assert.ok(printed && typeof printed === 'object' && !Array.isArray(printed), `${what}: not a JSON object`);
    assert.ok(row, `${what}: Sequelize finds no such row`);
    const extra = Object.keys(printed).filter((k) => !columns.includes(k) && k !== association);
    assert.deepEqual(extra, [], `${what}: unexpected keys in tutorialctl's output`);
    const picked = Object.fromEntries(columns.map((k) => [k, printed[k]]));
    assertSameJson(picked, row, what);
    assertTimestamps(printed, what);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------------------------

it('the environment names tutorialctl', () => {
    checkEnvironment();
});

describe('tutorialctl and the Sequelize application share one SQLite file', () => {
    before(() => {
        state.ctl = checkEnvironment();
        state.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tutorialdesk-interop-sqlite-'));
    });

    after(async () => {
        for (const sequelize of state.sequelizes) await sequelize.close().catch(() => {});
        if (state.dir && !process.env.TUTORIALDESK_TEST_KEEP) fs.rmSync(state.dir, { recursive: true, force: true });
    });

    it('s1) a file tutorialctl wrote (demo, creates, updates, an unassigned comment) reads the same in Sequelize', async () => {
        const target = newFile('s1');
        const demo = ctlOk(target, ['demo']);
        assert.match(demo.stdout, /^Drop and re-sync db\.$/m);
        const side = openSequelize(target);

        const t = ctlJson(target, ['tutorial', 'create', '--title', 'Interop title', '--description', 'Interop description']);
        assertPrintedRow(t, await seqTutorialRow(side, t.id), TUTORIAL_KEYS, 'comments', 'tutorial create');
        assertRecent(t.createdAt, 'tutorial create: createdAt');
        assert.equal(t.id, 3, 'the demo made tutorials 1 and 2');

        const c = ctlJson(target, ['comment', 'create', '--tutorial', String(t.id), '--name', 'N', '--text', 'T']);
        assertPrintedRow(c, await seqCommentRow(side, c.id), COMMENT_KEYS, 'tutorial', 'comment create');
        assert.equal((await seqComment(side, c.id)).tutorial.id, t.id, 'Sequelize: the new comment is in the new tutorial');

        // No description: NULL, read as null by both. Written with a local time zone far from UTC: still UTC.
        const ny = ctlJson(target, ['tutorial', 'create', '--title', 'From New York'], { tz: 'America/New_York' });
        const nyRow = await seqTutorialRow(side, ny.id);
        assertPrintedRow(ny, nyRow, TUTORIAL_KEYS, 'comments', 'TZ=America/New_York tutorial create');
        assert.equal(nyRow.description, null);
        assertRecent(nyRow.createdAt, 'TZ=America/New_York tutorial create: createdAt as Sequelize reads it');

        const fancy = 'Grüße — 東京 😀 "quoted" back\\slash\ttab';
        const f = ctlJson(target, ['tutorial', 'create', '--title', fancy, '--description', '']);
        const fRow = await seqTutorialRow(side, f.id);
        assert.equal(fRow.title, fancy, 'Sequelize reads back the non-ASCII title tutorialctl wrote');
        assert.equal(fRow.description, '', 'an empty description is an empty string, not NULL');

        await sleep(5); // a later millisecond, so a moved updatedAt shows
        const u = ctlJson(target, ['tutorial', 'update', String(t.id), '--title', 'Renamed']);
        const uRow = await seqTutorialRow(side, t.id);
        assertPrintedRow(u, uRow, TUTORIAL_KEYS, 'comments', 'tutorial update');
        assert.equal(uRow.title, 'Renamed');
        assert.equal(uRow.description, 'Interop description');
        assert.equal(uRow.createdAt, t.createdAt, 'tutorial update keeps createdAt');
        assert.ok(Date.parse(uRow.updatedAt) > Date.parse(t.updatedAt), 'tutorial update moves updatedAt forward');

        const cu = ctlJson(target, ['comment', 'update', String(c.id), '--name', 'N2', '--text', 'T2']);
        assertPrintedRow(cu, await seqCommentRow(side, c.id), COMMENT_KEYS, 'tutorial', 'comment update');

        // Comment 2 of the demo leaves Tut#1: unassigned, in no tutorial's list.
        const d = ctlJson(target, ['comment', 'update', '2', '--detach']);
        const dRow = await seqCommentRow(side, 2);
        assertPrintedRow(d, dRow, COMMENT_KEYS, 'tutorial', 'comment update 2 --detach');
        assert.equal(dRow.tutorialId, null, 'Sequelize: the detached comment has tutorialId NULL');
        const dShown = await seqComment(side, 2);
        assert.equal(dShown.tutorial, null, 'Sequelize findCommentById: "tutorial": null');
        assert.deepEqual((await seqTutorial(side, 1)).comments.map((x) => x.id), [1]);

        const counts = await assertReadsAgree(target, side);
        assert.deepEqual(counts, { tutorials: 5, comments: 5, unassigned: 1 });
        await assertReadsAgree(target, side, { tz: 'America/New_York' });
        // The four reads of the application's demo, spelled out so a failure names them.
        assertSameJson(ctlJson(target, ['tutorial', 'show', '1']), await seqTutorial(side, 1), 'tutorial show 1');
        assertSameJson(ctlJson(target, ['comment', 'show', '2']), dShown, 'comment show 2 (unassigned)');
        ctlFails(target, ['tutorial', 'show', '99'], 1);
        assert.equal(await seqTutorial(side, 99), null);
    });

    it('s2) a file the Sequelize application made (sync, server.js, creates) reads the same in tutorialctl, and back', async () => {
        const target = newFile('s2');
        runAppDemo(target); // the application's server.js, DIALECT=sqlite STORAGE=file: sync({force: true}) and its demo
        const side = openSequelize(target);
        await side.db.sequelize.sync(); // as the application starts: the tables exist, nothing changes
        const lonely = await app(side, 'createComment(null)',
            side.controller.createComment(null, { name: 'nobody', text: 'no tutorial' }));
        const empty = await app(side, 'createTutorial', side.controller.createTutorial({ title: null, description: null }));
        const fancy = await app(side, 'createTutorial', side.controller.createTutorial({
            title: 'Ünïcødé ✓ 😀 「東京」', description: 'line1\nline2 "q" \\ \u0001 </script>' }));
        await app(side, 'createComment', side.controller.createComment(fancy.id, { name: '🙂', text: 'ß' }));

        let counts = await assertReadsAgree(target, side);
        assert.deepEqual(counts, { tutorials: 4, comments: 6, unassigned: 1 });
        await assertReadsAgree(target, side, { tz: 'America/New_York' });
        const shown = ctlJson(target, ['comment', 'show', String(lonely.id)]);
        assert.ok('tutorial' in shown && shown.tutorial === null, `comment show ${lonely.id}: "tutorial": null`);
        assert.equal(ctlJson(target, ['tutorial', 'show', String(empty.id)]).title, null, 'a NULL title is JSON null');

        // Now tutorialctl writes into the application's file, with the application's connection open.
        const before = await seqTutorialRow(side, 1);
        await sleep(5);
        const u = ctlJson(target, ['tutorial', 'update', '1', '--description', 'changed by tutorialctl']);
        const uRow = await seqTutorialRow(side, 1);
        assertPrintedRow(u, uRow, TUTORIAL_KEYS, 'comments', 'tutorial update 1');
        assert.equal(uRow.description, 'changed by tutorialctl', 'Sequelize reads tutorialctl\'s update');
        assert.ok(Date.parse(uRow.updatedAt) > Date.parse(before.updatedAt), 'updatedAt moved forward');
        const t = ctlJson(target, ['tutorial', 'create', '--title', 'by tutorialctl']);
        assertPrintedRow(t, await seqTutorialRow(side, t.id), TUTORIAL_KEYS, 'comments', 'tutorial create');
        const c = ctlJson(target, ['comment', 'create', '--tutorial', String(t.id), '--name', 'ctl', '--text', 'hello']);
        assertPrintedRow(c, await seqCommentRow(side, c.id), COMMENT_KEYS, 'tutorial', 'comment create');
        assert.deepEqual((await seqTutorial(side, t.id)).comments.map((x) => x.id), [c.id]);
        const d = ctlJson(target, ['comment', 'update', '3', '--detach']);
        assertPrintedRow(d, await seqCommentRow(side, 3), COMMENT_KEYS, 'tutorial', 'comment update 3 --detach');
        assert.equal((await seqComment(side, 3)).tutorial, null, 'Sequelize: comment 3 is unassigned now');
        const moved = ctlJson(target, ['comment', 'update', String(lonely.id), '--tutorial', '1']);
        assertPrintedRow(moved, await seqCommentRow(side, lonely.id), COMMENT_KEYS, 'tutorial', 'comment update --tutorial 1');
        assert.equal((await seqComment(side, lonely.id)).tutorial.id, 1);

        counts = await assertReadsAgree(target, side);
        assert.deepEqual(counts, { tutorials: 5, comments: 7, unassigned: 1 });

        // And the application's own server.js runs again on the file tutorialctl wrote to (it drops and re-syncs).
        await side.db.sequelize.close();
        runAppDemo(target);
        const again = openSequelize(target);
        counts = await assertReadsAgree(target, again);
        assert.deepEqual(counts, { tutorials: 2, comments: 4, unassigned: 0 });
    });

    it('s3) ON DELETE SET NULL: a tutorial deleted on one side leaves its kept comments unassigned on the other', async () => {
        const target = newFile('s3');
        runAppDemo(target);
        const side = openSequelize(target);

        // Through Sequelize (the foreign keys its sqlite connection turns on): tutorial 2's comments 3 and 4 stay.
        assert.equal(await side.db.tutorials.destroy({ where: { id: 2 } }), 1);
        ctlFails(target, ['tutorial', 'show', '2'], 1);
        for (const id of [3, 4]) {
            const shown = ctlJson(target, ['comment', 'show', String(id)]);
            assert.equal(shown.tutorialId, null, `tutorialctl: comment ${id} is unassigned after Sequelize's delete`);
            assert.equal(shown.tutorial, null);
            assertSameJson(shown, await seqComment(side, id), `comment show ${id}`);
        }

        // Through tutorialctl: tutorial 1 with --keep-comments; comments 1 and 2 stay.
        ctlOk(target, ['tutorial', 'delete', '1', '--keep-comments']);
        assert.equal(await seqTutorial(side, 1), null, 'Sequelize: tutorial 1 is gone');
        for (const id of [1, 2]) {
            const row = await seqComment(side, id);
            assert.ok(row, `Sequelize: comment ${id} survives tutorial delete --keep-comments`);
            assert.equal(row.tutorialId, null, `Sequelize: comment ${id} is unassigned after tutorialctl's delete`);
            assert.equal(row.tutorial, null);
        }
        assert.equal(await side.db.comments.count(), 4, 'all four comments are kept');

        // The database's own rule, not tutorialctl's code: a delete by the sqlite3 shell with foreign keys on.
        const t = await app(side, 'createTutorial', side.controller.createTutorial({ title: 'x', description: 'y' }));
        const c = await app(side, 'createComment', side.controller.createComment(t.id, { name: 'n', text: 't' }));
        const sh = spawnSync('sqlite3', [target.file, `PRAGMA foreign_keys=ON; DELETE FROM tutorials WHERE id=${t.id};`],
            { encoding: 'utf8', timeout: CTL_TIMEOUT_MS });
        assert.equal(sh.status, 0, `sqlite3 shell: ${sh.error || sh.stderr}`);
        assert.equal(ctlJson(target, ['comment', 'show', String(c.id)]).tutorialId, null);
        assert.equal((await seqComment(side, c.id)).tutorialId, null);

        assert.deepEqual(await assertReadsAgree(target, side), { tutorials: 0, comments: 5, unassigned: 5 });
    });

    it(`s4) concurrent writers: Sequelize and tutorialctl create tutorials on one file for ${CONCURRENT_MS / 1000} s`,
        { timeout: CONCURRENT_MS + 120_000 }, async (t) => {
            const target = newFile('s4');
            ctlOk(target, ['init']);
            const side = openSequelize(target);
            await side.db.sequelize.sync(); // the application's start-up on tutorialctl's schema

            // Busy errors are retried by each side's own policy: Sequelize's (retry up to 5 times on
            // "SQLITE_BUSY: database is locked", node-sqlite3 waiting 1 s each), tutorialctl's (waits up to 5 s,
            // then exit 1 "the database is busy"), and on top of that by the loops here. All are counted.
            const figures = {
                sequelizeCreated: 0, ctlCreated: 0, sequelizeBusyErrors: 0, sequelizeFailedCreates: 0,
                ctlBusyExits: 0, ctlRuns: 0, sequelizeSlowestMs: 0, ctlSlowestMs: 0,
            };
            const baseRetry = side.db.sequelize.options.retry;
            side.db.sequelize.options.retry = {
                ...baseRetry,
                report: (message, options, err) => {
                    if (err) figures.sequelizeBusyErrors++;
                },
            };

            const created = new Map(); // title -> id, as each side printed or returned it
            const start = Date.now();
            const deadline = start + CONCURRENT_MS;

            const sequelizeLoop = async () => {
                for (let n = 0; Date.now() < deadline; n++) {
                    const title = `sequelize-${n}`;
                    for (let attempt = 0; ; attempt++) {
                        side.logs.length = 0;
                        const began = Date.now();
                        const row = await side.controller.createTutorial({ title, description: 'written by Sequelize' });
                        figures.sequelizeSlowestMs = Math.max(figures.sequelizeSlowestMs, Date.now() - began);
                        if (row) {
                            created.set(title, row.id);
                            figures.sequelizeCreated++;
                            break;
                        }
                        const log = side.logs.join('\n');
                        assert.match(log, /SQLITE_BUSY/, `Sequelize createTutorial("${title}") failed: ${log}`);
                        assert.ok(attempt < 20, `Sequelize createTutorial("${title}") busy 20 times in a row: ${log}`);
                        figures.sequelizeFailedCreates++;
                    }
                }
            };

            const runCtl = (args) => new Promise((resolve) => {
                const child = spawn(state.ctl, ['--database', target.url, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
                let stdout = '';
                let stderr = '';
                child.stdout.setEncoding('utf8').on('data', (s) => { stdout += s; });
                child.stderr.setEncoding('utf8').on('data', (s) => { stderr += s; });
                const timer = setTimeout(() => child.kill('SIGKILL'), CTL_TIMEOUT_MS);
                child.on('close', (status, signal) => {
                    clearTimeout(timer);
                    resolve({ status, signal, stdout, stderr, command: `tutorialctl ${args.join(' ')}` });
                });
            });

            const ctlLoop = async () => {
                for (let n = 0; Date.now() < deadline; n++) {
                    const title = `tutorialctl-${n}`;
                    for (let attempt = 0; ; attempt++) {
                        figures.ctlRuns++;
                        const began = Date.now();
                        const r = await runCtl(['tutorial', 'create', '--title', title, '--description', 'written by tutorialctl']);
                        figures.ctlSlowestMs = Math.max(figures.ctlSlowestMs, Date.now() - began);
                        if (r.status === 0) {
                            const row = JSON.parse(r.stdout);
                            assert.equal(row.title, title);
                            created.set(title, row.id);
                            figures.ctlCreated++;
                            break;
                        }
                        assert.ok(r.status === 1 && /busy|locked/i.test(r.stderr), `expected success or a busy error from\n${describeRun(r)}`);
                        assert.ok(attempt < 20, `tutorialctl busy 20 times in a row:\n${describeRun(r)}`);
                        figures.ctlBusyExits++;
                    }
                }
            };

            await Promise.all([sequelizeLoop(), ctlLoop()]);
            figures.seconds = (Date.now() - start) / 1000;
            await side.db.sequelize.close();

            // Read afterwards by fresh connections on both sides, once neither writer has the file open.
            const check = openSequelize(target);
            const [integrity] = await check.db.sequelize.query('PRAGMA integrity_check');
            assert.deepEqual(integrity.map((r) => r.integrity_check), ['ok'], 'PRAGMA integrity_check');
            const [fkCheck] = await check.db.sequelize.query('PRAGMA foreign_key_check');
            assert.deepEqual(fkCheck, [], 'PRAGMA foreign_key_check');
            const rows = plain(await check.db.tutorials.findAll({ order: [['id', 'ASC']] }));
            const listed = ctlJson(target, ['tutorial', 'list']);
            assert.equal(listed.length, rows.length, 'tutorialctl and Sequelize count the same tutorials');
            assertSameJson(listed.map(({ comments, ...rest }) => rest), rows, 'tutorial list after the concurrent run');

            const seen = new Map();
            const twice = [];
            for (const row of rows) {
                if (seen.has(row.title)) twice.push(`"${row.title}" (ids ${seen.get(row.title)} and ${row.id})`);
                seen.set(row.title, row.id);
            }
            const lost = [...created].filter(([title, id]) => seen.get(title) !== id)
                .map(([title, id]) => `"${title}" (id ${id} when created, ${seen.has(title) ? `now id ${seen.get(title)}` : 'missing'})`);
            // How often the writer changes from one id to the next: 0 would mean the two never wrote at the same time.
            figures.interleavings = rows.filter((row, i) => i > 0 && row.title.split('-')[0] !== rows[i - 1].title.split('-')[0]).length;
            const figuresText = JSON.stringify({ ...figures, rows: rows.length });
            assert.deepEqual(twice, [], `rows there twice after the concurrent run ${figuresText}`);
            assert.deepEqual(lost, [], `${lost.length} of ${created.size} created rows lost or changed ${figuresText}`);
            assert.equal(rows.length, created.size, `no row other than those the two writers created ${figuresText}`);
            assert.ok(figures.sequelizeCreated > 0 && figures.ctlCreated > 0, `both sides wrote: ${figuresText}`);
            assert.ok(figures.interleavings >= 10, `the two writers' rows interleave: ${figuresText}`);
            figures.rows = rows.length;
            t.diagnostic(`concurrent writers: ${JSON.stringify(figures)}`);
        });
});
