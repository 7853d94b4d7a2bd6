'use strict';
// Turns the JSON object that bench/gui's tutorialdesk-guibench prints into bench/run measurements: every number
// FIELD becomes a line `gui.DB.FIELD.gui<TAB>RUN<TAB>VALUE` (the unit is in the field's name, e.g. ...Ms, ...Mb).
//
//   node guifields.js GUI.json DB RUN >> results.tsv

const fs = require('node:fs');

const [file, db, run] = process.argv.slice(2);
const result = JSON.parse(fs.readFileSync(file, 'utf8'));
for (const [field, value] of Object.entries(result)) {
    if (typeof value === 'number') console.log(`gui.${db}.${field}.gui\t${run}\t${value}`);
}
