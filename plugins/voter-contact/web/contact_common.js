// What the voter-contact pages share: the API path and the plan picker (the rest is the host's
// thuky.plugin, /assets/common.js).
"use strict";

const contact = Object.assign(thuky.plugin("/api/p/voter-contact/"), {
  // Fills the plan picker and calls `onPlan(id)` now and on every change; ?plan= keeps it.
  plans(onPlan) {
    return contact.choose("plan", "plans", "plans", (p) => contact.option(p.id, p.title), onPlan);
  },
});
