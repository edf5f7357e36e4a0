#pragma once
// The `thuky contact` commands.

#include <string>

#include "thuky/context.hpp"

namespace contact {

struct Arguments {
  std::string file, plan, group, locality, date, slot, venue, out, election;
  bool fresh = false;
};

void import_plan(thuky::PluginContext& ctx, const Arguments& a);
void schedule_plan(thuky::PluginContext& ctx, const Arguments& a);
void pin_session(thuky::PluginContext& ctx, const Arguments& a);
void unpin_session(thuky::PluginContext& ctx, const Arguments& a);
void list_schedule(thuky::PluginContext& ctx, const Arguments& a);
void render_plan(thuky::PluginContext& ctx, const Arguments& a);

}  // namespace contact
