// Counts heap allocations made through operator new, which this object file replaces
// for the whole program it is linked into (a benchmark or test executable, never the library).
#ifndef SMSFILTER_BENCH_ALLOCATION_COUNTER_H_
#define SMSFILTER_BENCH_ALLOCATION_COUNTER_H_

#include <cstdint>

namespace smsfilter::bench {

// operator new calls (every form) since the program started.
std::uint64_t allocation_count();

}  // namespace smsfilter::bench

#endif  // SMSFILTER_BENCH_ALLOCATION_COUNTER_H_
