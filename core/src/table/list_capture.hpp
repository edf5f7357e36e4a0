#pragma once
// The host's hold on what a list command prints (a `[[commands]]` entry with `list = true`):
// while a ListCapture lives on this thread, the first table::ListOutput made hands its columns
// and rows to the capture's sink instead of printing them. `thuky serve` shows a plugin's list
// this way without parsing its output, keeping only the rows of the page asked for.
//
// Internal to the host, and no change to ListOutput's layout: every plugin built against SDK
// 2.x gets it, as ListOutput's code is in libthuky.

#include <string>
#include <vector>

#include "thuky/export.hpp"
#include "thuky/table/list_output.hpp"

namespace thuky::table {

class THUKY_API ListSink {
 public:
  virtual ~ListSink() = default;
  // The list's name (its JSON member: "greetings") and columns, once, before any row.
  virtual void begin(const std::string& what, const std::vector<ListColumn>& columns) = 0;
  virtual void row(const std::vector<std::string>& values) = 0;
};

class THUKY_API ListCapture {
 public:
  explicit ListCapture(ListSink& sink);
  ~ListCapture();
  ListCapture(const ListCapture&) = delete;
  ListCapture& operator=(const ListCapture&) = delete;

  // For ListOutput. claim(): the sink when `list` is the first list made while a capture
  // lives (later ones print as usual); sink_of(): the sink of a list that claimed it;
  // release(): `list` is gone, so no later list at its address is taken for it.
  static ListSink* claim(const ListOutput* list);
  static ListSink* sink_of(const ListOutput* list);
  static void release(const ListOutput* list);

 private:
  ListSink& sink_;
  const ListOutput* owner_ = nullptr;
  bool claimed_ = false;
  ListCapture* previous_;
};

}  // namespace thuky::table
