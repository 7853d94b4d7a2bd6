'use strict';
// Prints the description of a bench/run run as JSON for report.js: parameters, machine, versions and notes.
// bench/run passes everything in META_* environment variables; the Node packages' versions are read here from
// node_modules. META_NOTES names a file of notes, one a line.

const fs = require('node:fs');
const path = require('node:path');

const e = process.env;
const packageVersion = (name) =>
    JSON.parse(fs.readFileSync(path.join(__dirname, 'node_modules', name, 'package.json'), 'utf8')).version;
const number = (name) => Number(e[name]);

const meta = {
    date: e.META_DATE,
    params: {
        tutorials: number('META_TUTORIALS'),
        comments: number('META_COMMENTS'),
        runs: number('META_RUNS'),
        warmup: number('META_WARMUP'),
        lookups: number('META_LOOKUPS'),
        guiTutorials: number('META_GUI_TUTORIALS'),
        guiComments: number('META_GUI_COMMENTS'),
    },
    dataBytes: number('META_DATA_BYTES'),
    lookupsCommand: e.META_LOOKUPS_CMD || null,
    machine: {
        cpu: e.META_CPU,
        nproc: e.META_NPROC,
        memory: e.META_MEMORY,
        kernel: e.META_KERNEL,
        mariadb: e.META_MARIADB,
        sqlite: e.META_SQLITE,
        node: e.META_NODE,
        sequelize: packageVersion('sequelize'),
        mysql2: packageVersion('mysql2'),
        qt: e.META_QT,
        tutorialctl: e.META_CTL,
        buildType: e.META_BUILD_TYPE,
    },
    notes: e.META_NOTES ? fs.readFileSync(e.META_NOTES, 'utf8').split('\n').filter(Boolean) : [],
};
process.stdout.write(JSON.stringify(meta, null, 2) + '\n');
