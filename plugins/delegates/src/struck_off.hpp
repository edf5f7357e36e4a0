#pragma once
// A voter struck off a list (xóa tên) and put back: the row and its number stay whatever
// happens (the number is the voter card's), only the mark and its reason change. Both are
// refused while the results of an election the polling area votes in are official.

#include <string>

#include "model.hpp"
#include "thuky/context.hpp"

namespace delegates {

// Strikes the voter off with the reason: the row stays, struck through.
void remove_voter(thuky::PluginContext& ctx, const ElectionDay& day, const std::string& area,
                  int card, const std::string& reason);

// Puts a struck-off voter back on the list (a strike made in error, a voter who came back),
// saying why; the number is the same. Refused when the voter is not struck off.
void restore_voter(thuky::PluginContext& ctx, const ElectionDay& day, const std::string& area,
                   int card, const std::string& reason);

}  // namespace delegates
