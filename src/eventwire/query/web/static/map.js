// Map: places as circles on a world base (world-atlas TopoJSON, vendored), equirectangular.
"use strict";
const MAP_W = 1000, MAP_H = 500;
const project = ([lon, lat]) => [((lon + 180) / 360) * MAP_W, ((90 - lat) / 180) * MAP_H];

(async function () {
  const svg = document.getElementById("map");
  if (!svg) return;
  const [world, data] = await Promise.all([fetchJSON(svg.dataset.world), fetchJSON(sourceUrl(svg, 500))]);
  drawLand(svg, world);
  drawPlaces(svg, data.items.filter((p) => p.lat !== null && p.lon !== null));
  listPlaces(data);
})();

// TopoJSON decoding (delta-encoded, quantised arcs; a negative index ~i is arc i reversed):
// the few lines of topojson-client's `feature` this page needs.
function decodeArcs(topology) {
  const [sx, sy] = topology.transform.scale, [tx, ty] = topology.transform.translate;
  return topology.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
  });
}

function ringPath(ring, arcs) {
  const points = [];
  for (const index of ring) {
    const arc = index < 0 ? arcs[~index].slice().reverse() : arcs[index];
    points.push(...(points.length ? arc.slice(1) : arc));
  }
  let d = "", prev = null;
  for (const p of points) {  // start a new sub-path where a ring crosses the antimeridian
    const [x, y] = project(p);
    d += (prev === null || Math.abs(p[0] - prev[0]) > 180 ? "M" : "L") + x.toFixed(1) + "," + y.toFixed(1);
    prev = p;
  }
  return d + "Z";
}

function drawLand(svg, topology) {
  const arcs = decodeArcs(topology), land = svgEl("g", {class: "lands"}, svg);
  for (const g of topology.objects.countries.geometries) {
    const polygons = g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : [];
    const d = polygons.map((rings) => rings.map((ring) => ringPath(ring, arcs)).join("")).join("");
    if (d) withTitle(svgEl("path", {class: "land", d}, land), (g.properties || {}).name || "");
  }
}

function drawPlaces(svg, places) {
  const layer = svgEl("g", {class: "places"}, svg);
  places.sort((a, b) => b.articles - a.articles);  // small circles on top
  for (const p of places) {
    const [x, y] = project([p.lon, p.lat]);
    const c = svgEl("circle", {class: "place", cx: x.toFixed(1), cy: y.toFixed(1),
                               r: (3 + 4 * Math.sqrt(p.articles)).toFixed(1), "data-name": p.name}, layer);
    withTitle(c, `${p.name}${p.country ? " (" + p.country + ")" : ""}: ${p.articles} article(s), ${p.mentions} mention(s), ${p.events} event(s)`);
    c.addEventListener("click", () => { window.location.href = `/events?place=${encodeURIComponent(p.name)}`; });
  }
  if (!places.length) showEmpty(svg, "No located places match these filters.");
}

function listPlaces(data) {
  const box = document.getElementById("place-list");
  if (!box) return;
  const rows = data.items.map((p) => `<tr><td><a href="/events?place=${encodeURIComponent(p.name)}">${escapeHtml(p.name)}</a></td>` +
    `<td>${p.country || ""}</td><td>${p.feature || ""}</td><td class="num">${p.articles}</td>` +
    `<td class="num">${p.mentions}</td><td class="num">${p.events}</td></tr>`).join("");
  box.innerHTML = `<h2>${data.total} places</h2><table class="rows"><thead><tr><th>name</th><th>country</th>` +
    `<th>feature</th><th>articles</th><th>mentions</th><th>events</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c]));
}
