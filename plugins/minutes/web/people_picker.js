// Picking someone from the people directory: type part of a name (without diacritics is fine),
// then tap the person in the list.
"use strict";

const peoplePicker = {
  // Fills `container` with a search box; calls onPick(person) with {code, name, title, unit}.
  attach(container, placeholder, onPick) {
    const input = document.createElement("input");
    input.type = "search";
    input.placeholder = placeholder;
    input.setAttribute("aria-label", placeholder);
    input.className = "picker-search";
    const results = document.createElement("ul");
    results.className = "results";
    container.append(input, results);
    let timer = null;
    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        results.replaceChildren();
        const q = input.value.trim();
        if (!q) return;
        const { status, body } = await thuky.call(
          "GET", `/api/people?q=${encodeURIComponent(q)}&limit=8`);
        if (status !== 200) return;
        for (const p of body.people) {
          const li = document.createElement("li");
          const button = document.createElement("button");
          button.type = "button";
          button.textContent = [p.name, p.title, p.unit].filter(Boolean).join(" — ");
          button.addEventListener("click", () => {
            results.replaceChildren();
            input.value = "";
            onPick({ code: p.code, name: p.name, title: p.title, unit: p.unit });
          });
          li.append(button);
          results.append(li);
        }
        if (body.people.length === 0) {
          const li = document.createElement("li");
          li.className = "muted";
          li.textContent = "Không tìm thấy ai trong danh bạ.";
          results.append(li);
        }
      }, 200);
    });
    return input;
  },
};
