#include "list_capture.hpp"

namespace thuky::table {
namespace {

// One per thread: the server runs a list command on the thread that answers the request.
thread_local ListCapture* current = nullptr;

}  // namespace

ListCapture::ListCapture(ListSink& sink) : sink_(sink), previous_(current) {
  current = this;
}

ListCapture::~ListCapture() {
  current = previous_;
}

ListSink* ListCapture::claim(const ListOutput* list) {
  if (!current || current->claimed_)
    return nullptr;
  current->claimed_ = true;
  current->owner_ = list;
  return &current->sink_;
}

ListSink* ListCapture::sink_of(const ListOutput* list) {
  return current && current->owner_ == list ? &current->sink_ : nullptr;
}

void ListCapture::release(const ListOutput* list) {
  if (current && current->owner_ == list)
    current->owner_ = nullptr;
}

}  // namespace thuky::table
