#pragma once

// Call first thing in main(), before any thread starts.
//
// What the window's start spends most of its time on, on a virtual machine, is page faults: each first touch of a
// 4 KiB page of new memory traps to the kernel (some 5-15 µs each on the machines these figures come from), and a
// start that reads 100,000 rows touches thousands of them. So the heap is laid out to be backed by transparent huge
// pages (2 MiB, one fault instead of 512) where the kernel offers them on request (THP "madvise" or "always"):
// - one heap for every thread (a worker's arrays of 100,000 ids come from it too, not from an arena of its own);
// - blocks up to 32 MiB come from that heap, not from a mapping of their own;
// - the heap grows 64 MiB at a time (address space, not memory: only what is touched is used), and what it has grown
//   into now is marked for huge pages;
// - freed memory goes back to the system once 128 MiB of it lie at the heap's top (not at once, which would shrink
//   the marked part).
// Measured on the start with 100,000 tutorials: about a third less CPU, a few MB more resident memory.
// Without glibc or Linux it does nothing.
void prepareProcessHeap();
