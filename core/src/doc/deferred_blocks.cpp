// Blocks drawn one step late, so the signatures can take the last of them along (see
// Document::Impl::Deferred).
#include "doc/document_impl.hpp"

namespace thuky::doc {

void Document::Impl::defer(Deferred block) {
  // What was held back (a heading) goes before this block, wherever it is drawn.
  for (const auto& [height, draw] : held_) {
    block.height += height;
    block.fresh_height += height;
  }
  block.held = std::move(held_);
  held_.clear();
  deferred_.push_back(std::move(block));
  // Two are enough: the last block and a closing line after it.
  while (deferred_.size() > 2)
    draw_first_deferred();
}

void Document::Impl::after_last(double height, const std::function<void()>& draw) {
  if (deferred_.empty() || !held_.empty()) {
    settle();
    draw();
    return;
  }
  Deferred& last = deferred_.back();
  last.height += height;
  last.fresh_height += height;
  last.space_after += height;
  last.draw = [first = std::move(last.draw), draw] {
    first();
    draw();
  };
}

void Document::Impl::draw_first_deferred() {
  Deferred block = std::move(deferred_.front());
  deferred_.pop_front();
  // What is held now was held after this block: it waits for the blocks after it.
  auto later = std::move(held_);
  held_ = std::move(block.held);
  struct Replaying {
    bool& flag;
    explicit Replaying(bool& f) : flag(f) { flag = true; }
    ~Replaying() { flag = false; }
    Replaying(const Replaying&) = delete;
    Replaying& operator=(const Replaying&) = delete;
  } replaying(replaying_);
  block.draw();
  draw_held();  // a block that asked for no room still draws what went before it
  held_ = std::move(later);
}

void Document::Impl::settle() {
  if (replaying_)
    return;
  while (!deferred_.empty())
    draw_first_deferred();
}

void Document::Impl::keep_with_last(double height) {
  if (replaying_)
    return need(height);
  // The last block goes along; a one-line block (the closing line "Cuộc họp kết thúc …") takes
  // the block before it too.
  std::size_t carried = deferred_.empty() ? 0 : 1;
  if (carried == 1 && deferred_.back().one_line && deferred_.size() >= 2)
    carried = 2;
  while (deferred_.size() > carried)
    draw_first_deferred();
  if (!page_)
    new_page();
  double blocks = 0, fresh = held_height();
  for (const Deferred& block : deferred_) {
    blocks += block.height;
    fresh += block.fresh_height;
  }
  const double room = y_ - bottom_;
  // The first block fits on this page, not all that follows it with the signatures, and all
  // fit on a new page: all go there. (A first block that does not fit here goes or breaks over
  // to the next page: the signatures are not alone anyway.)
  if (carried > 0 && !at_page_top() &&
      deferred_.front().height - deferred_.front().space_after <= room + 0.01 &&
      blocks + held_height() + height > room + 0.01 && fresh + height <= top_ - bottom_ + 0.01) {
    new_page();
  }
  need(height);
}

}  // namespace thuky::doc
