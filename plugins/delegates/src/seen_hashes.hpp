#pragma once
// A set of 64-bit hashes in one flat array (open addressing, linear probing): the import's
// "citizen id seen before?" asked a million times. A node-based std::unordered_set cost a
// cache miss or two a row; here a probe mostly reads one cache line.

#include <cstddef>
#include <cstdint>
#include <vector>

namespace delegates {

class SeenHashes {
 public:
  // True when `hash` was not in the set (it is now).
  bool insert(std::uint64_t hash) {
    if (hash == kEmpty)
      hash = 1;  // 0 marks a free slot
    if ((count_ + 1) * 2 > slots_.size())
      grow();
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = spread(hash) & mask;; i = (i + 1) & mask) {
      if (slots_[i] == hash)
        return false;
      if (slots_[i] == kEmpty) {
        slots_[i] = hash;
        ++count_;
        return true;
      }
    }
  }
  void clear() {
    slots_ = {};
    count_ = 0;
  }

 private:
  static constexpr std::uint64_t kEmpty = 0;
  // std::hash of a string is already mixed; this spreads any other kind of hash too.
  static std::size_t spread(std::uint64_t h) {
    return static_cast<std::size_t>((h ^ (h >> 29)) * 0x9E3779B97F4A7C15ull >> 16);
  }
  void grow() {
    std::vector<std::uint64_t> old(slots_.empty() ? 1024 : slots_.size() * 2, kEmpty);
    old.swap(slots_);
    count_ = 0;
    for (const std::uint64_t h : old) {
      if (h != kEmpty)
        insert(h);
    }
  }
  std::vector<std::uint64_t> slots_;
  std::size_t count_ = 0;
};

}  // namespace delegates
