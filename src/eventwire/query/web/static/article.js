// Article view: hover a highlight to read what was found; click an event to light its sentence.
"use strict";
(function () {
  const text = document.getElementById("text");
  const hover = document.getElementById("hover");
  if (!text) return;
  text.addEventListener("mouseover", (ev) => {
    const seg = ev.target.closest(".seg");
    if (seg && hover) hover.textContent = `“${seg.textContent}”\n${seg.title}`;
  });

  function select(item) {
    document.querySelectorAll(".sel").forEach((el) => el.classList.remove("sel"));
    document.querySelectorAll("li.event.active").forEach((el) => el.classList.remove("active"));
    if (!item) return;
    const start = Number(item.dataset.s), end = Number(item.dataset.e);
    let first = null;
    text.querySelectorAll("[data-s]").forEach((seg) => {
      if (Number(seg.dataset.s) >= start && Number(seg.dataset.e) <= end) {
        seg.classList.add("sel");
        first = first || seg;
      }
    });
    item.classList.add("active");
    if (first) first.scrollIntoView({block: "center"});
  }

  document.querySelectorAll("li.event").forEach((item) => {
    item.addEventListener("click", () => {
      history.replaceState(null, "", `#${item.id}`);
      select(item);
    });
    item.addEventListener("keydown", (ev) => { if (ev.key === "Enter") item.click(); });
  });
  if (window.location.hash.length > 1) select(document.getElementById(window.location.hash.slice(1)));
})();
