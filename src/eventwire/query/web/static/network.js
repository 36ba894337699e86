// Actor network: a small force layout (repulsion, springs, gravity) drawn in SVG.
// Hand-written because the graphs here are small (≤ a few hundred nodes) and a library
// such as d3-force would add a vendored dependency for ~60 lines of arithmetic.
"use strict";
(async function () {
  const svg = document.getElementById("graph");
  if (!svg) return;
  const data = await fetchJSON(sourceUrl(svg, 200));
  if (!data.items.length) { showEmpty(svg, "No actor → recipient events match these filters."); return; }
  const W = 1000, H = 620;
  const nodes = data.nodes.map((n, i) => ({...n, x: W / 2 + 220 * Math.cos(2 * Math.PI * i / data.nodes.length),
                                           y: H / 2 + 220 * Math.sin(2 * Math.PI * i / data.nodes.length)}));
  const byCode = new Map(nodes.map((n) => [n.code, n]));
  const edges = data.items.map((e) => ({...e, s: byCode.get(e.source), t: byCode.get(e.target)}));
  layout(nodes, edges, W, H);
  draw(svg, nodes, edges);
})();

function layout(nodes, edges, W, H) {
  const k = Math.sqrt((W * H) / Math.max(nodes.length, 1)) * 0.6;
  for (let step = 0; step < 300; step++) {
    const heat = 0.1 * (1 - step / 300) + 0.005;
    for (const a of nodes) { a.dx = (W / 2 - a.x) * 0.02; a.dy = (H / 2 - a.y) * 0.02; }
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i], b = nodes[j];
        let dx = a.x - b.x, dy = a.y - b.y, d2 = dx * dx + dy * dy || 0.01;
        const f = (k * k) / d2;
        a.dx += dx * f; a.dy += dy * f; b.dx -= dx * f; b.dy -= dy * f;
      }
    }
    for (const e of edges) {
      if (e.s === e.t) continue;
      const dx = e.t.x - e.s.x, dy = e.t.y - e.s.y, d = Math.sqrt(dx * dx + dy * dy) || 0.1;
      const f = d / k;
      e.s.dx += dx * f; e.s.dy += dy * f; e.t.dx -= dx * f; e.t.dy -= dy * f;
    }
    for (const a of nodes) {
      const len = Math.sqrt(a.dx * a.dx + a.dy * a.dy) || 1, move = Math.min(len, heat * k * 3);
      a.x = Math.max(40, Math.min(W - 40, a.x + (a.dx / len) * move));
      a.y = Math.max(30, Math.min(H - 30, a.y + (a.dy / len) * move));
    }
  }
}

function radius(n) { return 6 + 3 * Math.sqrt(n.events); }

function edgePath(e) {
  const dx = e.t.x - e.s.x, dy = e.t.y - e.s.y, d = Math.sqrt(dx * dx + dy * dy) || 1;
  const r = radius(e.t) + 3;  // stop at the target's rim so the arrow head shows
  const bend = 0.12;  // slight curve keeps A→B and B→A apart
  const mx = (e.s.x + e.t.x) / 2 - dy * bend, my = (e.s.y + e.t.y) / 2 + dx * bend;
  const ex = e.t.x - (e.t.x - mx) / Math.hypot(e.t.x - mx, e.t.y - my) * r;
  const ey = e.t.y - (e.t.y - my) / Math.hypot(e.t.x - mx, e.t.y - my) * r;
  return `M${e.s.x.toFixed(1)},${e.s.y.toFixed(1)} Q${mx.toFixed(1)},${my.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`;
}

function draw(svg, nodes, edges) {
  const defs = svgEl("defs", {}, svg);
  const marker = svgEl("marker", {id: "arrow", viewBox: "0 0 10 10", refX: 8, refY: 5, markerWidth: 5,
                                  markerHeight: 5, orient: "auto-start-reverse"}, defs);
  svgEl("path", {d: "M0,0 L10,5 L0,10 z", fill: "#6b7682"}, marker);
  const edgeLayer = svgEl("g", {class: "edges"}, svg), nodeLayer = svgEl("g", {class: "nodes"}, svg);
  const maxEvents = Math.max(...edges.map((e) => e.events));
  for (const e of edges.filter((e) => e.s !== e.t)) {
    e.el = withTitle(svgEl("path", {class: "edge", stroke: goldsteinColour(e.goldstein),
      "stroke-width": 1.2 + 5 * e.events / maxEvents, "marker-end": "url(#arrow)", d: edgePath(e)}, edgeLayer),
      `${e.source} → ${e.target}: ${e.events} event(s), mean Goldstein ${e.goldstein ?? "n/a"}`);
  }
  for (const n of nodes) {
    n.el = svgEl("g", {class: "node", "data-code": n.code, transform: `translate(${n.x},${n.y})`}, nodeLayer);
    withTitle(svgEl("circle", {r: radius(n), fill: "#2b6cb0"}, n.el), `${n.code}: ${n.events} event(s)`);
    svgEl("text", {x: radius(n) + 3, y: 4}, n.el).textContent = n.code;
    dragNode(svg, n, edges);
  }
}

function dragNode(svg, n, edges) {
  let moved = false;
  n.el.addEventListener("pointerdown", (ev) => {
    moved = false;
    n.el.setPointerCapture(ev.pointerId);
    const move = (mv) => {
      const p = new DOMPoint(mv.clientX, mv.clientY).matrixTransform(svg.getScreenCTM().inverse());
      n.x = p.x; n.y = p.y; moved = true;
      n.el.setAttribute("transform", `translate(${n.x},${n.y})`);
      edges.filter((e) => e.el && (e.s === n || e.t === n)).forEach((e) => e.el.setAttribute("d", edgePath(e)));
    };
    const up = () => { n.el.removeEventListener("pointermove", move); n.el.removeEventListener("pointerup", up);
                       if (!moved) window.location.href = `/events?actor=${encodeURIComponent(n.code)}`; };
    n.el.addEventListener("pointermove", move);
    n.el.addEventListener("pointerup", up);
  });
}
