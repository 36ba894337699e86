// Shared helpers for the drawn pages: fetch the page's API response, build SVG elements.
"use strict";
const SVG_NS = "http://www.w3.org/2000/svg";

function svgEl(tag, attrs, parent) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, v);
  if (parent) parent.appendChild(el);
  return el;
}

function withTitle(el, text) {
  svgEl("title", {}, el).textContent = text;
  return el;
}

// The API URL of this page with a bigger default page size (drawn pages want everything).
function sourceUrl(svg, limit) {
  const url = new URL(svg.dataset.src, window.location.origin);
  if (!url.searchParams.has("limit")) url.searchParams.set("limit", String(limit));
  return url;
}

async function fetchJSON(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

function showEmpty(svg, message) {
  const box = svg.viewBox.baseVal;
  svgEl("text", {x: box.width / 2, y: box.height / 2, "text-anchor": "middle", class: "empty"}, svg)
    .textContent = message;
}

// Goldstein score (-10 … +10) → red … grey … green.
function goldsteinColour(g) {
  if (g === null || g === undefined) return "#8a94a0";
  const t = Math.max(-1, Math.min(1, g / 10));
  const grey = [138, 148, 160], end = t < 0 ? [200, 40, 40] : [40, 150, 70];
  const a = Math.abs(t);
  const c = grey.map((v, i) => Math.round(v + (end[i] - v) * a));
  return `rgb(${c.join(",")})`;
}
