// Timeline: events per day as SVG bars stacked by CAMEO quad class.
"use strict";
const QUADS = [
  {q: 1, name: "verbal cooperation", colour: "#8cc990"},
  {q: 2, name: "material cooperation", colour: "#2e8b57"},
  {q: 3, name: "verbal conflict", colour: "#f0a04b"},
  {q: 4, name: "material conflict", colour: "#c0392b"},
  {q: null, name: "not coded", colour: "#b8c0c8"},
];

(async function () {
  const svg = document.getElementById("timeline");
  if (!svg) return;
  const data = await fetchJSON(sourceUrl(svg, 500));
  if (!data.items.length) { showEmpty(svg, "No dated events match these filters."); return; }
  const counts = new Map();  // day → {quad: n}
  for (const row of data.items) {
    const day = counts.get(row.day) || {};
    day[row.quad_class] = (day[row.quad_class] || 0) + row.events;
    counts.set(row.day, day);
  }
  drawBars(svg, allDays([...counts.keys()].sort()), counts);
})();

// Every day from the first to the last (so gaps show), unless the span is too long to draw.
function allDays(days) {
  const first = new Date(days[0] + "T00:00:00Z"), last = new Date(days[days.length - 1] + "T00:00:00Z");
  const span = (last - first) / 86400000;
  if (!(span >= 0) || span > 366) return days;
  const out = [];
  for (let t = first.getTime(); t <= last.getTime(); t += 86400000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

function drawBars(svg, days, counts) {
  const W = 1000, H = 420, left = 44, right = 12, top = 36, bottom = 56;
  const totals = days.map((d) => Object.values(counts.get(d) || {}).reduce((a, b) => a + b, 0));
  const max = Math.max(1, ...totals), step = (W - left - right) / days.length;
  const y = (v) => H - bottom - (v / max) * (H - top - bottom);
  const axis = svgEl("g", {class: "axis"}, svg);
  for (let i = 0; i <= 4; i++) {
    const v = Math.round((max * i) / 4);
    svgEl("line", {x1: left, x2: W - right, y1: y(v), y2: y(v)}, axis);
    svgEl("text", {x: left - 6, y: y(v) + 4, "text-anchor": "end"}, axis).textContent = v;
  }
  const every = Math.ceil(days.length / 14);
  days.forEach((day, i) => {
    const x = left + i * step;
    let base = 0;
    for (const quad of QUADS) {
      const n = (counts.get(day) || {})[quad.q] || 0;
      if (!n) continue;
      const bar = svgEl("rect", {class: "bar", x: x + step * 0.1, width: Math.max(1, step * 0.8),
        y: y(base + n), height: y(base) - y(base + n), fill: quad.colour, "data-day": day}, svg);
      withTitle(bar, `${day}: ${n} ${quad.name}`);
      bar.addEventListener("click", () => { window.location.href = `/events?since=${day}&until=${day}`; });
      base += n;
    }
    if (i % every === 0) {
      svgEl("text", {x: x + step / 2, y: H - bottom + 16, "text-anchor": "middle"}, axis).textContent = day;
    }
  });
  const legend = svgEl("g", {class: "legend"}, svg);
  QUADS.forEach((quad, i) => {
    svgEl("rect", {x: left + i * 170, y: 10, width: 12, height: 12, fill: quad.colour}, legend);
    svgEl("text", {x: left + i * 170 + 17, y: 20}, legend).textContent = quad.name;
  });
}
