'use strict';
// Starts a desktop program and watches it from outside, the same way for every program: when it settles, and how
// much memory it took.
//
//   node settle.js [--quiet-ms 300] [--timeout-ms 30000] [--after-ms 10000] -- COMMAND ARG...
//
// Settled: the process (all its threads) has used no CPU for --quiet-ms, read from /proc/PID/stat (utime + stime,
// in clock ticks of 10 ms), polled every 5 ms. settleMs is the time from the start to the last CPU the process
// used before that quiet spell. Then it watches --after-ms more and reports the CPU used meanwhile, and VmHWM (peak
// RSS). Prints one JSON object: {settleMs, cpuBeforeSettleMs, cpuAfterMs, afterMs, peakRssKb, settled}.
const { spawn } = require('node:child_process');
const fs = require('node:fs');

const args = process.argv.slice(2);
const options = { 'quiet-ms': 300, 'timeout-ms': 30000, 'after-ms': 10000 };
while (args.length && args[0] !== '--') {
    const name = args.shift().replace(/^--/, '');
    if (!(name in options)) {
        console.error(`settle.js: unknown option --${name}`);
        process.exit(2);
    }
    options[name] = Number(args.shift());
}
args.shift();
if (!args.length) {
    console.error('usage: node settle.js [--quiet-ms N] [--timeout-ms N] [--after-ms N] -- COMMAND ARG...');
    process.exit(2);
}
const TICK_MS = 10; // USER_HZ on Linux

function cpuTicks(pid) {
    try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15)
    } catch {
        return null;
    }
}

function peakRssKb(pid) {
    try {
        const match = /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
        return match ? Number(match[1]) : null;
    } catch {
        return null;
    }
}

const start = process.hrtime.bigint();
const elapsedMs = () => Number(process.hrtime.bigint() - start) / 1e6;
const child = spawn(args[0], args.slice(1), { stdio: ['ignore', 'ignore', 'inherit'] });
let lastTicks = 0;
let lastChangeMs = 0;
let settledAt = null;
let ticksAtSettle = 0;
let exited = false;
child.on('exit', () => { exited = true; });

const timer = setInterval(() => {
    const now = elapsedMs();
    const ticks = exited ? null : cpuTicks(child.pid);
    if (ticks === null) {
        finish(false);
        return;
    }
    if (ticks !== lastTicks) {
        lastTicks = ticks;
        lastChangeMs = now;
    }
    if (settledAt === null) {
        // At least a first CPU tick (the program has started for real), then quiet.
        if (ticks > 0 && now - lastChangeMs >= options['quiet-ms']) {
            settledAt = lastChangeMs;
            ticksAtSettle = ticks;
        } else if (now > options['timeout-ms']) {
            finish(false);
        }
    } else if (now - settledAt >= options['quiet-ms'] + options['after-ms']) {
        finish(true);
    }
}, 5);

function finish(settled) {
    clearInterval(timer);
    const rss = exited ? null : peakRssKb(child.pid);
    const ticks = exited ? lastTicks : cpuTicks(child.pid);
    console.log(JSON.stringify({
        settled,
        settleMs: settledAt === null ? null : Math.round(settledAt),
        cpuBeforeSettleMs: ticksAtSettle * TICK_MS,
        cpuAfterMs: settledAt === null ? null : (ticks - ticksAtSettle) * TICK_MS,
        afterMs: options['after-ms'],
        peakRssKb: rss,
    }));
    if (!exited)
        child.kill('SIGTERM');
    setTimeout(() => { if (!exited) child.kill('SIGKILL'); process.exit(settled ? 0 : 1); }, 2000).unref();
    child.on('exit', () => process.exit(settled ? 0 : 1));
}
