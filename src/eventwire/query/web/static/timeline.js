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
  const days = data.items.map((row) => row.day).sort();
  const unit = binUnit(days[0], days[days.length - 1]);
  const counts = new Map();  // bin start → {quad: n}
  for (const row of data.items) {
    const key = binStart(row.day, unit), bin = counts.get(key) || {};
    bin[row.quad_class] = (bin[row.quad_class] || 0) + row.events;
    counts.set(key, bin);
  }
  const keys = [...counts.keys()].sort();
  drawBars(svg, allBins(keys[0], keys[keys.length - 1], unit), counts, unit);
})();

const DAY_MS = 86400000;
const utc = (day) => new Date(day + "T00:00:00Z");
const iso = (date) => date.toISOString().slice(0, 10);

// Days for up to ~3 months of events, weeks up to ~3 years, months beyond.
function binUnit(first, last) {
  const span = (utc(last) - utc(first)) / DAY_MS;
  return span <= 92 ? "day" : span <= 1100 ? "week" : "month";
}

function binStart(day, unit) {
  if (unit === "month") return day.slice(0, 7) + "-01";
  if (unit === "week") {  // the Monday of the ISO week
    const d = utc(day);
    return iso(new Date(d - ((d.getUTCDay() + 6) % 7) * DAY_MS));
  }
  return day;
}

function nextBin(day, unit) {
  const d = utc(day);
  if (unit === "month") return iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)));
  return iso(new Date(d.getTime() + (unit === "week" ? 7 : 1) * DAY_MS));
}

// Every bin from the first to the last, so quiet periods show as gaps.
function allBins(first, last, unit) {
  const out = [];
  for (let b = first; b <= last && out.length < 2000; b = nextBin(b, unit)) out.push(b);
  return out;
}

function niceStep(max) {
  const raw = max / 5, power = 10 ** Math.floor(Math.log10(raw || 1));
  return Math.max(1, [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw));
}

function drawBars(svg, bins, counts, unit) {
  const W = 1000, H = 420, left = 44, right = 12, top = 36, bottom = 56;
  const totals = bins.map((b) => Object.values(counts.get(b) || {}).reduce((x, y) => x + y, 0));
  const step = niceStep(Math.max(1, ...totals)), max = Math.ceil(Math.max(1, ...totals) / step) * step;
  const width = (W - left - right) / bins.length;
  const y = (v) => H - bottom - (v / max) * (H - top - bottom);
  const axis = svgEl("g", {class: "axis"}, svg);
  for (let v = 0; v <= max; v += step) {
    svgEl("line", {x1: left, x2: W - right, y1: y(v), y2: y(v)}, axis);
    svgEl("text", {x: left - 6, y: y(v) + 4, "text-anchor": "end"}, axis).textContent = v;
  }
  svgEl("text", {x: W - right, y: H - 12, "text-anchor": "end"}, axis).textContent = `events per ${unit}`;
  const every = Math.ceil(bins.length / 12);
  bins.forEach((bin, i) => {
    const x = left + i * width, until = iso(new Date(utc(nextBin(bin, unit)) - DAY_MS));
    let base = 0;
    for (const quad of QUADS) {
      const n = (counts.get(bin) || {})[quad.q] || 0;
      if (!n) continue;
      const bar = svgEl("rect", {class: "bar", x: x + width * 0.1, width: Math.max(1, width * 0.8),
        y: y(base + n), height: y(base) - y(base + n), fill: quad.colour, "data-day": bin}, svg);
      withTitle(bar, `${unit} of ${bin}: ${n} ${quad.name}`);
      bar.addEventListener("click", () => { window.location.href = `/events?since=${bin}&until=${until}`; });
      base += n;
    }
    if (i % every === 0) {
      svgEl("text", {x: x + width / 2, y: H - bottom + 16, "text-anchor": "middle"}, axis)
        .textContent = unit === "month" ? bin.slice(0, 7) : bin;
    }
  });
  const legend = svgEl("g", {class: "legend"}, svg);
  QUADS.forEach((quad, i) => {
    svgEl("rect", {x: left + i * 170, y: 10, width: 12, height: 12, fill: quad.colour}, legend);
    svgEl("text", {x: left + i * 170 + 17, y: 20}, legend).textContent = quad.name;
  });
}
