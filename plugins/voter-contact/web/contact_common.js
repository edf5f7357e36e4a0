// What the voter-contact pages share: the API path, the plan picker, small helpers.
"use strict";

const contact = {
  api: "/api/p/voter-contact/",

  $(id) {
    return document.getElementById(id);
  },

  el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (className) node.className = className;
    return node;
  },

  option(value, text) {
    const option = document.createElement("option");
    option.value = value;
    option.textContent = text;
    return option;
  },

  async get(path) {
    const { status, body } = await thuky.call("GET", contact.api + path);
    return status === 200 ? body : null;
  },

  post(path, body) {
    return thuky.call("POST", contact.api + path, body === undefined ? {} : body);
  },

  // Fills the plan picker and calls `onPlan(id)` now and on every change; ?plan= keeps it.
  async plans(onPlan) {
    const select = contact.$("plan");
    const list = await contact.get("plans");
    const plans = list ? list.plans : [];
    contact.$("empty").hidden = plans.length > 0;
    for (const p of plans) select.append(contact.option(p.id, p.title));
    const wanted = new URLSearchParams(window.location.search).get("plan");
    if (wanted && plans.some((p) => p.id === wanted)) select.value = wanted;
    const show = () => {
      if (!select.value) return;
      const url = new URL(window.location.href);
      url.searchParams.set("plan", select.value);
      window.history.replaceState(null, "", url);
      for (const a of document.querySelectorAll(".tabs a")) {
        const target = new URL(a.href);
        target.searchParams.set("plan", select.value);
        a.href = target;
      }
      onPlan(select.value);
    };
    select.addEventListener("change", show);
    show();
  },
};
