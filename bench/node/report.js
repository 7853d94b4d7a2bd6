'use strict';
// Turns bench/run's measurements into the Markdown report: the targets table (medians and ratios), a table of
// every measurement, the machine, and notes. Prints it, and with --doc FILE also rewrites FILE below its marker
// line (the hand-written introduction above the marker is kept; a missing file gets a default one).
//
//   node report.js RESULTS.tsv META.json [--doc FILE]
//
// RESULTS.tsv: one measurement a line, KEY<TAB>RUN<TAB>VALUE, where KEY ends in .wall_us (wall time of the
// process, microseconds), .rss_kb (peak resident set size, KiB, from GNU time) or .inproc_ms (time the process
// measured itself, milliseconds). Run 0 is the warm-up and is not counted.

const fs = require('node:fs');

const MARKER = '<!-- bench/run writes everything below this line; edit the introduction above it. -->';

// Used only when docs/benchmarks.md is missing or has lost its marker line.
const DEFAULT_INTRO = `# Benchmarks: Tutorial Desk against the Sequelize tutorials application's stack

\`bench/run\` measures Tutorial Desk (\`tutorialctl\`) side by side with the Sequelize tutorials application's own stack (Sequelize 6 + mysql2
on Node, its models) and with each database's command-line client as the floor, in one run, on one
throwaway MariaDB server and one data set. Every operation runs R times after a warm-up run, the contenders
taking turns; the figures are medians, and a ratio is comparison ÷ Tutorial Desk from the same run (above 1:
Tutorial Desk is faster or smaller). The machine is a noisy shared 2-core virtual machine: compare ratios, not
absolute times. The text above the marker line is hand-written; \`bench/run\` rewrites everything below it.
`;

const HOW = [
    'Wall time: taken by bench/run around each process (bash `EPOCHREALTIME` before and after `/usr/bin/time -v`), ' +
        'so it includes start-up, connecting and, for Node, loading Sequelize. Peak RSS: GNU time\'s "Maximum resident set size"; ' +
        'CPU (in the table of every measurement): GNU time\'s user + system time of the process alone, so wall minus CPU is ' +
        'mostly time spent waiting for the server.',
    'In-process time (the lookups row): what the process measured itself, from just before the first lookup to ' +
        'the last; `tutorialdesk-lookupbench` (bench/lookups) prints `{"lookups":N,"found":F,"ms":X}`, bench/node/sequelizestack.js prints the ' +
        'same for Sequelize. The other Node commands print their in-process time too (in the table of every measurement).',
    'Import: before every run (not timed) the database is dropped and created again with the application\'s two tables, ' +
        'exactly as `sequelize.sync()` makes them; then `tutorialctl import data.json` or `sequelizestack.js bulk data.json` ' +
        '(reads the same file; `bulkCreate` of the tutorials in chunks of 1,000, then of the comments with the new ' +
        'tutorialIds, no transaction, as the application would). The floor: the `mariadb` client reading the same rows as ' +
        'INSERT statements of 1,000 rows each in one transaction (ids included, written by `bench/node/gen.js --mysql-multi`). ' +
        'The row counts are checked after each run. The SQLite import ' +
        'goes into a new file each run (the tables made by `tutorialctl init`, not timed); its floor is the `sqlite3` client ' +
        'reading the same rows as single-row INSERTs in one transaction (`gen.js --sqlite`).',
    'findAll → JSON: the data set is loaded by the application\'s stack (bulkCreate); `tutorialctl tutorial list` and ' +
        'Sequelize `findAll({include: comments})` + `JSON.stringify(_, null, 2)` write to /dev/null; both outputs are ' +
        'first checked to hold the same tutorials and comments. The clients run `SELECT t.id, t.title, t.description, ' +
        't.createdAt, t.updatedAt, c.id, c.name, c.text, c.createdAt, c.updatedAt, c.tutorialId FROM tutorials t ' +
        'LEFT OUTER JOIN comments c ON t.id = c.tutorialId ORDER BY t.id, c.id` (`mariadb --batch -S socket`, ' +
        '`sqlite3 -batch`) to /dev/null: the floor, since they only print rows as text.',
    'Lookups: both sides read the same pseudo-random ids, one after another: `tutorialdesk-lookupbench N` (bench/lookups) picks them ' +
        'with a 64-bit LCG from 42 (id = 1 + (state >> 33) mod the number of tutorials) and bench/node/prng.js repeats that ' +
        'sequence for `findByPk(id, {include: comments})`. Both open their connection before the clock starts. ' +
        'The lookup benchmark reports whole milliseconds.',
    'Everything talks to MariaDB over its unix socket. The contenders take turns within each run, in a rotating order.',
];

function median(values) {
    const v = [...values].sort((a, b) => a - b);
    const n = v.length;
    if (n === 0) return NaN;
    return n % 2 ? v[(n - 1) / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// Returns key -> values of the measured runs, and key -> (run -> value) for pairing runs.
function load(file) {
    const series = new Map();
    const byRun = new Map();
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const [key, run, value] = line.split('\t');
        if (Number(run) === 0) continue;
        if (!series.has(key)) {
            series.set(key, []);
            byRun.set(key, new Map());
        }
        series.get(key).push(Number(value));
        byRun.get(key).set(run, Number(value));
    }
    return { series, byRun };
}

// The ratio comparison ÷ Tutorial Desk within each run (the two ran minutes apart at most, under the same load):
// its lowest and highest value show how firm the ratio of the medians is.
function runRatios(byRun, tdKey, cmpKey) {
    const td = byRun.get(tdKey);
    const cmp = byRun.get(cmpKey);
    if (!td || !cmp) return [];
    const out = [];
    for (const [run, value] of td) if (cmp.has(run) && value > 0) out.push(cmp.get(run) / value);
    return out;
}

// Converts a series to the unit shown: seconds for times, MiB for memory.
function shown(key, values) {
    if (key.endsWith('.wall_us')) return values.map((v) => v / 1e6);
    if (key.endsWith('.inproc_ms') || key.endsWith('.cpu_ms')) return values.map((v) => v / 1e3);
    if (key.endsWith('.rss_kb')) return values.map((v) => v / 1024);
    return values;
}
const unitOf = (key) => (key.endsWith('.rss_kb') ? 'MiB' : 's');
const fmt = (key, v) => (Number.isFinite(v) ? (unitOf(key) === 's' ? v.toFixed(3) + ' s' : v.toFixed(1) + ' MiB') : '—');

// The targets of issue 5. ratio = comparison ÷ Tutorial Desk; `atLeast` is the ratio the target needs.
function rows(meta) {
    const lookups = meta.params.lookups.toLocaleString('en-US');
    const tdLookups = meta.lookupsCommand ? `\`${meta.lookupsCommand}\`` : 'tutorialctl (no lookup command)';
    return [
        { section: 'MariaDB' },
        { op: 'Bulk import', td: 'my.import.td.wall_us', tdName: '`tutorialctl import FILE`',
          cmp: 'my.import.sq.wall_us', cmpName: 'Sequelize `bulkCreate`, chunks of 1,000', atLeast: 3, target: '≥ 3× faster' },
        { op: 'Bulk import', td: 'my.import.td.wall_us', tdName: '`tutorialctl import FILE`',
          cmp: 'my.import.cli.wall_us', cmpName: '`mariadb` < multi-row INSERTs, one transaction (the floor)', target: '—' },
        { op: 'findAll with comments → JSON', td: 'my.findall.td.wall_us', tdName: '`tutorialctl tutorial list`',
          cmp: 'my.findall.sq.wall_us', cmpName: 'Sequelize `findAll` + `JSON.stringify`', atLeast: 5, target: '≥ 5× faster' },
        { op: 'findAll with comments → JSON', td: 'my.findall.td.wall_us', tdName: '`tutorialctl tutorial list`',
          cmp: 'my.findall.cli.wall_us', cmpName: '`mariadb --batch`, same LEFT JOIN (the floor)', atLeast: 1, target: 'no slower (≥ 1×)' },
        { op: `${lookups} findTutorialById (in-process)`, td: 'my.lookups.td.inproc_ms', tdName: tdLookups,
          cmp: 'my.lookups.sq.inproc_ms', cmpName: `Node: ${lookups} × \`findByPk\` with comments`, atLeast: 5, target: '≥ 5× faster' },
        { op: `${lookups} findTutorialById (whole process)`, td: 'my.lookups.td.wall_us', tdName: tdLookups,
          cmp: 'my.lookups.sq.wall_us', cmpName: `Node: ${lookups} × \`findByPk\` with comments`, target: '—' },
        { op: 'Peak RSS, findAll → JSON', td: 'my.findall.td.rss_kb', tdName: '`tutorialctl tutorial list`',
          cmp: 'my.findall.sq.rss_kb', cmpName: 'Sequelize `findAll` + `JSON.stringify`', atLeast: 4, target: '≤ ¼ (≥ 4×)' },
        { op: 'Peak RSS, bulk import', td: 'my.import.td.rss_kb', tdName: '`tutorialctl import`',
          cmp: 'my.import.sq.rss_kb', cmpName: 'Sequelize `bulkCreate`', atLeast: 4, target: '≤ ¼ (≥ 4×)' },
        { op: `Peak RSS, ${lookups} lookups`, td: 'my.lookups.td.rss_kb', tdName: tdLookups,
          cmp: 'my.lookups.sq.rss_kb', cmpName: 'Node `findByPk`', atLeast: 4, target: '≤ ¼ (≥ 4×)' },
        { op: 'Peak RSS, findAll → JSON vs the client', td: 'my.findall.td.rss_kb', tdName: '`tutorialctl tutorial list`',
          cmp: 'my.findall.cli.rss_kb', cmpName: '`mariadb --batch`', target: '—' },
        { section: 'SQLite' },
        { op: 'Import into a new file', td: 'lite.import.td.wall_us', tdName: '`tutorialctl import FILE`',
          cmp: 'lite.import.cli.wall_us', cmpName: '`sqlite3` < single-row INSERTs, one transaction (the floor)', target: '—' },
        { op: 'findAll with comments → JSON', td: 'lite.findall.td.wall_us', tdName: '`tutorialctl tutorial list`',
          cmp: 'lite.findall.cli.wall_us', cmpName: '`sqlite3 -batch`, same LEFT JOIN', target: '—' },
        { op: 'Peak RSS, findAll → JSON', td: 'lite.findall.td.rss_kb', tdName: '`tutorialctl tutorial list`',
          cmp: 'lite.findall.cli.rss_kb', cmpName: '`sqlite3 -batch`', target: '—' },
        { op: 'Peak RSS, import', td: 'lite.import.td.rss_kb', tdName: '`tutorialctl import`',
          cmp: 'lite.import.cli.rss_kb', cmpName: '`sqlite3`', target: '—' },
    ];
}

function targetsTable({ series, byRun }, meta) {
    const out = [
        '| Operation | Tutorial Desk | median | Compared with | median | ratio | per run | target | met |',
        '|---|---|---:|---|---:|---:|---:|---|---|',
    ];
    const verdicts = [];
    for (const r of rows(meta)) {
        if (r.section) {
            out.push(`| **${r.section}** | | | | | | | | |`);
            continue;
        }
        const td = series.has(r.td) ? median(shown(r.td, series.get(r.td))) : NaN;
        const cmp = r.cmp && series.has(r.cmp) ? median(shown(r.cmp, series.get(r.cmp))) : NaN;
        const ratio = cmp / td;
        const perRun = r.cmp ? runRatios(byRun, r.td, r.cmp) : [];
        const spread = perRun.length
            ? `${Math.min(...perRun).toFixed(2)}–${Math.max(...perRun).toFixed(2)}`
            : '—';
        let met = '—';
        if (r.atLeast !== undefined) {
            met = Number.isFinite(ratio) ? (ratio >= r.atLeast ? 'yes' : '**no**') : 'not measured';
            verdicts.push({ op: r.op, cmpName: r.cmpName, ratio, target: r.target, met });
        }
        out.push(
            `| ${r.op} | ${r.tdName} | ${fmt(r.td, td)} | ${r.cmpName} | ${r.cmp ? fmt(r.cmp, cmp) : '—'} | ` +
                `${Number.isFinite(ratio) ? ratio.toFixed(2) + '×' : '—'} | ${spread} | ${r.target} | ${met} |`,
        );
    }
    return { table: out.join('\n'), verdicts };
}

// The main window's targets (issues 3 and 10), from bench/gui's figures; `max` is the highest value allowed. A
// negative figure means "not measured on this database" (the idle window's server queries on SQLite).
const GUI_ROWS = [
    { field: 'settleMs', op: 'Settle: from the start until the list and the shown tutorial are painted and no CPU for 300 ms', unit: 'ms', max: 500, target: '< 500 ms' },
    { field: 'cpuAfterSettleMs', op: 'CPU used in the 10 s after settling (100 ms = 1% of a core)', unit: 'ms', max: 100, target: '< 1% (100 ms)' },
    { field: 'rowsLoadedAfterSettle', op: 'Tutorial rows read by then', unit: 'rows' },
    { field: 'jumpMiddleMs', op: 'Thumb to the middle of the list until its rows show', unit: 'ms', max: 100, target: '< 100 ms' },
    { field: 'rowsLoadedByJump', op: 'Tutorial rows read for that jump', unit: 'rows' },
    { field: 'idleQueriesPerMin', op: 'Statements one idle window sends the server, per minute', unit: '/min' },
    { field: 'idleServerCpuMsPerMin', op: 'Server CPU while one window is idle, per minute', unit: 'ms' },
    { field: 'serverAloneCpuMsPerMin', op: 'Server CPU with no client at all, per minute (its own background work)', unit: 'ms' },
    { field: 'windowServerCpuMsPerMin', op: 'The two above, less (mostly the server\'s own variation here)', unit: 'ms' },
    { field: 'idleWindowThreadsCpuMsPerMin', op: 'Server CPU one idle window costs, per minute: the CPU of the server threads serving its connections (1 s an hour = 16.7 ms a minute)', unit: 'ms', max: 16.7, target: '< 16.7 ms' },
    { field: 'idleCountChecksPerMin', op: 'Change checks answered by the server\'s statement count alone (COM_STATISTICS, no statement), per minute', unit: '/min' },
    { field: 'idleGatesPerMin', op: 'Change checks that sent the gate (a statement), per minute', unit: '/min' },
    { field: 'idleFullChecksPerMin', op: 'Change checks past the gate (a table had changed), per minute', unit: '/min' },
    { field: 'firstPaintMs', op: 'First paint (start to a painted list)', unit: 'ms', max: 500, target: '< 500 ms' },
    { field: 'selectMedianMs', op: 'Select a tutorial until its comments show (median of its clicks)', unit: 'ms', max: 30, target: '< 30 ms' },
    { field: 'selectWorstMs', op: 'Select a tutorial (worst click)', unit: 'ms' },
    { field: 'filterMedianMs', op: 'Filter keystroke until the list updates (median)', unit: 'ms', max: 50, target: '< 50 ms' },
    { field: 'filterWorstMs', op: 'Filter keystroke (worst)', unit: 'ms' },
    { field: 'filterBackspaceMedianMs', op: 'Filter keystroke that widens the search back to a text typed a moment ago (Backspace: its answer remembered), median', unit: 'ms', max: 50, target: '< 50 ms' },
    { field: 'filterWidenMedianMs', op: 'Filter keystroke that widens the search to a text never searched (first character deleted: the whole table searched again), median', unit: 'ms', max: 50, target: '< 50 ms' },
    { field: 'sortWorstMs', op: 'Sort by a column header (worst column)', unit: 'ms' },
    { field: 'scrollMs', op: 'Scroll to the end 40 times and back', unit: 'ms' },
    { field: 'rowsLoadedAfterScroll', op: 'Tutorial rows read in all, after the scrolling', unit: 'rows' },
    { field: 'worstStallMs', op: 'Longest event-loop stall while browsing', unit: 'ms', max: 100, target: '≤ 100 ms' },
    { field: 'manyComments', op: 'Comment pane: the comments of the tutorial with the most', unit: 'rows' },
    { field: 'commentsSelectManyMs', op: 'Comment pane: that tutorial selected until its first comments show (all ids read at once, on the GUI thread)', unit: 'ms' },
    { field: 'commentsJumpMiddleMs', op: 'Comment pane: thumb to the middle of its comments until their rows show', unit: 'ms', max: 100, target: '< 100 ms' },
    { field: 'commentRowsReadByJump', op: 'Comment rows read for that jump', unit: 'rows' },
    { field: 'peakRssMb', op: 'Peak RSS', unit: 'MB', max: 120, target: '< 120 MB' },
    // bench/activity (tutorialdesk-activitybench): the Activity view's GROUP BY statements, issue 13's target.
    { field: 'activityWeeksAllMs', op: 'Activity: comments per week, whole database (every comment read)', unit: 'ms', max: 300, target: '< 300 ms' },
    { field: 'activityMostCommentedMs', op: 'Activity: the 10 tutorials with the most comments (tutorialId index)', unit: 'ms', max: 300, target: '< 300 ms' },
    { field: 'activityWeeksTutorialMs', op: 'Activity: comments per week, one tutorial', unit: 'ms', max: 300, target: '< 300 ms' },
    { field: 'activityViewAllMs', op: 'Activity: the view\'s whole-database request (both of the first two), request to answer', unit: 'ms' },
];

// Tutorial Desk and DB Browser for SQLite on the same SQLite file (bench/run's side-by-side, settle.js), in a desktop
// session (prefix sideDesktop: a D-Bus session bus) and on a bare X server (prefix side: none, each program starts one).
function sideTable(series, prefix, where) {
    const get = (key) => (series.get(key) || []).filter((v) => Number.isFinite(v));
    if (get(`${prefix}.td.settle.gui`).length === 0 && get(`${prefix}.dbb.settle.gui`).length === 0) return null;
    const rowsOut = [
        `| Beside DB Browser for SQLite (same SQLite file, Xvfb, ${where}, watched from outside) | Tutorial Desk | DB Browser for SQLite | ratio (DB Browser ÷ Tutorial Desk) | target |`,
        '|---|---:|---:|---:|---|',
    ];
    const verdicts = [];
    for (const r of [
        { field: 'settle', op: 'Time to settle (start until no CPU for 300 ms), median', unit: 'ms', atLeast: 1.5, target: '≥ 1.5× sooner' },
        { field: 'rss', op: 'Peak RSS, median', unit: 'MB', target: '—' },
        { field: 'idleCpu', op: 'CPU in the 10 s after settling, median', unit: 'ms', target: '—' },
    ]) {
        const td = median(get(`${prefix}.td.${r.field}.gui`));
        const dbb = median(get(`${prefix}.dbb.${r.field}.gui`));
        const ratio = td > 0 ? dbb / td : NaN;
        let met = '—';
        if (r.atLeast !== undefined) {
            met = Number.isFinite(ratio) ? (ratio >= r.atLeast ? 'yes' : '**no**') : 'not measured';
            verdicts.push({ op: `Beside DB Browser (${where}): ${r.op}`, value: ratio, unit: '×', target: r.target, met });
        }
        const f = (v) => (Number.isFinite(v) ? `${v.toFixed(r.unit === 'MB' ? 1 : 0)} ${r.unit}` : '—');
        rowsOut.push(`| ${r.op} | ${f(td)} | ${f(dbb)} | ${Number.isFinite(ratio) ? ratio.toFixed(2) + '×' : '—'} | ${r.target}${met === '—' ? '' : ` (met: ${met})`} |`);
    }
    return { table: rowsOut.join('\n'), verdicts };
}

function guiTable(series) {
    if (![...series.keys()].some((k) => k.startsWith('gui.') && k.endsWith('.gui'))) return null;
    // What one idle window costs the server: its median minute less the server's own, measured alone.
    const withWindow = (series.get('gui.my.idleServerCpuMsPerMin.gui') || []).filter((x) => x >= 0);
    const alone = series.get('gui.my.serverAloneCpuMsPerMin.gui') || [];
    if (withWindow.length && alone.length)
        series.set('gui.my.windowServerCpuMsPerMin.gui', [Math.max(0, median(withWindow) - median(alone))]);
    const cell = (key) => {
        const v = (series.get(key) || []).filter((x) => x >= 0);
        if (v.length === 0) return { text: '—', median: NaN };
        const m = median(v);
        return { text: `${m.toFixed(1)} (${Math.max(...v).toFixed(1)})`, median: m };
    };
    const verdict = (row, c) =>
        row.max === undefined || !Number.isFinite(c.median) ? '—' : c.median <= row.max ? 'yes' : '**no**';
    const out = [
        '| GUI (offscreen, real widgets) | unit | SQLite median (max) | MariaDB median (max) | target | met SQLite | met MariaDB |',
        '|---|---|---:|---:|---|---|---|',
    ];
    const verdicts = [];
    for (const row of GUI_ROWS) {
        const lite = cell(`gui.lite.${row.field}.gui`);
        const my = cell(`gui.my.${row.field}.gui`);
        const [vl, vm] = [verdict(row, lite), verdict(row, my)];
        if (row.max !== undefined) {
            // A row measured on one database only (the server's CPU) is judged there only.
            const measuredSomewhere = Number.isFinite(lite.median) || Number.isFinite(my.median);
            if (Number.isFinite(lite.median) || !measuredSomewhere)
                verdicts.push({ op: `GUI on SQLite: ${row.op}`, value: lite.median, unit: row.unit, target: row.target, met: vl });
            if (Number.isFinite(my.median) || !measuredSomewhere)
                verdicts.push({ op: `GUI on MariaDB: ${row.op}`, value: my.median, unit: row.unit, target: row.target, met: vm });
        }
        out.push(`| ${row.op} | ${row.unit} | ${lite.text} | ${my.text} | ${row.target || '—'} | ${vl} | ${vm} |`);
    }
    const rows = series.get('gui.lite.rowsLoadedAfterSettle.gui') || series.get('gui.my.rowsLoadedAfterSettle.gui');
    return { table: out.join('\n'), verdicts, rowsLoaded: rows ? median(rows) : NaN };
}

const DESCRIPTIONS = {
    'my.import': 'MariaDB import',
    'my.findall': 'MariaDB findAll → JSON',
    'my.lookups': 'MariaDB lookups',
    'lite.import': 'SQLite import',
    'lite.findall': 'SQLite findAll → JSON',
    'gui.lite': 'GUI benchmark on SQLite, whole process',
    'gui.my': 'GUI benchmark on MariaDB, whole process',
    'activity.lite': 'Activity benchmark on SQLite, whole process',
    'activity.my': 'Activity benchmark on MariaDB, whole process',
};
const WHO = { td: 'Tutorial Desk', sq: 'Sequelize', cli: 'client' };
const WHAT = { wall_us: 'wall, process', inproc_ms: 'in-process', cpu_ms: 'CPU, user + system', rss_kb: 'peak RSS' };

function detailsTable(series) {
    const out = ['| Measurement | median | min | max | runs |', '|---|---:|---:|---:|---:|'];
    for (const [key, raw] of series.entries()) {
        if (key.endsWith('.gui')) continue; // in the GUI table
        const parts = key.split('.');
        const what = parts[parts.length - 1];
        const who = parts.length > 3 ? `${WHO[parts[2]] || parts[2]} ` : '';
        const label = `${DESCRIPTIONS[parts.slice(0, 2).join('.')] || parts.slice(0, 2).join('.')}: ` +
            `${who}(${WHAT[what] || what})`;
        const v = shown(key, raw);
        out.push(`| ${label} | ${fmt(key, median(v))} | ${fmt(key, Math.min(...v))} | ${fmt(key, Math.max(...v))} | ${v.length} |`);
    }
    return out.join('\n');
}

function render(measured, meta) {
    const { table, verdicts } = targetsTable(measured, meta);
    const p = meta.params;
    const m = meta.machine;
    const lines = [];
    lines.push(`## Last run: ${meta.date}`);
    lines.push('');
    lines.push(`Data: ${p.tutorials.toLocaleString('en-US')} tutorials × ${p.comments} comments ` +
        `(${(p.tutorials * p.comments).toLocaleString('en-US')} comments, JSON file of ${(meta.dataBytes / 1e6).toFixed(1)} MB), ` +
        `generated deterministically by \`bench/node/gen.js\`. ${p.runs} measured runs per operation after ${p.warmup} warm-up run(s); medians; ` +
        `ratio = comparison ÷ Tutorial Desk (above 1: Tutorial Desk is faster or smaller), of the medians; "per run" is the ` +
        `lowest and highest ratio within one run, where the two ran back to back.`);
    lines.push('');
    lines.push(table);
    lines.push('');
    const gui = guiTable(measured.series);
    if (gui) {
        lines.push(gui.table);
        lines.push('');
        lines.push(`The GUI benchmark (\`bench/gui\`, \`tutorialdesk-guibench\`, QT_QPA_PLATFORM=offscreen) opens the real main ` +
            `window on a SQLite file and a MariaDB database of the server above, clicks, types and scrolls, and times itself; one process ` +
            `per run, ${p.runs} runs per database. Each cell is the median of the runs with the highest run in brackets; ` +
            `"met" is judged on the median. Targets are issues 3 and 10's (stated there for 100,000 tutorials × 1,000,000 comments; ` +
            `here: ${(p.guiTutorials || p.tutorials).toLocaleString('en-US')} tutorials × ` +
            `${((p.guiTutorials || p.tutorials) * (p.guiComments ?? p.comments)).toLocaleString('en-US')} comments).`);
        lines.push('');
    }
    const sides = [
        sideTable(measured.series, 'sideDesktop', 'desktop session'),
        sideTable(measured.series, 'side', 'bare X server'),
    ].filter(Boolean);
    for (const side of sides) {
        lines.push(side.table);
        lines.push('');
    }
    if (sides.length) {
        lines.push('Beside DB Browser for SQLite: `tutorialdesk --database sqlite:FILE` and `sqlitebrowser FILE` on the GUI ' +
            'benchmark\'s SQLite file, each started under `xvfb-run` with empty settings and watched from outside by ' +
            '`bench/node/settle.js` (CPU from /proc/PID/stat in 10 ms ticks, polled every 5 ms; VmHWM), in a rotating order, ' +
            `${p.runs} runs each. "Settled" is the last CPU the process used before 300 ms without any. ` +
            'Desktop session: under `dbus-run-session`, a D-Bus session bus as every desktop has. Bare X server: no session ' +
            'bus, so each program\'s accessibility bridge has libdbus start one (`dbus-launch`) and waits for it.');
        lines.push('');
    }
    const missed = verdicts.filter((v) => v.met !== 'yes');
    const guiMissed = [...(gui ? gui.verdicts : []), ...sides.flatMap((side) => side.verdicts)].filter((v) => v.met !== 'yes');
    lines.push(missed.length === 0 && guiMissed.length === 0
        ? 'All targets met in this run.'
        : 'Targets not met in this run: ' + [
            ...missed.map((v) => `${v.op} vs ${v.cmpName} (${Number.isFinite(v.ratio) ? v.ratio.toFixed(2) + '×' : 'not measured'}, target ${v.target})`),
            ...guiMissed.map((v) => `${v.op} (${Number.isFinite(v.value) ? v.value.toFixed(v.unit === '×' ? 2 : 1) + (v.unit === '×' ? '×' : ' ' + v.unit) : 'not measured'}, target ${v.target})`),
        ].join('; ') + '.');
    lines.push('');
    lines.push('### Machine');
    lines.push('');
    lines.push(`- CPU: ${m.cpu}, ${m.nproc} cores (nproc); memory ${m.memory}; kernel ${m.kernel}`);
    lines.push(`- MariaDB ${m.mariadb} (throwaway server on a unix socket, bench/run's own: \`td_mariadb_start\` settings, 64 MB buffer pool)`);
    lines.push(`- SQLite ${m.sqlite}; Node ${m.node}; Sequelize ${m.sequelize}; mysql2 ${m.mysql2}`);
    lines.push(`- Qt ${m.qt}; ${m.tutorialctl} (${m.buildType} build)`);
    lines.push('');
    lines.push('### How each figure is taken');
    lines.push('');
    for (const h of HOW) lines.push(`- ${h}`);
    if (meta.notes.length) {
        lines.push('');
        lines.push('### Notes from this run');
        lines.push('');
        for (const n of meta.notes) lines.push(`- ${n}`);
    }
    lines.push('');
    lines.push('### Every measurement');
    lines.push('');
    lines.push(detailsTable(measured.series));
    lines.push('');
    return lines.join('\n');
}

function main(argv) {
    const [resultsFile, metaFile, ...rest] = argv;
    const meta = JSON.parse(fs.readFileSync(metaFile, 'utf8'));
    const text = render(load(resultsFile), meta);
    process.stdout.write(text);
    const docIndex = rest.indexOf('--doc');
    if (docIndex >= 0) {
        const doc = rest[docIndex + 1];
        let intro = DEFAULT_INTRO.trimEnd() + '\n\n' + MARKER + '\n';
        if (fs.existsSync(doc)) {
            const old = fs.readFileSync(doc, 'utf8');
            const at = old.indexOf(MARKER);
            if (at >= 0) intro = old.slice(0, at + MARKER.length) + '\n';
        }
        fs.writeFileSync(doc, intro + '\n' + text);
    }
}

main(process.argv.slice(2));
