// The process heap, laid out for a quick start (see processheap.h).
#include "processheap.h"

#include <cstdint>
#include <cstdlib> // (defines __GLIBC__ where it is glibc)

#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#ifndef MADV_COLLAPSE
#define MADV_COLLAPSE 25 // <linux/mman.h> of Linux 6.1; glibc 2.36's <sys/mman.h> does not name it yet
#endif

void prepareProcessHeap()
{
    mallopt(M_ARENA_MAX, 1);
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 128 << 20);
    mallopt(M_TOP_PAD, 64 << 20);
    const long page = sysconf(_SC_PAGESIZE);
    // A huge page covers an aligned 2 MiB only: the heap's growth starts at the next such boundary, so every 2 MiB
    // of it can be one (the first, unaligned part was left to 4 KiB pages: some 2 MB, 300-600 faults a start).
    // malloc takes the gap as another program's sbrk and goes on above it; the gap is address space only.
    constexpr std::uintptr_t hugePage = std::uintptr_t(2) << 20;
    const auto end = reinterpret_cast<std::uintptr_t>(sbrk(0));
    const std::uintptr_t boundary = (end + hugePage - 1) & ~(hugePage - 1);
    if (end != std::uintptr_t(-1) && boundary > end)
        (void)sbrk(static_cast<intptr_t>(boundary - end)); // (fails harmlessly where the break cannot move)
    const auto before = reinterpret_cast<std::uintptr_t>(sbrk(0));
    void *volatile grow = std::malloc(1 << 20); // more than the heap has yet: it grows by this and the pad
    std::free(grow);
    const auto after = reinterpret_cast<std::uintptr_t>(sbrk(0));
    const std::uintptr_t from = (before + page - 1) & ~std::uintptr_t(page - 1);
    if (page > 0 && after > from) {
        (void)madvise(reinterpret_cast<void *>(from), after - from, MADV_HUGEPAGE); // no THP: no harm, no change
        // malloc wrote its first header before the mark: that 2 MiB would go on in 4 KiB pages. Made one huge page
        // now (Linux 6.1 and later; elsewhere refused, and it stays as it was).
        if (from == boundary && after - from >= hugePage)
            (void)madvise(reinterpret_cast<void *>(from), hugePage, MADV_COLLAPSE);
    }
}
#else
void prepareProcessHeap()
{
}
#endif
