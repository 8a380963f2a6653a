// Lapwing web UI: linked views over one filter state kept in the URL.
// Everything shown from the data goes through textContent / DOM nodes (never innerHTML),
// and chart tooltips escape their text: article text and names are untrusted input.

const FILTERS = ["date_from", "date_to", "actor", "type", "country", "modality", "sector", "mode",
  "place", "bbox", "q", "min_confidence", "cluster", "precision", "doc_id"];
const FACET_FIELD = { type: "type", modality: "modality", mode: "mode", precision: "precision",
  country: "country", actor: "actor", sector: "sector", place: "place", cluster: "cluster" };
const FACET_TITLES = { type: "Event type", modality: "Modality", mode: "Mode",
  precision: "Date precision", country: "Country", actor: "Actor", sector: "Sector",
  place: "Place", cluster: "Cluster" };
const LABELS = { date_from: "from", date_to: "to", min_confidence: "confidence ≥", q: "text",
  bbox: "map area", doc_id: "document" };
const PAGE = 50;
const TONE_DEFAULT = {};
const TYPE_COLORS = {
  ASSAULT: "#b42318", COERCE: "#d9480f", SEIZE: "#e8590c", MOBILIZE: "#f08c00", SANCTION: "#e67700",
  PROTEST: "#c2255c", THREATEN: "#f06595", ACCUSE: "#ae3ec9", REJECT: "#9c36b5", DEMAND: "#845ef7",
  DISAPPROVE: "#7048e8", REQUEST: "#868e96", CONSULT: "#1c7ed6", AGREE: "#0ca678",
  SUPPORT: "#12b886", COOPERATE: "#2b8a3e", AID: "#37b24d", CONCEDE: "#74b816", RETREAT: "#94d82d",
};
const PALETTE = ["#1f5fbf", "#c0392b", "#2e7d5b", "#e67700", "#7b3fb5", "#0b7285", "#a61e4d",
  "#5c940d", "#364fc7", "#868e96"];

const state = { filters: {}, sort: "date", order: "desc", tab: "events", event: null, doc: null,
  view: "dashboard", key: null, stack: "type", unit: "auto", cursors: [null], offset: 0 };
let meta = { tone: TONE_DEFAULT };
let inflight = new AbortController();
const charts = {};
let worldTopo = null;

// -- helpers --------------------------------------------------------------------------------

function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") el.className = v;
    else if (k === "dataset") Object.assign(el.dataset, v);
    else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

function escapeHtml(text) {
  return String(text ?? "").replace(/[&<>"']/g, (c) => (
    { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
}

function safeUrl(url) {
  try {
    const u = new URL(String(url));
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch { return null; }
}

function fmt(n) { return n === null || n === undefined ? "–" : Number(n).toLocaleString("en-US"); }

function toast(message) {
  const t = document.getElementById("toast");
  t.textContent = message;
  t.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { t.hidden = true; }, 5000);
}

function params(extra = {}, omit = []) {
  const p = new URLSearchParams();
  for (const k of FILTERS) {
    const v = state.filters[k];
    if (v !== undefined && v !== null && v !== "" && !omit.includes(k)) p.set(k, v);
  }
  for (const [k, v] of Object.entries(extra)) if (v !== null && v !== undefined) p.set(k, v);
  return p;
}

async function api(path, p = null, signal = inflight.signal) {
  const url = p ? `${path}?${p}` : path;
  const r = await fetch(url, { signal, headers: { Accept: "application/json" } });
  const body = await r.json().catch(() => ({}));
  if (!r.ok) throw new Error(typeof body.detail === "string" ? body.detail : `${r.status} ${url}`);
  return body;
}

function colorFor(name, i) {
  return TYPE_COLORS[name] || PALETTE[i % PALETTE.length];
}

function toneColor(t) {
  // -1 conflict (red) .. 0 neutral (grey) .. +1 cooperation (green)
  const lerp = (a, b, x) => Math.round(a + (b - a) * x);
  const [r0, g0, b0] = t < 0 ? [152, 162, 179] : [152, 162, 179];
  const [r1, g1, b1] = t < 0 ? [192, 57, 43] : [46, 125, 91];
  const x = Math.min(1, Math.abs(t));
  return `rgb(${lerp(r0, r1, x)},${lerp(g0, g1, x)},${lerp(b0, b1, x)})`;
}

// -- URL state ------------------------------------------------------------------------------

function readUrl() {
  const p = new URLSearchParams(location.search);
  state.filters = {};
  for (const k of FILTERS) if (p.get(k)) state.filters[k] = p.get(k);
  state.sort = p.get("sort") || "date";
  state.order = p.get("order") || "desc";
  state.tab = p.get("tab") || "events";
  state.event = p.get("event");
  state.doc = p.get("doc");
  state.view = p.get("view") === "actor" ? "actor" : "dashboard";
  state.key = p.get("key");
  state.stack = p.get("stack") || "type";
  state.unit = p.get("unit") || "auto";
}

function writeUrl(push = true) {
  const p = params();
  if (state.sort !== "date") p.set("sort", state.sort);
  if (state.order !== "desc") p.set("order", state.order);
  if (state.tab !== "events") p.set("tab", state.tab);
  if (state.stack !== "type") p.set("stack", state.stack);
  if (state.unit !== "auto") p.set("unit", state.unit);
  if (state.view === "actor" && state.key) { p.set("view", "actor"); p.set("key", state.key); }
  if (state.event) p.set("event", state.event);
  else if (state.doc) p.set("doc", state.doc);
  const url = `${location.pathname}${p.toString() ? "?" + p : ""}`;
  if (url !== location.pathname + location.search) {
    history[push ? "pushState" : "replaceState"](null, "", url);
  }
}

function setFilter(name, value, { push = true } = {}) {
  if (value === null || value === undefined || value === "") delete state.filters[name];
  else state.filters[name] = String(value);
  state.cursors = [null];
  state.offset = 0;
  state.view = "dashboard";
  writeUrl(push);
  refresh();
}

// -- rendering: filter bar and chips --------------------------------------------------------

function renderChips() {
  const box = document.getElementById("chips");
  box.replaceChildren();
  const entries = Object.entries(state.filters);
  if (!entries.length) {
    box.append(h("span", { class: "none" }, "No filters: showing every event. Click a value, a bar, a node or a map point to filter."));
    return;
  }
  for (const [k, v] of entries) {
    const chip = h("span", { class: "chip", dataset: { filter: k } },
      `${LABELS[k] || k}: ${v}`,
      k === "actor" ? h("button", { class: "linkish profile", title: "Open the actor's profile",
        onclick: () => openActor(v) }, "profile") : null,
      h("button", { "aria-label": `Remove filter ${k}`, onclick: () => setFilter(k, null) }, "×"));
    box.append(chip);
  }
  if (entries.length > 1) {
    box.append(h("button", { class: "linkish", onclick: () => {
      state.filters = {}; state.cursors = [null]; writeUrl(); refresh();
    } }, "clear all"));
  }
}

function renderFacets(data) {
  const box = document.getElementById("facets");
  box.replaceChildren();
  for (const [name, values] of Object.entries(data.facets)) {
    const field = FACET_FIELD[name];
    const current = state.filters[field];
    const list = h("ul", { class: "facet-list" });
    for (const item of values) {
      const pressed = current !== undefined && String(item.value).toLowerCase() === String(current).toLowerCase();
      list.append(h("li", {}, h("button", {
        class: "facet-item", "aria-pressed": pressed ? "true" : "false",
        dataset: { facet: name, value: item.value, count: item.count },
        title: item.label ? `${item.label} (${item.value})` : String(item.value),
        onclick: () => setFilter(field, pressed ? null : item.value),
      }, h("span", { class: "v" }, item.label || item.value), h("span", { class: "n" }, fmt(item.count)))));
    }
    if (!values.length) list.append(h("li", { class: "empty" }, "none"));
    box.append(h("section", { class: "fgroup", dataset: { facetGroup: name } },
      h("h3", {}, FACET_TITLES[name] || name), list));
  }
}

function syncInputs() {
  document.getElementById("q").value = state.filters.q || "";
  document.getElementById("date_from").value = state.filters.date_from || "";
  document.getElementById("date_to").value = state.filters.date_to || "";
  const conf = state.filters.min_confidence || "0";
  document.getElementById("min_confidence").value = conf;
  document.getElementById("conf-out").textContent = conf;
  document.getElementById("stack").value = state.stack;
  document.getElementById("unit").value = state.unit;
  for (const b of document.querySelectorAll(".tabs button")) {
    b.setAttribute("aria-selected", b.dataset.tab === state.tab ? "true" : "false");
  }
  for (const a of document.querySelectorAll(".exports a[data-fmt]")) {
    a.href = `/api/export/${a.dataset.fmt}?${params()}`;
  }
}

// -- timeline -------------------------------------------------------------------------------

function addUnit(iso, unit) {
  const d = new Date(iso + "T00:00:00Z");
  if (unit === "day") d.setUTCDate(d.getUTCDate() + 1);
  else if (unit === "week") d.setUTCDate(d.getUTCDate() + 7);
  else if (unit === "month") d.setUTCMonth(d.getUTCMonth() + 1);
  else if (unit === "quarter") d.setUTCMonth(d.getUTCMonth() + 3);
  else d.setUTCFullYear(d.getUTCFullYear() + 1);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function renderTimeline(data) {
  const el = document.getElementById("timeline");
  el.dataset.total = String(data.series.reduce((s, x) => s + x.counts.reduce((a, b) => a + b, 0), 0));
  el.dataset.buckets = String(data.buckets.length);
  el.dataset.unit = data.unit;
  let chart = charts.timeline;
  if (!chart) {
    chart = charts.timeline = echarts.init(el, null, { renderer: "canvas" });
    chart.on("brushEnd", (e) => {
      const area = e.areas && e.areas[0];
      const t = charts.timelineData;
      if (!area || !t || !t.buckets.length) return;
      const [a, b] = area.coordRange;
      const i0 = Math.max(0, Math.min(a, b)), i1 = Math.min(t.buckets.length - 1, Math.max(a, b));
      state.filters.date_from = t.buckets[i0];
      setFilter("date_to", addUnit(t.buckets[i1], t.unit));
    });
    window.addEventListener("resize", () => chart.resize());
  }
  charts.timelineData = data;
  const from = state.filters.date_from, to = state.filters.date_to;
  const inRange = (b) => (!from || addUnit(b, data.unit) >= from) && (!to || b <= to);
  const series = data.series.slice(0, 12).map((s, i) => ({
    name: s.name, type: "bar", stack: "all", data: s.counts, barMaxWidth: 24,
    itemStyle: { color: colorFor(s.name, i) }, emphasis: { focus: "series" },
    large: data.buckets.length > 400,
  }));
  if (data.series.length > 12) {
    const rest = data.buckets.map((_, j) => data.series.slice(12).reduce((a, s) => a + s.counts[j], 0));
    series.push({ name: "other", type: "bar", stack: "all", data: rest, itemStyle: { color: "#ced4da" } });
  }
  const marks = data.buckets.map((b, i) => (inRange(b) ? null : i)).filter((i) => i !== null);
  // Open on the span holding most events (the API's core_first..core_last) and keep the few
  // far-off dates ("the 1994 massacre") reachable with the slider instead of squashing the rest.
  const lastAtOrBefore = (iso) => data.buckets.reduce((k, b, i) => (iso && b <= iso ? i : k), -1);
  const z0 = Math.max(0, lastAtOrBefore(data.core_first));
  const z1 = lastAtOrBefore(data.core_last);
  const zoom = data.buckets.length > 1 && z1 >= z0 && (z0 > 0 || z1 < data.buckets.length - 1);
  el.dataset.window = zoom ? `${data.buckets[z0]}..${data.buckets[z1]}` : "";
  chart.setOption({
    animation: false,
    grid: { left: 40, right: 12, top: 28, bottom: zoom ? 44 : 24 },
    dataZoom: zoom ? [{ type: "slider", xAxisIndex: 0, startValue: z0, endValue: z1, height: 14,
      bottom: 4, brushSelect: false, labelFormatter: (i) => data.buckets[i] || "" }] : [],
    legend: { type: "scroll", top: 0, textStyle: { fontSize: 11 }, itemWidth: 12, itemHeight: 8 },
    tooltip: {
      trigger: "axis", axisPointer: { type: "shadow" }, confine: true,
      formatter: (items) => {
        const rows = items.filter((x) => x.value).map((x) => `${x.marker}${escapeHtml(x.seriesName)}: <b>${fmt(x.value)}</b>`);
        return `${escapeHtml(items[0] ? items[0].axisValue : "")} (${escapeHtml(data.unit)})<br>${rows.join("<br>") || "no events"}`;
      },
    },
    brush: { xAxisIndex: 0, brushType: "lineX", brushMode: "single", throttleType: "debounce",
      throttleDelay: 200, transformable: false, brushStyle: { color: "rgba(31,95,191,.15)" } },
    toolbox: { show: false },
    xAxis: { type: "category", data: data.buckets, axisLabel: { fontSize: 11 } },
    yAxis: { type: "value", minInterval: 1, axisLabel: { fontSize: 11 } },
    series: series.map((s, k) => (k === 0 && marks.length && (from || to) ? {
      ...s, markArea: { silent: true, itemStyle: { color: "rgba(20,33,61,.06)" },
        data: contiguous(marks).map(([a, b]) => [{ xAxis: data.buckets[a] }, { xAxis: data.buckets[b] }]) },
    } : s)),
  }, true);
  chart.dispatchAction({ type: "takeGlobalCursor", key: "brush",
    brushOption: { brushType: "lineX", brushMode: "single" } });
  overlay(el, data.buckets.length ? null : (data.undated ? `${fmt(data.undated)} events have no date` : "No dated events for these filters"));
}

function contiguous(indices) {
  const out = [];
  for (const i of indices) {
    if (out.length && out[out.length - 1][1] === i - 1) out[out.length - 1][1] = i;
    else out.push([i, i]);
  }
  return out;
}

function overlay(el, message) {
  let o = el.querySelector(":scope > .overlay-msg");
  if (!message) { if (o) o.remove(); return; }
  if (!o) { o = h("div", { class: "overlay-msg" }); el.append(o); }
  o.textContent = message;
}

// -- network --------------------------------------------------------------------------------

function renderNetwork(data) {
  const el = document.getElementById("network");
  el.dataset.nodes = String(data.nodes.length);
  el.dataset.edges = String(data.edges.length);
  el.dataset.relations = String(data.relations.length);
  const max = Math.max(1, ...data.nodes.map((n) => n.events));
  const maxW = Math.max(1, ...data.edges.map((e) => e.weight));
  const ids = new Set(data.nodes.map((n) => n.id));
  const elements = [
    ...data.nodes.map((n) => ({ data: { id: n.id, label: n.label, events: n.events,
      size: 14 + 36 * Math.sqrt(n.events / max), country: n.country || "" },
      classes: state.filters.actor && (state.filters.actor === n.id || state.filters.actor.toLowerCase() === String(n.label).toLowerCase()) ? "selected" : "" })),
    ...data.edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map((e, i) => ({
      data: { id: `e${i}`, source: e.source, target: e.target, weight: e.weight,
        width: 1 + 5 * Math.sqrt(e.weight / maxW), color: toneColor(e.tone), tone: e.tone } })),
    ...data.relations.filter((r) => ids.has(r.source) && ids.has(r.target)).map((r, i) => ({
      data: { id: `r${i}`, source: r.source, target: r.target, label: r.predicate },
      classes: "relation" })),
  ];
  if (charts.network) charts.network.destroy();
  overlay(el, data.nodes.length ? null : "No actors for these filters");
  if (!data.nodes.length) { charts.network = null; return; }
  const cy = charts.network = cytoscape({
    container: el, elements, minZoom: 0.2, maxZoom: 3,
    style: [
      { selector: "node", style: { width: "data(size)", height: "data(size)", "background-color": "#1f5fbf",
        label: "data(label)", "font-size": 10, color: "#1d2330", "text-valign": "bottom", "text-margin-y": 2,
        "text-outline-color": "#fff", "text-outline-width": 2 } },
      { selector: "node.selected", style: { "background-color": "#e67700", "border-width": 3, "border-color": "#14213d" } },
      { selector: "edge", style: { width: "data(width)", "line-color": "data(color)", "target-arrow-color": "data(color)",
        "target-arrow-shape": "triangle", "curve-style": "bezier", opacity: 0.8, "arrow-scale": 0.8 } },
      { selector: "edge.relation", style: { width: 2, "line-style": "dashed", "line-color": "#7b3fb5",
        "target-arrow-color": "#7b3fb5", "target-arrow-shape": "vee", label: "data(label)", "font-size": 9,
        color: "#7b3fb5", "text-rotation": "autorotate", "text-background-color": "#fff",
        "text-background-opacity": 1 } },
    ],
    layout: { name: data.nodes.length > 60 ? "concentric" : "cose", animate: false, randomize: false,
      nodeRepulsion: 9000, idealEdgeLength: 90, padding: 20,
      concentric: (n) => n.data("events"), levelWidth: () => 2 },
  });
  cy.on("tap", "node", (evt) => {
    const id = evt.target.id();
    setFilter("actor", state.filters.actor === id ? null : id);
  });
  cy.on("mouseover", "node", (evt) => { el.title = `${evt.target.data("label")}: ${evt.target.data("events")} events (click to filter)`; });
  cy.on("mouseover", "edge", (evt) => {
    const d = evt.target.data();
    el.title = d.label ? `relation: ${d.label}` : `${d.weight} events, tone ${d.tone}`;
  });
}

// -- map ------------------------------------------------------------------------------------

async function loadWorld() {
  if (!worldTopo) {
    const r = await fetch("/static/vendor/countries-50m.json");
    worldTopo = topojson.feature(await r.json(), "countries");
  }
  return worldTopo;
}

function renderMap(data, world) {
  const el = document.getElementById("map");
  el.dataset.points = String(data.points.length);
  el.dataset.located = String(data.located);
  document.getElementById("map-note").textContent =
    `${fmt(data.located)} located · ${fmt(data.unlocated)} without coordinates`;
  const width = el.clientWidth || 500, height = el.clientHeight || 320;
  el.querySelectorAll("svg").forEach((s) => s.remove());
  const svg = d3.select(el).append("svg").attr("viewBox", `0 0 ${width} ${height}`)
    .attr("role", "img").attr("aria-label", "Map of event locations");
  const pts = data.points;
  const projection = d3.geoMercator();
  let extent;
  if (pts.length) {
    const lons = pts.map((p) => p.lon), lats = pts.map((p) => p.lat);
    let [x0, x1, y0, y1] = [d3.min(lons), d3.max(lons), d3.min(lats), d3.max(lats)];
    const pad = Math.max(2, (x1 - x0) * 0.15, (y1 - y0) * 0.15);
    extent = [[x0 - pad, Math.max(-80, y0 - pad)], [x1 + pad, Math.min(80, y1 + pad)]];
  } else {
    extent = [[25, 12], [63, 42]]; // the Middle East
  }
  projection.fitExtent([[8, 8], [width - 8, height - 8]], {
    type: "Feature", geometry: { type: "MultiPoint", coordinates: [extent[0], extent[1], [extent[0][0], extent[1][1]], [extent[1][0], extent[0][1]]] } });
  const path = d3.geoPath(projection);
  const g = svg.append("g");
  g.append("g").selectAll("path").data(world.features).join("path").attr("class", "land").attr("d", path);
  const dots = g.append("g");
  const draw = (k = 1) => {
    const cell = 34 / k;
    const bins = new Map();
    for (const p of pts) {
      const [x, y] = projection([p.lon, p.lat]);
      const key = `${Math.floor(x / cell)}:${Math.floor(y / cell)}`;
      const b = bins.get(key) || { x: 0, y: 0, n: 0, pts: [] };
      b.x += x * p.count; b.y += y * p.count; b.n += p.count; b.pts.push(p);
      bins.set(key, b);
    }
    const clusters = mergeOverlapping([...bins.values()].map((b) => ({ ...b, x: b.x / b.n, y: b.y / b.n })), k);
    const maxN = Math.max(1, ...clusters.map((c) => c.n));
    dots.selectAll("g.cluster").remove();
    const sel = dots.selectAll("g.cluster").data(clusters).join("g").attr("class", "cluster")
      .attr("tabindex", 0).attr("role", "button")
      .attr("transform", (c) => `translate(${c.x},${c.y})`)
      .attr("data-count", (c) => c.n)
      .attr("aria-label", (c) => clusterLabel(c))
      .on("click", (_, c) => clickCluster(c))
      .on("keydown", (ev, c) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); clickCluster(c); } });
    sel.append("circle").attr("r", (c) => markerRadius(c.n, maxN, k));
    sel.append("text").style("font-size", `${11 / k}px`).text((c) => (c.n > 1 ? fmt(c.n) : ""));
    sel.append("title").text((c) => clusterLabel(c));
  };
  draw();
  let drawnAt = 1;
  const zoom = d3.zoom().scaleExtent([1, 40]).on("zoom", (ev) => {
    g.attr("transform", ev.transform);
  }).on("end", (ev) => {
    // Redraw (re-cluster) only when the scale changed: a plain click must reach its cluster.
    if (Math.abs(ev.transform.k - drawnAt) > 1e-6) { drawnAt = ev.transform.k; draw(drawnAt); }
  });
  svg.call(zoom);
  overlay(el, pts.length ? null : "No located events for these filters");
}

function markerRadius(n, maxN, k) {
  return (6 + 14 * Math.sqrt(n / maxN)) / k;
}

// Grid cells can put two markers on top of each other, and a marker hidden under another
// cannot be clicked: merge overlapping markers (largest first) until none overlap.
function mergeOverlapping(clusters, k) {
  let merged = true;
  while (merged) {
    merged = false;
    const maxN = Math.max(1, ...clusters.map((c) => c.n));
    clusters.sort((a, b) => b.n - a.n);
    search: for (let i = 0; i < clusters.length; i++) {
      for (let j = i + 1; j < clusters.length; j++) {
        const a = clusters[i], b = clusters[j];
        if (Math.hypot(a.x - b.x, a.y - b.y) < markerRadius(a.n, maxN, k) + markerRadius(b.n, maxN, k)) {
          const n = a.n + b.n;
          clusters[i] = { x: (a.x * a.n + b.x * b.n) / n, y: (a.y * a.n + b.y * b.n) / n, n, pts: a.pts.concat(b.pts) };
          clusters.splice(j, 1);
          merged = true;
          break search;
        }
      }
    }
  }
  return clusters;
}

function clusterLabel(c) {
  const names = [...new Set(c.pts.map((p) => p.name || `${p.lat},${p.lon}`))];
  return `${names.slice(0, 4).join(", ")}${names.length > 4 ? "…" : ""}: ${fmt(c.n)} events (click to filter)`;
}

function clickCluster(c) {
  if (c.pts.length === 1 && c.pts[0].name) {
    setFilter("place", state.filters.place ? null : c.pts[0].name);
    return;
  }
  const lons = c.pts.map((p) => p.lon), lats = c.pts.map((p) => p.lat);
  const r = (x) => Math.round(x * 1000) / 1000;
  const bbox = [r(Math.min(...lons) - 0.05), r(Math.min(...lats) - 0.05), r(Math.max(...lons) + 0.05), r(Math.max(...lats) + 0.05)];
  setFilter("bbox", bbox.join(","));
}

// -- tables ---------------------------------------------------------------------------------

const EVENT_COLUMNS = [
  ["date", "Date", "date"], ["type", "Type", "type"], ["actors", "Actors", "actor"],
  ["recipients", "Recipients", null], ["place", "Place", "place"], ["modality", "Modality", "modality"],
  ["confidence", "Conf.", "confidence"], ["reports", "Reports", null], ["source", "Source", null],
];

function sortHeader(label, key) {
  if (!key) return h("th", { scope: "col" }, h("span", {}, label));
  const active = state.sort === key;
  const aria = active ? (state.order === "asc" ? "ascending" : "descending") : "none";
  return h("th", { scope: "col", "aria-sort": aria }, h("button", {
    dataset: { sort: key }, title: `Sort by ${label}`,
    onclick: () => {
      state.order = active && state.order === "desc" ? "asc" : "desc";
      state.sort = key; state.cursors = [null]; writeUrl(); loadTable();
    } }, label, active ? (state.order === "asc" ? " ▲" : " ▼") : ""));
}

function dateCell(e) {
  const when = e.date_start && e.date_end && e.date_start !== e.date_end
    ? `${e.date_start} – ${e.date_end}` : (e.date_start || e.date_end || e.date_value || "undated");
  return h("td", {}, when, h("span", { class: "badge" }, e.date_precision || "unknown"));
}

function renderEvents(page) {
  const box = document.getElementById("table");
  const rows = page.items.map((e) => {
    const tr = h("tr", { tabindex: 0, dataset: { eventId: e.event_id },
      class: state.event === e.event_id ? "selected" : "",
      onclick: () => openEvent(e.event_id),
      onkeydown: (ev) => { if (ev.key === "Enter") openEvent(e.event_id); } },
    dateCell(e),
    h("td", {}, h("span", { class: "type" }, e.type || "?"), e.mode ? h("span", { class: "badge" }, e.mode) : null),
    h("td", {}, (e.actor_names || []).join("; ")),
    h("td", {}, (e.recipient_names || []).join("; ")),
    h("td", {}, e.location_name || "", e.location_country ? h("span", { class: "muted" }, ` ${e.location_country}`) : null),
    h("td", {}, h("span", { class: `badge m-${e.modality}` }, e.modality || "")),
    h("td", { class: "conf" }, e.confidence === null ? "–" : Number(e.confidence).toFixed(2)),
    h("td", { class: "conf" }, fmt(e.reports)),
    h("td", {}, e.source || "", e.title ? h("div", { class: "muted" }, e.title) : null));
    return tr;
  });
  const table = h("table", { class: "grid", dataset: { total: page.total } },
    h("thead", {}, h("tr", {}, EVENT_COLUMNS.map(([, label, key]) => sortHeader(label, key)))),
    h("tbody", {}, rows));
  box.replaceChildren(table);
  if (!page.items.length) box.append(h("p", { class: "empty" }, meta.events === 0
    ? "This database has no events yet: the events stage is not installed. Browse the Documents tab."
    : "No events match these filters."));
  renderPager(page.total, page.items.length, page.next_cursor);
}

function renderPager(total, shown, nextCursor) {
  const box = document.getElementById("pager");
  const i = state.cursors.length - 1;
  const start = state.tab === "events" ? i * PAGE : state.offset;
  box.replaceChildren(
    h("span", { id: "page-info" }, total ? `${fmt(start + 1)}–${fmt(start + shown)} of ${fmt(total)}` : "0 results"),
    h("button", { id: "prev-page", disabled: start === 0, onclick: () => {
      if (state.tab === "events") state.cursors.pop(); else state.offset = Math.max(0, state.offset - PAGE);
      loadTable();
    } }, "‹ Prev"),
    h("button", { id: "next-page", disabled: state.tab === "events" ? !nextCursor : start + shown >= total, onclick: () => {
      if (state.tab === "events") state.cursors.push(nextCursor); else state.offset += PAGE;
      loadTable();
    } }, "Next ›"));
}

function renderDocuments(page) {
  const box = document.getElementById("table");
  const rows = page.items.map((d) => h("tr", { tabindex: 0, dataset: { docId: d.doc_id },
    onclick: () => openDocument(d.doc_id), onkeydown: (ev) => { if (ev.key === "Enter") openDocument(d.doc_id); } },
  h("td", {}, d.published || "undated"), h("td", {}, d.title || "(untitled)",
    d.duplicate_of ? h("span", { class: "badge" }, "duplicate") : null),
  h("td", {}, d.source || ""), h("td", { class: "conf" }, fmt(d.events)), h("td", { class: "conf" }, fmt(d.chars))));
  box.replaceChildren(h("table", { class: "grid", dataset: { total: page.total } },
    h("thead", {}, h("tr", {}, ["Published", "Title", "Source", "Events", "Chars"].map((l) => h("th", {}, h("span", {}, l))))),
    h("tbody", {}, rows)));
  renderPager(page.total, page.items.length, null);
}

function renderClusters(page) {
  const box = document.getElementById("table");
  const rows = page.items.map((c) => h("tr", { tabindex: 0, dataset: { clusterId: c.cluster_id },
    onclick: () => setFilter("cluster", c.cluster_id),
    onkeydown: (ev) => { if (ev.key === "Enter") setFilter("cluster", c.cluster_id); } },
  h("td", {}, c.first || "undated", c.last && c.last !== c.first ? ` – ${c.last}` : ""),
  h("td", {}, h("span", { class: "type" }, c.type || "")), h("td", {}, (c.actors || []).join("; ")),
  h("td", {}, c.place || ""), h("td", { class: "conf" }, fmt(c.reports)), h("td", { class: "conf" }, fmt(c.events))));
  box.replaceChildren(h("table", { class: "grid" },
    h("thead", {}, h("tr", {}, ["Dates", "Type", "Actors", "Place", "Reports", "Events"].map((l) => h("th", {}, h("span", {}, l))))),
    h("tbody", {}, rows)));
  if (!page.items.length) box.append(h("p", { class: "empty" }, "No clusters for these filters."));
  renderPager(page.items.length ? state.offset + page.items.length + (page.items.length === PAGE ? 1 : 0) : 0, page.items.length, null);
}

async function loadTable() {
  syncInputs();
  const signal = inflight.signal;
  document.body.dataset.table = "loading";
  try {
    if (state.tab === "documents") {
      renderDocuments(await api("/api/documents", params({ limit: PAGE, offset: state.offset }), signal));
    } else if (state.tab === "clusters") {
      renderClusters(await api("/api/clusters", params({ limit: PAGE, offset: state.offset }), signal));
    } else {
      const cursor = state.cursors[state.cursors.length - 1];
      renderEvents(await api("/api/events", params({ limit: PAGE, sort: state.sort, order: state.order, cursor }), signal));
    }
    document.body.dataset.table = "ready";
  } catch (err) { if (err.name !== "AbortError") { toast(err.message); document.body.dataset.table = "error"; } }
}

// -- detail: event and document -------------------------------------------------------------

function highlighted(text, spans, base = 0) {
  // Offsets are code points; JavaScript strings index UTF-16 units, so split by code point.
  const cps = Array.from(text);
  const cuts = new Set([0, cps.length]);
  for (const s of spans) { cuts.add(Math.max(0, s.start - base)); cuts.add(Math.min(cps.length, s.end - base)); }
  const points = [...cuts].filter((x) => x >= 0 && x <= cps.length).sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i], b = points[i + 1];
    const piece = cps.slice(a, b).join("");
    const covering = spans.filter((s) => s.start - base <= a && s.end - base >= b);
    if (!covering.length) { frag.append(document.createTextNode(piece)); continue; }
    const kinds = [...new Set(covering.map((s) => s.kind))];
    frag.append(h("span", { class: `hl ${kinds.map((k) => "k-" + k).join(" ")}`,
      title: covering.filter((s) => s.kind !== "sentence").map((s) => `${s.kind}${s.label ? ": " + s.label : ""}`).join("; ") || null,
      dataset: { kinds: kinds.join(" ") } }, piece));
  }
  return frag;
}

function keyLegend() {
  return h("div", { class: "keys" }, ["trigger", "actor", "recipient", "place", "time", "attribution"].map(
    (k) => h("span", { class: `hl k-${k}` }, k)));
}

function sourceLink(url, label) {
  const safe = safeUrl(url);
  return safe ? h("a", { href: safe, target: "_blank", rel: "noopener noreferrer nofollow", class: "source-link" }, label || safe)
    : (url ? h("span", { class: "muted" }, String(url)) : "–");
}

function showDetail(title) {
  const panel = document.getElementById("detail");
  document.getElementById("detail-title").textContent = title;
  panel.hidden = false;
  panel.focus();
  return document.getElementById("detail-body");
}

function closeDetail() {
  document.getElementById("detail").hidden = true;
  state.event = null; state.doc = null;
  writeUrl();
  for (const tr of document.querySelectorAll("tr.selected")) tr.classList.remove("selected");
}

async function openEvent(id, push = true) {
  state.event = id; state.doc = null;
  if (push) writeUrl();
  for (const tr of document.querySelectorAll("#table tr[data-event-id]")) tr.classList.toggle("selected", tr.dataset.eventId === id);
  const body = showDetail("Event");
  body.replaceChildren(h("p", { class: "muted" }, "Loading…"));
  try {
    const [e, doc] = await Promise.all([api(`/api/events/${encodeURIComponent(id)}`, null, undefined), null]);
    const d = await api(`/api/documents/${encodeURIComponent(e.doc_id)}`, null, undefined);
    const rec = e.record || {};
    const mySpans = d.spans.filter((s) => s.record === e.event_id);
    const timeSpans = d.spans.filter((s) => s.kind === "time");
    const sStart = e.sentence_start, sEnd = e.sentence_end;
    const evidence = h("div", { class: "evidence", id: "evidence" });
    if (sStart !== null && sEnd !== null && sEnd > sStart) {
      const sentence = Array.from(d.text).slice(sStart, sEnd).join("");
      const inside = [...mySpans, ...timeSpans].filter((s) => s.kind !== "sentence" && s.start >= sStart && s.end <= sEnd);
      evidence.append(highlighted(sentence, inside, sStart));
    } else evidence.append("No evidence sentence recorded.");
    const att = rec.attribution || {};
    const size = rec.size || {};
    const actorLinks = (names, ids) => (names || []).map((n, i) => h("button", { class: "linkish",
      onclick: () => openActor((ids || [])[i] || `name:${String(n).toLowerCase()}`) }, n)).flatMap((x, i) => (i ? ["; ", x] : [x]));
    body.replaceChildren(
      h("dl", { class: "facts" },
        h("dt", {}, "Type"), h("dd", { id: "detail-type" }, e.type || "?", e.mode ? ` (${e.mode})` : "",
          (rec.contexts || []).length ? h("span", { class: "muted" }, ` · ${(rec.contexts || []).join(", ")}`) : null),
        h("dt", {}, "Actors"), h("dd", {}, actorLinks(e.actor_names, e.actor_ids)),
        h("dt", {}, "Recipients"), h("dd", {}, actorLinks(e.recipient_names, e.recipient_ids)),
        h("dt", {}, "Date"), h("dd", {}, e.date_value || "–", ` (${e.date_precision || "unknown"}, ${e.date_basis || "unknown"})`),
        h("dt", {}, "Place"), h("dd", {}, e.location_name || "–", e.lat !== null && e.lon !== null ? h("span", { class: "muted" }, ` ${e.lat}, ${e.lon}`) : null),
        h("dt", {}, "Modality"), h("dd", {}, h("span", { class: `badge m-${e.modality}` }, e.modality)),
        h("dt", {}, "Attribution"), h("dd", {}, att.speaker ? (att.speaker.name || att.speaker.text) : "–", att.cue ? ` (“${att.cue}”)` : ""),
        (size.dead || size.injured || size.arrested) ? [h("dt", {}, "Size"), h("dd", {}, ["dead", "injured", "arrested"].filter((k) => size[k]).map((k) => `${size[k]} ${k}`).join(", "))] : null,
        h("dt", {}, "Confidence"), h("dd", {}, e.confidence === null ? "–" : Number(e.confidence).toFixed(2)),
        h("dt", {}, "Reports"), h("dd", {}, fmt(e.reports), e.cluster_id ? [" · ", h("button", { class: "linkish", onclick: () => setFilter("cluster", e.cluster_id) }, "show cluster")] : null),
        h("dt", {}, "Source"), h("dd", {}, d.source || "", " ", d.published ? `(${d.published}) ` : "", sourceLink(d.url, d.title || d.url)),
        h("dt", {}, "Event id"), h("dd", { class: "muted" }, e.event_id)),
      h("div", { class: "section-title" }, "Evidence"), keyLegend(), evidence,
      e.cluster_events && e.cluster_events.length > 1 ? [h("div", { class: "section-title" }, "Other reports of this event"),
        h("ul", { class: "plain" }, e.cluster_events.filter((x) => x.event_id !== e.event_id).map((x) => h("li", {},
          h("button", { class: "linkish", onclick: () => openEvent(x.event_id) }, x.title || x.event_id),
          h("span", { class: "muted" }, ` ${x.source || ""} ${x.published || ""}`))))] : null,
      h("div", { class: "section-title" }, "Document"),
      documentView(d, e.event_id));
    const first = body.querySelector(".doctext .k-trigger");
    if (first) first.scrollIntoView({ block: "center" });
  } catch (err) { body.replaceChildren(h("p", {}, `Could not load the event: ${err.message}`)); }
}

function documentView(d, eventId = null) {
  const spans = d.spans.filter((s) => (eventId ? (s.record === eventId || s.kind === "time") : s.kind !== "sentence"));
  const text = h("div", { class: "doctext", id: "doctext", dataset: { docId: d.doc_id } });
  text.append(highlighted(d.text, spans));
  const counts = Object.entries(d.records).map(([k, v]) => `${v.length} ${k}${v.length === 1 ? "" : "s"}`).join(", ");
  return h("div", {},
    h("h3", { id: "doc-title" }, d.title || "(untitled)"),
    h("p", { class: "muted" }, `${d.source || "unknown source"} · ${d.published || "undated"} · `,
      sourceLink(d.url, "open the source"), ` · ${counts}`),
    d.duplicate_of ? h("p", { class: "muted" }, `Near-duplicate of ${d.duplicate_of}`) : null,
    text);
}

async function openDocument(docId, push = true) {
  state.doc = docId; state.event = null;
  if (push) writeUrl();
  const body = showDetail("Document");
  body.replaceChildren(h("p", { class: "muted" }, "Loading…"));
  try {
    const d = await api(`/api/documents/${encodeURIComponent(docId)}`, null, undefined);
    const events = d.records.event || [];
    body.replaceChildren(keyLegend(), documentView(d),
      events.length ? [h("div", { class: "section-title" }, "Events in this document"),
        h("ul", { class: "plain" }, events.map((ev) => h("li", {}, h("button", { class: "linkish", onclick: () => openEvent(ev.event_id) },
          `${ev.type} · ${(ev.actors || []).map((a) => a.name || a.text).join("; ")} → ${(ev.recipients || []).map((a) => a.name || a.text).join("; ")}`))))] : null);
  } catch (err) { body.replaceChildren(h("p", {}, `Could not load the document: ${err.message}`)); }
}

// -- actor page -----------------------------------------------------------------------------

function openActor(key) {
  state.view = "actor"; state.key = key; state.event = null; state.doc = null;
  document.getElementById("detail").hidden = true;
  writeUrl();
  renderView();
}

async function renderActor() {
  const page = document.getElementById("actor-page");
  page.replaceChildren(h("p", { class: "muted" }, "Loading…"));
  try {
    const a = await api(`/api/actors/${encodeURIComponent(state.key)}`, null, undefined);
    const back = h("button", { class: "linkish", id: "back", onclick: () => { state.view = "dashboard"; state.key = null; writeUrl(); renderView(); } }, "← back to the dashboard");
    const filter = h("button", { class: "linkish", onclick: () => setFilter("actor", a.key) }, "filter the dashboard to this actor");
    const types = {};
    for (const r of a.by_type) { types[r.type] = types[r.type] || { actor: 0, recipient: 0 }; types[r.type][r.role] = r.count; }
    const chartBox = h("div", { class: "chart", id: "roles-chart" });
    page.replaceChildren(
      back,
      h("h1", { id: "actor-name" }, a.name || a.key),
      h("dl", { class: "facts" },
        h("dt", {}, "Key"), h("dd", {}, a.key), h("dt", {}, "Country"), h("dd", {}, a.country || "–"),
        h("dt", {}, "Sector / type"), h("dd", {}, `${a.sector || "–"} / ${a.type || "–"}`),
        h("dt", {}, "Events"), h("dd", { id: "actor-events" }, fmt(a.events)),
        h("dt", {}, "Active"), h("dd", {}, `${a.first || "?"} – ${a.last || "?"}`)),
      filter,
      knowledgePanel(a.knowledge),
      h("div", { class: "grid2" },
        h("div", { class: "panel" }, h("h2", {}, "Aliases"), h("ul", { class: "plain", id: "aliases" },
          a.aliases.map((x) => h("li", {}, x.name, h("span", { class: "muted" }, ` ×${x.count}`))))),
        h("div", { class: "panel" }, h("h2", {}, "Roles over time"), chartBox)),
      h("div", { class: "grid2" },
        h("div", { class: "panel" }, h("h2", {}, "Events by type"), h("table", { class: "grid" },
          h("thead", {}, h("tr", {}, ["Type", "as actor", "as recipient"].map((l) => h("th", {}, h("span", {}, l))))),
          h("tbody", {}, Object.entries(types).map(([t, c]) => h("tr", {}, h("td", {}, t), h("td", {}, fmt(c.actor)), h("td", {}, fmt(c.recipient))))))),
        h("div", { class: "panel" }, h("h2", {}, "Dyads"), h("table", { class: "grid", id: "dyads" },
          h("thead", {}, h("tr", {}, ["Counterpart", "Direction", "Events", "Types"].map((l) => h("th", {}, h("span", {}, l))))),
          h("tbody", {}, a.dyads.map((d) => h("tr", {},
            h("td", {}, h("button", { class: "linkish", onclick: () => openActor(d.key) }, d.name || d.key)),
            h("td", {}, d.direction === "out" ? "acts on" : "acted on by"), h("td", {}, fmt(d.events)),
            h("td", {}, Object.entries(d.counts).map(([t, n]) => `${t} ${n}`).join(", ")))))))),
      h("div", { class: "panel" }, h("h2", {}, "Relations"), a.relations.length ? h("ul", { class: "plain", id: "relations" },
        a.relations.map((r) => h("li", {},
          r.subject_key ? h("button", { class: "linkish", onclick: () => openActor(r.subject_key) }, r.subject) : r.subject,
          h("b", {}, ` ${r.predicate} `),
          r.object_key ? h("button", { class: "linkish", onclick: () => openActor(r.object_key) }, r.object) : r.object,
          h("span", { class: "muted" }, ` (${r.modality}) `),
          h("button", { class: "linkish", onclick: () => openDocument(r.doc_id) }, "evidence")))) : h("p", { class: "empty" }, "No relations recorded.")));
    const months = [...new Set(a.roles_over_time.map((r) => r.month))];
    const chart = echarts.init(chartBox);
    chart.setOption({
      animation: false, grid: { left: 36, right: 8, top: 24, bottom: 22 }, legend: { top: 0 },
      tooltip: { trigger: "axis", formatter: (items) => items.map((x) => `${escapeHtml(x.seriesName)}: ${fmt(x.value)}`).join("<br>") },
      xAxis: { type: "category", data: months }, yAxis: { type: "value", minInterval: 1 },
      series: ["actor", "recipient"].map((role, i) => ({ name: role, type: "bar", stack: "r", itemStyle: { color: PALETTE[i] },
        data: months.map((m) => (a.roles_over_time.find((r) => r.month === m && r.role === role) || { count: 0 }).count) })),
    });
  } catch (err) { page.replaceChildren(h("p", {}, `Could not load the actor: ${err.message}`)); }
}

// What the actor knowledge base says: dated roles, patrons, parent, names (all as text).
function knowledgePanel(k) {
  if (!k) return h("p", { class: "muted", id: "knowledge" }, "Not in the knowledge base (add it with your own --kb files).");
  const span = (r) => `${r.from || "?"} – ${r.to || "now"}`;
  const link = (ref) => h("button", { class: "linkish", onclick: () => openActor(ref.id) }, ref.name);
  return h("div", { class: "panel", id: "knowledge" }, h("h2", {}, "Knowledge base"),
    h("dl", { class: "facts" },
      k.roles.length ? [h("dt", {}, "Roles"), h("dd", {}, h("ul", { class: "plain", id: "kb-roles" },
        k.roles.map((r) => h("li", {}, `${r.title}, `, link(r.org), h("span", { class: "muted" }, ` ${span(r)}`)))))] : null,
      k.parent ? [h("dt", {}, "Part of"), h("dd", {}, link(k.parent))] : null,
      k.backed_by.length ? [h("dt", {}, "Backed by"), h("dd", {}, k.backed_by.flatMap((b, i) => [i ? ", " : "", link(b)]))] : null,
      k.aliases.length ? [h("dt", {}, "Also called"), h("dd", {}, k.aliases.join(", "))] : null,
      k.epithets.length || k.hostile_epithets.length ? [h("dt", {}, "Epithets"),
        h("dd", {}, [...k.epithets, ...k.hostile_epithets.map((e) => `${e} (hostile)`)].join(", "))] : null,
      h("dt", {}, "Defined in"), h("dd", { class: "muted" }, k.defined_at)));
}

// -- orchestration --------------------------------------------------------------------------

function renderView() {
  const actor = state.view === "actor";
  document.getElementById("dashboard").hidden = actor;
  document.getElementById("chips").hidden = actor;
  document.getElementById("actor-page").hidden = !actor;
  if (actor) renderActor(); else refresh();
}

async function refresh() {
  inflight.abort();
  inflight = new AbortController();
  const signal = inflight.signal;
  document.body.dataset.state = "loading";
  renderChips();
  syncInputs();
  const base = params();
  const noDates = params({ unit: state.unit, stack: state.stack }, ["date_from", "date_to"]);
  try {
    const [facets, timeline, network, places, world] = await Promise.all([
      api("/api/facets", base, signal),
      api("/api/timeline", noDates, signal),
      api("/api/network", base, signal),
      api("/api/places", base, signal),
      loadWorld(),
      loadTable(),
    ]);
    document.getElementById("summary").textContent =
      `${fmt(facets.total)} events · ${fmt(meta.documents)} documents in ${meta.database || "database"}`;
    document.getElementById("summary").dataset.total = String(facets.total);
    renderFacets(facets);
    renderTimeline(timeline);
    renderNetwork(network);
    renderMap(places, world);
    document.body.dataset.state = "ready";
    document.body.dataset.readyAt = String(Math.round(performance.now()));
  } catch (err) {
    if (err.name !== "AbortError") { toast(err.message); document.body.dataset.state = "error"; }
  }
}

function bind() {
  document.getElementById("search-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    setFilter("q", document.getElementById("q").value.trim() || null);
  });
  for (const id of ["date_from", "date_to"]) {
    document.getElementById(id).addEventListener("change", (ev) => setFilter(id, ev.target.value || null));
  }
  const conf = document.getElementById("min_confidence");
  conf.addEventListener("input", () => { document.getElementById("conf-out").textContent = conf.value; });
  conf.addEventListener("change", () => setFilter("min_confidence", Number(conf.value) > 0 ? conf.value : null));
  document.getElementById("stack").addEventListener("change", (ev) => { state.stack = ev.target.value; writeUrl(); refresh(); });
  document.getElementById("unit").addEventListener("change", (ev) => { state.unit = ev.target.value; writeUrl(); refresh(); });
  for (const b of document.querySelectorAll(".tabs button")) {
    b.addEventListener("click", () => { state.tab = b.dataset.tab; state.offset = 0; state.cursors = [null]; writeUrl(); loadTable(); });
  }
  document.getElementById("detail-close").addEventListener("click", closeDetail);
  document.addEventListener("keydown", (ev) => {
    if (ev.key === "Escape" && !document.getElementById("detail").hidden) closeDetail();
    if (ev.key === "/" && !["INPUT", "SELECT", "TEXTAREA"].includes(document.activeElement.tagName)) {
      ev.preventDefault(); document.getElementById("q").focus();
    }
  });
  window.addEventListener("popstate", () => { readUrl(); openFromUrl(); renderView(); });
}

function openFromUrl() {
  if (state.event) openEvent(state.event, false);
  else if (state.doc) openDocument(state.doc, false);
  else document.getElementById("detail").hidden = true;
}

async function main() {
  readUrl();
  bind();
  try { meta = await api("/api/meta", null, undefined); } catch (err) { toast(err.message); }
  renderView();
  openFromUrl();
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", main);
else main();
window.lapwing = { state, refresh, charts };
