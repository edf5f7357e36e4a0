#pragma once
// The identity keys of everyone stored, by 64-bit hash, for a large import: a code, a name with
// a birth date, a name with a unit, each to the smallest id stored under it. A key never seen
// is certainly absent and costs no query; a key seen gives the person to check (the hash may
// be another key's) or says "ask the store" once an update has moved people between keys.
// 12 bytes a slot, at most 70 % full, at most 2^21 slots (24 MiB): a million people fit.

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
    if (hashes_.empty())
      return kAbsent;
    const std::size_t mask = hashes_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      if (hashes_[i] == h)
        return ids_[i] == kAskId ? kAsk : static_cast<std::int64_t>(ids_[i]);
      if (hashes_[i] == 0)
        return kAbsent;
    }
  }

  // At most `slots` slots (a power of two): memory stays bounded whatever the file's size.
  explicit KeyMap(std::size_t max_slots = std::size_t{1} << 21) : max_slots_(max_slots) {}

  // No room for another key: the caller stops using the map (and takes the store's answers).
  bool full() const { return (size_ + 1) * 10 > max_slots_ * 7; }

  // A person stored with the key: ids grow, so the first one stays the smallest. Check full()
  // first.
  void add(std::uint64_t h, std::int64_t id) {
    const std::size_t i = slot(h);
    if (hashes_[i] == 0) {
      hashes_[i] = h;
      ids_[i] = id > 0 && id < kAskId ? static_cast<std::uint32_t>(id) : kAskId;
      ++size_;
    }
  }

  // People moved into or out of the key: only the store knows the smallest id now.
  void forget(std::uint64_t h) {
    const std::size_t i = slot(h);
    size_ += hashes_[i] == 0 ? 1 : 0;
    hashes_[i] = h;
    ids_[i] = kAskId;
  }

 private:
  static constexpr std::uint32_t kAskId = 0xFFFFFFFF;  // also ids too large to hold

  // The slot of `h`: where it is, or the free one where it goes.
  std::size_t slot(std::uint64_t h) {
    if ((size_ + 1) * 10 > hashes_.size() * 7 && hashes_.size() < max_slots_)
      grow();
    const std::size_t mask = hashes_.size() - 1;
    std::size_t i = h & mask;
    while (hashes_[i] != 0 && hashes_[i] != h)
      i = (i + 1) & mask;
    return i;
  }

  void grow() {
    std::vector<std::uint64_t> hashes(hashes_.empty() ? 1024 : hashes_.size() * 2, 0);
    std::vector<std::uint32_t> ids(hashes.size(), 0);
    const std::size_t mask = hashes.size() - 1;
    for (std::size_t j = 0; j < hashes_.size(); ++j) {
      if (hashes_[j] == 0)
        continue;
      std::size_t i = hashes_[j] & mask;
      while (hashes[i] != 0)
        i = (i + 1) & mask;
      hashes[i] = hashes_[j];
      ids[i] = ids_[j];
    }
    hashes_.swap(hashes);
    ids_.swap(ids);
  }

  // Apart rather than in pairs: 12 bytes a slot instead of 16.
  std::vector<std::uint64_t> hashes_;
  std::vector<std::uint32_t> ids_;
  std::size_t size_ = 0;
  std::size_t max_slots_;
};

}  // namespace thuky::people
