// The process heap, laid out for a quick start (see processheap.h).
#include "processheap.h"

#include <cstdint>
#include <cstdlib> // (defines __GLIBC__ where it is glibc)

#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

void prepareProcessHeap()
{
    mallopt(M_ARENA_MAX, 1);
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 128 << 20);
    mallopt(M_TOP_PAD, 64 << 20);
    const long page = sysconf(_SC_PAGESIZE);
    const auto before = reinterpret_cast<std::uintptr_t>(sbrk(0));
    void *volatile grow = std::malloc(1 << 20); // more than the heap has yet: it grows by this and the pad
    std::free(grow);
    const auto after = reinterpret_cast<std::uintptr_t>(sbrk(0));
    const std::uintptr_t from = (before + page - 1) & ~std::uintptr_t(page - 1);
    if (page > 0 && after > from)
        (void)madvise(reinterpret_cast<void *>(from), after - from, MADV_HUGEPAGE); // no THP: no harm, no change
}
#else
void prepareProcessHeap()
{
}
#endif
