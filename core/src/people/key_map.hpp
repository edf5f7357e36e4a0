#pragma once
// The identity keys of everyone stored, by 64-bit hash, for a large import: a code, a name with
// a birth date, a name with a unit, each to the smallest id stored under it. A key never seen
// is certainly absent and costs no query; a key seen gives the person to check (the hash may
// be another key's) or says "ask the store" once an update has moved people between keys.
// 16 bytes a key: a million people's keys take 96 MiB at the very most, 50 in practice.

#include <cstdint>
#include <string_view>
#include <vector>

namespace thuky::people {

class KeyMap {
 public:
  static constexpr std::int64_t kAbsent = 0;
  static constexpr std::int64_t kAsk = -1;  // the store must answer

  // The hash of a key made of one or two parts, `kind` keeping the kinds of keys apart.
  static std::uint64_t hash(char kind, std::string_view a, std::string_view b = {}) {
    std::uint64_t h = 0xcbf29ce484222325ULL ^ static_cast<unsigned char>(kind);
    const auto mix = [&h](std::string_view s) {
      for (unsigned char c : s)
        h = (h ^ c) * 0x100000001b3ULL;
      h = (h ^ 0x1f) * 0x100000001b3ULL;  // a separator: ("ab","c") is not ("a","bc")
    };
    mix(a);
    mix(b);
    // fmix64 (MurmurHash3): FNV's low bits are weak, and the slots are picked by them.
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h == 0 ? 1 : h;  // 0 marks a free slot
  }

  // kAbsent, kAsk, or the smallest id of the people stored under `h` (or under a key with
  // the same hash: check the person).
  std::int64_t find(std::uint64_t h) const {
    if (slots_.empty())
      return kAbsent;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      if (slots_[i].hash == h)
        return slots_[i].id;
      if (slots_[i].hash == 0)
        return kAbsent;
    }
  }

  // A person stored with the key: ids grow, so the first one stays the smallest.
  void add(std::uint64_t h, std::int64_t id) { slot(h, id); }

  // People moved into or out of the key: only the store knows the smallest id now.
  void forget(std::uint64_t h) { slot(h, kAsk).id = kAsk; }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    std::int64_t id = 0;
  };

  Slot& slot(std::uint64_t h, std::int64_t id) {
    if ((size_ + 1) * 10 > slots_.size() * 7)
      grow();
    bool added = false;
    Slot& s = place(slots_, h, id, added);
    size_ += added ? 1 : 0;
    return s;
  }

  static Slot& place(std::vector<Slot>& slots, std::uint64_t h, std::int64_t id, bool& added) {
    const std::size_t mask = slots.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      if (slots[i].hash == h)
        return slots[i];
      if (slots[i].hash == 0) {
        slots[i] = {h, id};
        added = true;
        return slots[i];
      }
    }
  }

  void grow() {
    std::vector<Slot> bigger(slots_.empty() ? 1024 : slots_.size() * 2);
    for (const Slot& s : slots_) {
      bool added = false;
      if (s.hash != 0)
        place(bigger, s.hash, s.id, added);
    }
    slots_.swap(bigger);
  }

  std::vector<Slot> slots_;
  std::size_t size_ = 0;
};

}  // namespace thuky::people
