// Actor network: a small force layout (repulsion, springs, gravity) drawn in SVG.
// Hand-written because the graphs here are small (≤ a few hundred nodes: the API pages edges)
// and a library such as d3-force would add a vendored dependency for ~40 lines of arithmetic.
"use strict";
(async function () {
  const svg = document.getElementById("graph");
  if (!svg) return;
  const data = await fetchJSON(sourceUrl(svg, 200));
  if (!data.items.length) { showEmpty(svg, "No actor → recipient events match these filters."); return; }
  const W = 1000, H = 560;
  const nodes = data.nodes.map((n, i) => ({...n, x: W / 2 + 220 * Math.cos(2 * Math.PI * i / data.nodes.length),
                                           y: H / 2 + 220 * Math.sin(2 * Math.PI * i / data.nodes.length)}));
  const byCode = new Map(nodes.map((n) => [n.code, n]));
  const edges = data.items.map((e) => ({...e, s: byCode.get(e.source), t: byCode.get(e.target)}));
  layout(nodes, edges, W, H);
  draw(svg, nodes, edges);
})();

function layout(nodes, edges, W, H) {
  // d3-force style: springs of length L, 1/d repulsion, a pull to the centre, damped velocities.
  const L = Math.max(60, Math.min(180, Math.sqrt((W * H) / Math.max(nodes.length, 1)) * 0.9));
  for (const a of nodes) { a.vx = 0; a.vy = 0; }
  for (let step = 0; step < 300; step++) {
    const alpha = 1 - step / 300;
    for (const e of edges) {
      if (e.s === e.t) continue;
      const dx = e.t.x - e.s.x, dy = e.t.y - e.s.y, d = Math.hypot(dx, dy) || 1;
      const f = ((d - L) / d) * alpha * 0.25;
      e.s.vx += dx * f; e.s.vy += dy * f; e.t.vx -= dx * f; e.t.vy -= dy * f;
    }
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i], b = nodes[j], dx = a.x - b.x || 0.1, dy = a.y - b.y, d2 = Math.max(dx * dx + dy * dy, 25);
        const f = (L * L * 0.5 * alpha) / d2;
        a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
      }
    }
    for (const a of nodes) {
      a.vx += (W / 2 - a.x) * 0.15 * alpha; a.vy += (H / 2 - a.y) * 0.15 * alpha;
      a.x += (a.vx *= 0.6); a.y += (a.vy *= 0.6);
    }
  }
  fit(nodes, W, H);
}

// Scale and centre the laid-out graph into the drawing, with room for labels.
function fit(nodes, W, H) {
  const xs = nodes.map((n) => n.x), ys = nodes.map((n) => n.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const sy = Math.min(1.2, (H - 80) / Math.max(y1 - y0, 1));
  const sx = Math.min(1.6 * sy, (W - 160) / Math.max(x1 - x0, 1));  // widen, within reason
  for (const n of nodes) {
    n.x = W / 2 + (n.x - (x0 + x1) / 2) * sx;
    n.y = H / 2 + (n.y - (y0 + y1) / 2) * sy;
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
  const marker = svgEl("marker", {id: "arrow", viewBox: "0 0 10 10", refX: 8, refY: 5, markerWidth: 12,
                                  markerHeight: 12, markerUnits: "userSpaceOnUse", orient: "auto"}, defs);
  svgEl("path", {d: "M0,0 L10,5 L0,10 z", fill: "#6b7682"}, marker);
  const edgeLayer = svgEl("g", {class: "edges"}, svg), nodeLayer = svgEl("g", {class: "nodes"}, svg);
  const maxEvents = Math.max(...edges.map((e) => e.events));
  for (const e of edges.filter((e) => e.s !== e.t)) {
    e.el = withTitle(svgEl("path", {class: "edge", stroke: goldsteinColour(e.goldstein),
      "stroke-width": 1.2 + 5 * e.events / maxEvents, "marker-end": "url(#arrow)", d: edgePath(e)}, edgeLayer),
      `${e.source} → ${e.target}: ${e.events} event(s), mean Goldstein ${e.goldstein ?? "n/a"}`);
  }
  const paired = new Set(edges.flatMap((e) => [e.source, e.target]));
  for (const n of nodes) {
    n.el = svgEl("g", {class: "node", "data-code": n.code, transform: `translate(${n.x},${n.y})`}, nodeLayer);
    const fill = paired.has(n.code) ? "#2b6cb0" : "#9db4cc";  // paler: no recipient/actor partner
    withTitle(svgEl("circle", {r: radius(n), fill}, n.el), `${n.code}: ${n.events} event(s)`);
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
