// Timing and memory readings shared by the benchmarks, which print "name<TAB>value" lines.
#ifndef SMSFILTER_BENCH_MEASURE_H_
#define SMSFILTER_BENCH_MEASURE_H_

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

namespace smsfilter::bench {

using Clock = std::chrono::steady_clock;

inline double microseconds(Clock::duration d) {
  return std::chrono::duration<double, std::micro>(d).count();
}

inline void print(const char* name, double value) { std::printf("%s\t%.6g\n", name, value); }

// The median time of `runs` calls of `f`.
template <typename F>
double median_microseconds(int runs, F f) {
  std::vector<double> times;
  for (int i = 0; i < runs; ++i) {
    const auto start = Clock::now();
    f();
    times.push_back(microseconds(Clock::now() - start));
  }
  std::nth_element(times.begin(), times.begin() + runs / 2, times.end());
  return times[static_cast<std::size_t>(runs / 2)];
}

// Calls f(message) over `messages` until `seconds` have passed; messages per second.
template <typename Message, typename F>
double messages_per_second(const std::vector<Message>& messages, double seconds, F f) {
  std::size_t count = 0;
  const auto start = Clock::now();
  const auto end = start + std::chrono::duration<double>(seconds);
  do {
    for (const Message& m : messages) f(m);
    count += messages.size();
  } while (Clock::now() < end);
  return static_cast<double>(count) / std::chrono::duration<double>(Clock::now() - start).count();
}

// Prints the p50, p99 and maximum time of f(message) over five passes of `messages`, their
// names after `prefix`.
template <typename Message, typename F>
void print_latencies(const std::vector<Message>& messages, F f, const std::string& prefix = "") {
  std::vector<double> times;
  for (int pass = 0; pass < 5; ++pass) {
    for (const Message& m : messages) {
      const auto start = Clock::now();
      f(m);
      times.push_back(microseconds(Clock::now() - start));
    }
  }
  std::sort(times.begin(), times.end());
  const auto percentile = [&](double p) {
    return times[static_cast<std::size_t>(p * static_cast<double>(times.size() - 1))];
  };
  print((prefix + "latency_p50_us").c_str(), percentile(0.50));
  print((prefix + "latency_p99_us").c_str(), percentile(0.99));
  print((prefix + "latency_max_us").c_str(), times.back());
}

// The process's peak resident set (VmHWM).
inline long peak_resident_kb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmHWM:", 0) == 0) return std::atol(line.c_str() + 6);
  }
  return 0;
}

// Writing 5 to clear_refs resets the peak (VmHWM) to the current resident set.
inline void reset_peak_resident() { std::ofstream("/proc/self/clear_refs") << "5"; }

// Code points in UTF-8 text.
inline std::size_t code_points(const std::string& utf8) {
  return static_cast<std::size_t>(
      std::count_if(utf8.begin(), utf8.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

}  // namespace smsfilter::bench

#endif  // SMSFILTER_BENCH_MEASURE_H_
