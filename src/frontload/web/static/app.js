// frontload dashboard: small vanilla JS over /api/v1. No build step, no CDN.
// Safety: data from the API or the user is put in the page with textContent or as attribute
// values set through the DOM, never as HTML, so a pasted <script> stays text.
"use strict";

const API = "/api/v1";

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

const $ = (id) => document.getElementById(id);

class ApiError extends Error {
  constructor(status, body) {
    const err = (body && body.error) || {};
    super(err.message || `HTTP ${status}`);
    this.status = status;
    this.hint = err.hint;
    this.parameter = err.parameter;
  }
}

async function api(path, params, init) {
  const url = new URL(API + path, location.origin);
  for (const [k, v] of Object.entries(params || {})) {
    if (v === null || v === undefined || v === "") continue;
    if (Array.isArray(v)) v.forEach((x) => url.searchParams.append(k, x));
    else url.searchParams.set(k, v);
  }
  const r = await fetch(url, init);
  let body = null;
  try { body = await r.json(); } catch (e) { body = null; }
  if (!r.ok) throw new ApiError(r.status, body);
  return body;
}

function showError(id, err) {
  const box = $(id);
  box.replaceChildren(el("strong", { text: err.message }));
  if (err.parameter) box.append(el("span", { text: ` (parameter: ${err.parameter})` }));
  if (err.hint) box.append(el("br"), el("span", { text: err.hint }));
  box.classList.remove("hidden");
}

function hideError(id) { $(id).classList.add("hidden"); }

function fmtUSD(v) {
  if (v === null || v === undefined) return "–";
  const a = Math.abs(v), s = v < 0 ? "−" : "";
  if (a >= 1e9) return `${s}USD ${(a / 1e9).toFixed(2)} bn`;
  if (a >= 1e6) return `${s}USD ${(a / 1e6).toFixed(1)} m`;
  if (a >= 1e3) return `${s}USD ${(a / 1e3).toFixed(1)} k`;
  return `${s}USD ${a.toFixed(0)}`;
}

function fmtPct(v, signed = true) {
  if (v === null || v === undefined) return "–";
  if (Math.abs(v) < 0.05) return "0.0%";  // never "-0.0%"
  return `${signed && v > 0 ? "+" : ""}${v.toFixed(1)}%`.replace("-", "−");
}

function fmtValue(v, unit) {
  if (v === null || v === undefined) return "–";
  if (unit === "USD") return fmtUSD(v);
  if (unit === "%") return fmtPct(v);
  if (unit && unit.startsWith("USD/")) return `${v.toLocaleString("en", { maximumFractionDigits: 2 })} ${unit}`;
  return `${v.toLocaleString("en", { maximumFractionDigits: 1 })} ${unit || ""}`;
}

// CSV made in the page from what it shows (RFC 4180 quoting), offered as a download.
function csvText(header, rows) {
  const cell = (v) => {
    const t = v === null || v === undefined ? "" : String(v);
    return /[",\n\r]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
  };
  return [header, ...rows].map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}

function setDownload(a, text, filename) {
  if (a.dataset.blob) URL.revokeObjectURL(a.dataset.blob);
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  a.dataset.blob = url;
  a.href = url;
  a.download = filename;
}

function fmtZ(z) {
  if (z === null || z === undefined) return "–";
  const t = Math.abs(z).toFixed(1);
  if (t === "0.0") return "0.0";  // never "-0.0"
  return `${z > 0 ? "+" : "−"}${t}`;
}

// Colours: every line and mark at least 3:1 against the white plot (WCAG 1.4.11, non-text), and
// partners told apart by dash and marker as well as by hue (Okabe–Ito based, safe for the common
// colour-vision deficiencies). Contrast against white: 5.3, 3.9, 12.1, 5.3, 4.8, 8.6, 21, 4.9.
const PALETTE = ["#0072B2", "#D55E00", "#332288", "#117733", "#AA4499", "#882255", "#000000", "#6F6F00"];
const DASHES = ["solid", "dash", "dot", "dashdot", "longdash", "longdashdot", "solid", "dash"];
const SYMBOLS = ["circle", "square", "diamond", "triangle-up", "x", "cross", "star", "triangle-down"];
const EVENT_COLOR = "#8E1B2C";  // 8.7:1
const OTHER_EVENT_COLOR = "#5F6368";  // 6.3:1
const BAR_COLOR = "#6B7280";  // 4.8:1: YoY bars

function styled(i, trace) {
  const c = PALETTE[i % PALETTE.length];
  if (trace.type === "bar") return { ...trace, marker: { color: c } };
  return { ...trace, line: { color: c, dash: DASHES[i % DASHES.length], width: 2 },
           marker: { color: c, symbol: SYMBOLS[i % SYMBOLS.length], size: 6 } };
}

// Policy events as vertical lines, one per month (events of one month share it, and the ▼ says
// how many), whose hover lists them. The same events are also written out under the chart
// (describeChart): a mark is never the only way to read them.
// Plotly reads a few tags in chart text; event titles (a user's own calendar too) go in as plain text.
const plain = (t) => String(t || "").replace(/[<>&]/g, " ");

function eventMarks(events, color = EVENT_COLOR) {
  const byMonth = new Map();
  for (const e of events) {
    if (!e.date) continue;
    const k = e.date.slice(0, 7);
    if (!byMonth.has(k)) byMonth.set(k, []);
    byMonth.get(k).push(e);
  }
  const shapes = [], annotations = [];
  for (const evs of byMonth.values()) {
    const date = evs.map((e) => e.date).sort()[0];
    shapes.push({ type: "line", xref: "x", yref: "paper", x0: date, x1: date, y0: 0, y1: 1,
                  line: { color, width: 1.5, dash: "dot" } });
    annotations.push({ x: date, y: 1, xref: "x", yref: "paper", text: evs.length > 1 ? `▼${evs.length}` : "▼",
                       showarrow: false, hovertext: evs.map((e) => `${e.date}: ${plain(e.title)}`).join("<br>"),
                       font: { color, size: 15 }, yanchor: "bottom", captureevents: true });
  }
  return { shapes, annotations };
}

// A chart's text alternative: an aria-label on the plot, and a visible list of the marked events.
function describeChart(div, summary, events) {
  const d = typeof div === "string" ? $(div) : div;
  d.setAttribute("role", "img");
  d.setAttribute("aria-label", summary);
  let cap = d.nextElementSibling;
  if (!cap || !cap.classList.contains("chart-caption")) {
    cap = el("div", { class: "chart-caption note" });
    d.after(cap);
  }
  cap.replaceChildren(el("span", { text: summary }));
  const evs = (events || []).filter((e) => e.date);
  if (evs.length) {
    const box = el("details", { class: "chart-events" }, el("summary", { text: `${evs.length} policy event(s) marked ▼` }),
      el("ul", {}, ...evs.map((e) => el("li", {}, el("strong", { text: e.date }), ` ${e.title}`))));
    cap.append(box);
  }
}

function rangeText(xs) {
  const f = xs.find((x) => x), l = [...xs].reverse().find((x) => x);
  return f && l ? `${String(f).slice(0, 7)} to ${String(l).slice(0, 7)}` : "";
}

const PLOT_CONFIG = { responsive: true, displaylogo: false };

function plot(div, traces, layout) {
  const narrow = window.innerWidth < 900;
  return Plotly.newPlot(div, traces, Object.assign({
    template: "plotly_white", height: narrow ? 380 : 440,
    margin: { l: narrow ? 56 : 70, r: narrow ? 50 : 60, t: 60, b: 100 },
    legend: { orientation: "h", x: 0, y: -0.12, yanchor: "top" }, hovermode: "x unified",
    hoverlabel: { namelength: -1 },
  }, layout), PLOT_CONFIG);
}

// Hover shows figures as the tables do ("USD 986.9 m"), not Plotly's "0.986857B".
function usdTrace(trace) {
  return { ...trace, customdata: trace.y.map((v) => fmtUSD(v)), hovertemplate: "%{customdata}" };
}

const USD_AXIS = { title: { text: "USD" }, tickprefix: "$", exponentformat: "B", separatethousands: true };

// Two y-axes with their zero at the same height: the value axis starts at zero, and YoY's range
// is stretched so its own zero falls there.
function alignedAxes(values, pcts) {
  const bounds = (xs) => {
    const v = xs.filter((x) => x !== null && x !== undefined);
    return [Math.min(0, ...v) * 1.08, Math.max(0, ...v) * 1.08 || 1];
  };
  const frac = ([lo, hi]) => -lo / (hi - lo);  // where zero sits, 0 = bottom
  const bv = bounds(values), bp = bounds(pcts);
  const f = Math.min(Math.max(frac(bv), frac(bp)), 0.9);
  const fit = ([lo, hi]) => (frac([lo, hi]) <= f
    ? [f > 0 ? -(f / (1 - f)) * hi : 0, hi]  // lower the bottom until zero is at f
    : [lo, -lo * (1 - f) / f]);               // raise the top until zero is at f
  return { y: fit(bv), y2: fit(bp) };
}

// Sortable headers: focusable, keyboard-operable, and telling assistive technology the order.
function bindSortable(table, getState, onSort) {
  const ths = [...table.querySelectorAll("th.sortable")];
  const mark = () => {
    const { sort, dir } = getState();
    for (const th of ths) {
      th.setAttribute("aria-sort", th.dataset.key === sort ? (dir > 0 ? "ascending" : "descending") : "none");
    }
  };
  for (const th of ths) {
    th.tabIndex = 0;
    th.title = "sort by this column";
    const act = () => { onSort(th.dataset.key); mark(); };
    th.addEventListener("click", act);
    th.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); act(); } });
  }
  mark();
  return mark;
}

// Errors go when the user changes what caused them.
function clearErrorOnInput(form, errorId) {
  form.addEventListener("input", () => hideError(errorId));
  form.addEventListener("change", () => hideError(errorId));
}

// -- Brief ------------------------------------------------------------------------------
function initBrief() {
  for (const s of document.querySelectorAll("script.chart-data")) {
    const c = JSON.parse(s.textContent);
    const usd = c.unit === "USD";
    const traces = Object.entries(c.series).map(([name, ys], i) => {
      const t = styled(i, c.kind === "bar" ? { type: "bar", x: c.x, y: ys, name }
        : { type: "scatter", mode: "lines+markers", x: c.x, y: ys, name });
      return usd ? usdTrace(t) : t;
    });
    const events = c.events.map(([date, title]) => ({ date, title }));
    const marks = eventMarks(events);
    plot(s.dataset.target, traces, { title: { text: c.title }, showlegend: traces.length > 1,
      yaxis: usd ? USD_AXIS : { title: { text: c.unit } }, ...marks });
    describeChart(s.dataset.target, `${c.kind === "bar" ? "Bar" : "Line"} chart: ${c.title}, ` +
      `${Object.keys(c.series).join(", ")}, ${rangeText(c.x)}; the values are in the table above.`, events);
  }
  // Every table of the brief as CSV, from the cells shown (footnote marks left out).
  for (const [i, t] of [...document.querySelectorAll("#brief table")].entries()) {
    const rows = [...t.rows].map((r) => [...r.cells].map((c) => {
      const copy = c.cloneNode(true);
      copy.querySelectorAll("sup").forEach((x) => x.remove());
      return copy.textContent.trim();
    }));
    const a = el("a", { class: "csv-link", href: "#", text: "download this table as CSV" });
    setDownload(a, csvText(rows[0], rows.slice(1)), `brief-table-${i + 1}.csv`);
    const box = t.closest(".scroll") || t;
    const after = box.nextElementSibling && box.nextElementSibling.classList.contains("note") ? box.nextElementSibling : box;
    after.after(el("p", { class: "note" }, a));
  }
}

// -- Explorer ---------------------------------------------------------------------------
const EXPLORER_KEYS = ["reporter", "partner", "flow", "product", "freq", "source", "start", "end", "compare"];
const EXPLORER_DEFAULTS = { reporter: "USA", partner: "TWN", flow: "M", product: "processors", freq: "M" };
const explorerState = { names: {}, held: null };

// Whether the store holds a product code for the chosen flow: the code itself, finer codes
// under it (summed to it), or a coarser one above it.
function held(code) {
  const h = explorerState.held;
  return !h || h.some((p) => p.startsWith(code) || code.startsWith(p));
}

function countryLabel(code) {
  const n = explorerState.names[code];
  return code === "WLD" ? "World" : n && n !== code ? `${n} (${code})` : code;
}

function fillSelect(sel, values, current, labels) {
  sel.replaceChildren();
  const all = values.includes(current) || !current ? values : [current, ...values];
  for (const v of all) sel.append(el("option", { value: v, text: labels ? labels(v) : v }));
  sel.value = current;
}

function explorerParams() {
  const p = {};
  for (const k of EXPLORER_KEYS) {
    const v = $(`f-${k}`).value.trim();
    if (v) p[k] = v;
  }
  return p;
}

// The product picker: a list under the field (a combobox) that can be used from the keyboard:
// ↓ into the list, ↑/↓ between codes, Enter picks, → opens a branch, Escape closes.
function initProductPicker(input, tree) {
  let timer = null, shown = null, quiet = false;
  const open = () => { tree.classList.remove("hidden"); input.setAttribute("aria-expanded", "true"); };
  const close = () => { tree.classList.add("hidden"); input.setAttribute("aria-expanded", "false"); };
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-controls", tree.id);
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  function choose(code) { input.value = code; shown = null; close(); quiet = true; input.focus(); quiet = false; }
  const items = () => [...tree.querySelectorAll("button.code")];
  function codeItem(c) {
    const li = el("li", { role: "none" });
    const toggle = el("button", { type: "button", class: "toggle", tabindex: "-1", text: c.has_children ? "▸" : "",
      "aria-label": c.has_children ? `show the codes under ${c.code}` : null, "aria-expanded": c.has_children ? "false" : null });
    const pick = el("button", { type: "button", class: "code", text: c.code, "aria-label": `${c.code} ${c.description}`,
      onclick: () => choose(c.code) });
    li.append(toggle, pick, " ", el("span", { text: c.description }));
    if (!held(c.code)) { li.classList.add("nodata"); li.append(el("span", { class: "muted", text: " · no data for this flow" })); }
    async function expand() {
      if (!c.has_children) return;
      if (li.querySelector("ul")) { li.querySelector("ul").remove(); toggle.textContent = "▸"; toggle.setAttribute("aria-expanded", "false"); return; }
      const r = await api("/products", { parent: c.code });
      li.append(el("ul", {}, ...r.codes.map(codeItem)));
      toggle.textContent = "▾";
      toggle.setAttribute("aria-expanded", "true");
    }
    toggle.addEventListener("click", expand);
    pick.addEventListener("keydown", (e) => { if (e.key === "ArrowRight") { e.preventDefault(); expand(); } });
    return li;
  }
  async function show() {
    const q = input.value.trim();
    if (q === shown && !tree.classList.contains("hidden")) return;
    shown = q;
    const r = await api("/products", q && !/^\d{2}$/.test(q) ? { q } : (q ? { parent: q } : {}));
    if (input.value.trim() !== q) return;  // a newer query is on its way
    const list = el("ul", { style: "padding-left:0" });
    if (r.meant && r.meant.length) {
      list.append(el("li", { class: "muted meant", text: `“${q}” is read as HS ${r.meant.join(" + ")} everywhere in frontload:` }));
    }
    for (const b of r.baskets) {
      const has = b.codes.some(held);
      list.append(el("li", { class: has ? "" : "nodata" }, el("button", { type: "button", class: "code", text: b.basket,
        onclick: () => choose(b.basket) }), " ", el("span", { class: "muted", text: `basket: ${b.label}${has ? "" : " · no data for this flow"}` })));
    }
    r.codes.forEach((c) => list.append(codeItem(c)));
    if (!r.baskets.length && !r.codes.length) list.append(el("li", { class: "muted", text: "no match" }));
    tree.replaceChildren(list);
    open();
  }
  input.addEventListener("focus", () => { if (!quiet) show(); });
  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(show, 200); });
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" && !tree.classList.contains("hidden")) { e.preventDefault(); const f = items()[0]; if (f) f.focus(); }
    if (e.key === "Escape") close();
    if (e.key === "Enter") close();
  });
  tree.addEventListener("keydown", (e) => {
    const list = items(), i = list.indexOf(document.activeElement);
    if (e.key === "ArrowDown" && i >= 0) { e.preventDefault(); (list[i + 1] || list[i]).focus(); }
    if (e.key === "ArrowUp" && i >= 0) { e.preventDefault(); (i > 0 ? list[i - 1] : input).focus(); }
    if (e.key === "Escape") { e.preventDefault(); close(); input.focus(); }
  });
  const picker = input.closest(".picker") || tree.parentElement;
  picker.addEventListener("focusout", (e) => { if (!picker.contains(e.relatedTarget)) close(); });
  document.addEventListener("click", (e) => { if (!picker.contains(e.target)) close(); });
  return close;
}

async function loadHeld() {
  const r = await api("/options", { reporter: $("f-reporter").value, partner: $("f-partner").value,
    flow: $("f-flow").value }).catch(() => null);
  explorerState.held = r && r.products ? r.products : null;
}

async function loadPartners(reporter, flow, current) {
  // An unknown reporter (a hand-edited URL) keeps the full menu; the flow request names the fault.
  const opts = await api("/options", { reporter, flow }).catch(() => api("/options"));
  Object.assign(explorerState.names, opts.names);
  const partners = ["WLD", ...opts.partners.filter((p) => p !== "WLD")];
  fillSelect($("f-partner"), partners, current, countryLabel);
  const cmp = $("f-compare-list");
  cmp.replaceChildren(...partners.map((p) => el("option", { value: p, text: countryLabel(p) })));
  return partners;
}

async function initExplorer() {
  const url = new URLSearchParams(location.search);
  const state = {};
  for (const k of EXPLORER_KEYS) state[k] = url.get(k) || EXPLORER_DEFAULTS[k] || "";
  const opts = await api("/options");
  Object.assign(explorerState.names, opts.names);
  fillSelect($("f-reporter"), opts.reporters, state.reporter, countryLabel);
  for (const k of ["flow", "product", "freq", "source", "start", "end", "compare"]) $(`f-${k}`).value = state[k];
  await loadPartners(state.reporter, state.flow, state.partner);
  const refresh = () => loadPartners($("f-reporter").value, $("f-flow").value, $("f-partner").value).then(loadHeld);
  $("f-reporter").addEventListener("change", refresh);
  $("f-flow").addEventListener("change", refresh);
  $("f-partner").addEventListener("change", loadHeld);
  loadHeld();
  const closePicker = initProductPicker($("f-product"), $("product-tree"));
  clearErrorOnInput($("explorer-form"), "explorer-error");
  $("explorer-form").addEventListener("submit", (e) => { e.preventDefault(); closePicker(); runExplorer(true); });
  await runExplorer(false);
}

async function runExplorer(push) {
  hideError("explorer-error");
  const p = explorerParams();
  const qs = new URLSearchParams(p).toString();
  if (push) history.pushState(null, "", `/explorer?${qs}`);
  else history.replaceState(null, "", `/explorer?${qs}`);
  $("share-link").href = location.href;
  const { compare, ...flowParams } = p;
  const fqs = new URLSearchParams(flowParams).toString();
  $("dl-csv").href = `${API}/flows?${fqs}&format=csv`;
  $("dl-json").href = `${API}/flows?${fqs}&format=json`;
  const others = (compare || "").split(",").map((s) => s.trim()).filter((s) => s && s !== p.partner).slice(0, 5);
  let flows, stats, children, extra;
  try {
    [flows, stats, children, ...extra] = await Promise.all([
      api("/flows", flowParams),
      api("/stats", { reporter: p.reporter, partner: p.partner, product: p.product, flow: p.flow, source: p.source }),
      api("/children", { reporter: p.reporter, partner: p.partner, product: p.product, flow: p.flow,
                         source: p.source }),
      ...others.map((o) => api("/flows", { ...flowParams, partner: o }).catch((err) => ({ error: err, partner: o }))),
    ]);
  } catch (err) {
    $("explorer-result").classList.add("hidden");
    showError("explorer-error", err);
    return;
  }
  const vals = flows.items;
  const first = vals.length ? vals[0].start : null, last = vals.length ? vals[vals.length - 1].start : null;
  const ev = await api("/events", { product: p.product, partner: p.partner, start: first, end: last });
  $("explorer-result").classList.remove("hidden");
  const title = flows.title || flows.label;
  $("flow-title").textContent = `${title} · ${flows.source}`;
  $("flow-title").dataset.label = flows.label;
  $("flow-notes").textContent = flows.notes.join(" · ");
  const failed = extra.filter((x) => x.error);
  $("compare-note").textContent = failed.map((x) => `${countryLabel(x.partner)}: ${x.error.message}`).join(" · ");
  const marks = eventMarks(ev.items);
  const xs = vals.map((v) => v.start);
  if (!vals.length) {
    Plotly.purge("explorer-chart");
    $("explorer-chart").replaceChildren(el("p", { class: "empty", text: "No values for this flow and period." }));
  } else if (extra.length) {
    const series = [flows, ...extra.filter((x) => !x.error)];
    await plot("explorer-chart", series.map((f, i) => usdTrace(styled(i, { type: "scatter", mode: "lines+markers",
      name: countryLabel(f.query.partner), x: f.items.map((v) => v.start), y: f.items.map((v) => v.value_usd) }))),
      { title: { text: `${title.replace(/ (from|to) [^·]*$/, "")} by partner` }, yaxis: USD_AXIS, ...marks });
  } else {
    const axes = alignedAxes(vals.map((v) => v.value_usd), vals.map((v) => v.yoy_pct));
    await plot("explorer-chart", [
      usdTrace({ type: "scatter", mode: "lines+markers", name: "value (USD)", x: xs, y: vals.map((v) => v.value_usd),
        line: { color: PALETTE[0], width: 2 }, marker: { size: 4, color: PALETTE[0] } }),
      { type: "bar", name: "YoY %", x: xs, y: vals.map((v) => v.yoy_pct), yaxis: "y2",
        marker: { color: BAR_COLOR }, opacity: 0.55, hovertemplate: "%{y:+.1f}%" },
    ], { title: { text: title }, yaxis: { ...USD_AXIS, range: axes.y },
         yaxis2: { title: { text: "YoY %" }, overlaying: "y", side: "right", showgrid: false, range: axes.y2,
                   zeroline: true, ticksuffix: "%" }, ...marks });
  }
  describeChart("explorer-chart", `Chart: ${title}, ${vals.length} values from ${rangeText(xs)}, `
    + `with year-on-year change; every value is in the Values table below.`, []);
  $("event-summary").textContent = `${ev.total} policy event(s) concerning this flow, marked ▼ on the chart`;
  $("event-list").replaceChildren(...ev.items.map((e) => el("li", { class: "event-item", title: e.summary || "" },
    el("strong", { text: e.date }), ` ${e.title} `, el("span", { class: "muted", text: `(${e.event_id})` }))));
  fillStats(stats);
  fillChildren(children);
  $("values-table").tBodies[0].replaceChildren(...vals.slice().reverse().map((v) => el("tr", {},
    el("td", { text: v.period }), el("td", { text: fmtUSD(v.value_usd) }), el("td", { text: fmtPct(v.yoy_pct) }),
    el("td", { text: v.unit_value === null ? "–" : fmtValue(v.unit_value, v.unit_value_unit) }),
    el("td", { text: v.rows }), el("td", { class: "l note", text: v.sources.join("; ") }))));
  $("flow-sources").replaceChildren(...flows.sources.map((s) =>
    el("li", { text: `${s.cite} · ${s.location} (fetch ${s.fetch_id})` })));
}

function fillStats(stats) {
  $("stats-table").tBodies[0].replaceChildren(...stats.figures.map((f) => el("tr", { "data-name": f.name,
    title: `${f.rows} row(s) · ${f.provenance.join("; ")}` },
    el("td", { text: f.label }), el("td", { class: "l nw", text: f.period }),
    el("td", { class: "nw", text: f.name === "share" ? fmtPct(f.value, false) : fmtValue(f.value, f.unit) }),
    el("td", { class: "l note", text: (f.detail && f.detail.text) || "" }))));
  const srcs = [...new Set(stats.figures.flatMap((f) => f.provenance))].join("; ");
  const missing = stats.not_available.length ? `not available for ${stats.period}: ${stats.not_available.join(", ")}` : "";
  $("stats-sources").textContent = [srcs && `source: ${srcs}`, missing, ...stats.notes].filter(Boolean).join(" · ");
}

function fillChildren(ch) {
  $("children-note").textContent = ch.items.length
    ? `${ch.period}: total ${fmtUSD(ch.total_usd)}, unattributed ${fmtUSD(ch.residual_usd)}`
    : "no finer product codes in the store for this flow";
  $("children-table").tBodies[0].replaceChildren(...ch.items.map((i) => el("tr", {},
    el("td", { text: i.code }), el("td", { class: "l note", text: i.description.slice(0, 90) }),
    el("td", { text: fmtUSD(i.value_usd) }), el("td", { text: fmtPct(i.share_pct, false) }),
    el("td", { text: fmtPct(i.growth_pct) }),
    el("td", { text: i.contribution_pp === null ? "–" : `${i.contribution_pp > 0 ? "+" : ""}${i.contribution_pp.toFixed(1)} pp` }))));
}

// -- Detect -----------------------------------------------------------------------------
const DETECT_KEYS = ["reporter", "partner", "product", "flow", "event", "lead", "lag", "baseline", "control"];
// The page's example when opened bare. A link (from Screen, or shared) says what it wants: any
// field it does not name takes the neutral value, never the example's controls, which would
// ask for flows the linked series has no counterpart of (KOR exports … to MYS).
const DETECT_NEUTRAL = { flow: "M", lead: "6", lag: "6", baseline: "auto", control: "" };

async function initDetect() {
  const url = new URLSearchParams(location.search);
  const linked = DETECT_KEYS.some((k) => url.has(k));
  for (const k of DETECT_KEYS) {
    if (url.has(k)) $(`d-${k}`).value = k === "control" ? url.getAll(k).join(", ") : url.get(k);
    else if (linked && k in DETECT_NEUTRAL) $(`d-${k}`).value = DETECT_NEUTRAL[k];
  }
  clearErrorOnInput($("detect-form"), "detect-error");
  $("detect-form").addEventListener("submit", (e) => { e.preventDefault(); runDetect(true); });
  api("/events", { limit: 1000 }).then((r) => {  // the event picker: type to search by date, title or id
    const sorted = r.items.filter((e) => e.date).sort((a, b) => (a.date < b.date ? 1 : -1));
    $("d-events").replaceChildren(...sorted.map((e) => el("option", { value: e.event_id,
      label: `${e.date} · ${e.title.slice(0, 90)}` })));
  }).catch(() => {});
  await runDetect(false);
}

function paybackText(d) {
  const v = d.payback_usd;
  if (v === null || v === undefined) return ["after the event", "–"];
  if (v > 0) return ["payback after: below the counterfactual by", fmtUSD(v)];
  if (v < 0) return ["after the event: above the counterfactual (no payback)", `+${fmtUSD(-v)}`];
  return ["after the event", "on the counterfactual"];
}

async function runDetect(push) {
  hideError("detect-error");
  const p = {};
  for (const k of DETECT_KEYS) p[k] = $(`d-${k}`).value.trim();
  p.control = p.control ? p.control.split(",").map((s) => s.trim()).filter(Boolean) : [];
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(p)) (Array.isArray(v) ? v : [v]).forEach((x) => x && qs.append(k, x));
  history[push ? "pushState" : "replaceState"](null, "", `/detect?${qs}`);
  let d;
  try { d = await api("/detect", p); } catch (err) {
    $("detect-result").classList.add("hidden");
    showError("detect-error", err);
    return;
  }
  $("detect-result").classList.remove("hidden");
  $("detect-title").textContent = `${d.title || d.label} · ${d.source} · event ${d.event_label}`;
  $("detect-verdict").textContent = d.verdict;
  $("detect-verdict").className = `card ${d.significant ? "flag" : ""}`;
  const notes = [d.reason, d.caveat, d.did_caveat, ...(d.caveats || []), ...(d.warnings || [])].filter(Boolean);
  $("detect-notes").replaceChildren(...notes.map((n) => el("li", { text: n })));
  $("detect-notes").classList.toggle("hidden", !notes.length);
  const kpi = (k, v) => el("div", { class: "kpi" }, el("div", { class: "v", text: v }), el("div", { class: "k", text: k }));
  const [pbLabel, pbValue] = paybackText(d);
  $("detect-kpis").replaceChildren(
    kpi("run-up excess", fmtUSD(d.excess_usd)),
    kpi("excess over counterfactual", fmtPct(d.excess_pct)),
    kpi("95% interval", `${fmtUSD(d.excess_95[0])} to ${fmtUSD(d.excess_95[1])}`),
    kpi("onset", d.onset ? d.onset.slice(0, 7) : "–"),
    kpi(pbLabel, pbValue),
    kpi(d.controls && d.controls.length ? `difference in differences vs ${d.controls.length} control(s)`
      : "difference in differences (no controls)",
    d.did_pp === null || d.did_pp === undefined ? "–" : `${d.did_pp > 0 ? "+" : ""}${d.did_pp.toFixed(0)} pp`),
    kpi("baseline", d.baseline));
  const months = d.months.map((m) => m.month);
  const runup = d.months.slice(0, d.lead);
  const marks = eventMarks(d.events, OTHER_EVENT_COLOR);
  marks.shapes.push({ type: "line", xref: "x", yref: "paper", x0: d.event, x1: d.event, y0: 0, y1: 1,
                      line: { color: EVENT_COLOR, width: 2.5 } });
  marks.annotations.push({ x: d.event, y: 1.02, xref: "x", yref: "paper", text: plain(d.event_label.slice(0, 50)),
                           showarrow: false, font: { color: EVENT_COLOR, size: 12 }, yanchor: "bottom" });
  await plot("detect-chart", [
    { type: "scatter", mode: "lines", name: "95% band", x: months.concat(months.slice().reverse()),
      y: d.months.map((m) => m.upper95).concat(d.months.map((m) => m.lower95).reverse()), fill: "toself",
      fillcolor: "rgba(213,94,0,0.16)", line: { width: 0 }, hoverinfo: "skip" },
    usdTrace({ type: "scatter", mode: "lines", name: `counterfactual (${d.baseline})`, x: months,
      y: d.months.map((m) => m.counterfactual), line: { color: PALETTE[1], dash: "dash", width: 2 } }),
    { type: "scatter", mode: "lines", name: "run-up counterfactual", x: runup.map((m) => m.month), y: runup.map((m) => m.counterfactual),
      line: { width: 0 }, showlegend: false, hoverinfo: "skip" },
    { type: "scatter", mode: "lines", name: "excess", x: runup.map((m) => m.month), y: runup.map((m) => m.actual), fill: "tonexty",
      fillcolor: d.excess_usd > 0 ? "rgba(142,27,44,0.30)" : "rgba(17,119,51,0.30)", line: { width: 0 },
      hoverinfo: "skip" },
    usdTrace({ type: "scatter", mode: "lines+markers", name: "actual", x: d.history.map((h) => h.month),
      y: d.history.map((h) => h.actual), line: { color: PALETTE[0], width: 2 }, marker: { size: 4, color: PALETTE[0] } }),
  ], { title: { text: d.title || d.label }, yaxis: USD_AXIS,
       xaxis: { range: [d.history.length > 48 ? d.history[d.history.length - 48].month : null, months[months.length - 1]] },
       ...marks });
  describeChart("detect-chart", `Chart: ${d.title || d.label}, actual values against the ${d.baseline} counterfactual `
    + `and its 95% band around the event of ${d.event.slice(0, 7)}; ${d.verdict}. The months are in the table below.`, d.events);
  $("detect-summary").textContent = d.summary;
  const rows = d.months.map((m, i) => [m.month.slice(0, 7), i < d.lead ? "run-up" : "after", m.actual, m.counterfactual,
    m.lower95, m.upper95, m.actual === null ? null : m.actual - m.counterfactual]);
  $("detect-table").tBodies[0].replaceChildren(...rows.map((r) => el("tr", {},
    el("td", { text: r[0] }), el("td", { class: "l", text: r[1] }),
    el("td", { text: fmtUSD(r[2]) }), el("td", { text: fmtUSD(r[3]) }),
    el("td", { text: `${fmtUSD(r[4])} – ${fmtUSD(r[5])}` }), el("td", { text: fmtUSD(r[6]) }))));
  setDownload($("detect-csv"), csvText(["month", "window", "actual_usd", "counterfactual_usd", "lower95_usd",
    "upper95_usd", "excess_usd"], rows), `detect-${d.label.replace(/\W+/g, "-")}-${d.event.slice(0, 7)}.csv`);
  $("detect-sources").replaceChildren(...d.sources.map((s) => el("li", { text: `${s.cite} (fetch ${s.fetch_id})` })));
}

// -- Screen -----------------------------------------------------------------------------
const screenState = { rows: [], sort: "rank", dir: 1, event: null, window: 6 };
const SCREEN_NUMERIC = new Set(["rank", "z"]);

function screenURL() {
  const qs = new URLSearchParams();
  const w = $("s-window").value, end = $("s-end").value.trim(), f = $("s-filter").value.trim();
  if (w && w !== "6") qs.set("window", w);
  if (end) qs.set("end", end);
  if (f) qs.set("q", f);
  if ($("s-flagged").checked) qs.set("flagged", "1");
  if (screenState.sort !== "rank" || screenState.dir !== 1) { qs.set("sort", screenState.sort); qs.set("order", screenState.dir > 0 ? "asc" : "desc"); }
  const s = qs.toString();
  history.replaceState(null, "", `/screen${s ? `?${s}` : ""}`);
}

async function initScreen() {
  const url = new URLSearchParams(location.search);
  if (url.get("window")) $("s-window").value = url.get("window");
  if (url.get("end")) $("s-end").value = url.get("end");
  if (url.get("q")) $("s-filter").value = url.get("q");
  $("s-flagged").checked = url.get("flagged") === "1";
  const keys = [...document.querySelectorAll("#screen-table th.sortable")].map((t) => t.dataset.key);
  if (keys.includes(url.get("sort"))) {
    screenState.sort = url.get("sort");
    screenState.dir = url.get("order") === "desc" ? -1 : 1;
  }
  clearErrorOnInput($("screen-form"), "screen-error");
  $("screen-form").addEventListener("submit", (e) => { e.preventDefault(); runScreen(); });
  $("s-filter").addEventListener("input", renderScreen);
  $("s-flagged").addEventListener("change", renderScreen);
  screenState.markSort = bindSortable($("screen-table"), () => screenState, (k) => {
    screenState.dir = screenState.sort === k ? -screenState.dir : (k === "z" ? -1 : 1);
    screenState.sort = k;
    renderScreen();
  });
  await runScreen();
}

async function runScreen(again) {
  // `again`: asked by the page itself for the detector verdicts still pending (not a new screen).
  clearTimeout(screenState.poll);
  const asked = { window: $("s-window").value, end: $("s-end").value.trim(), limit: 1000 };
  if (!again) { hideError("screen-error"); $("screen-note").textContent = "screening…"; }
  let r;
  try {
    r = await api("/screen", asked);
  } catch (err) { $("screen-note").textContent = ""; showError("screen-error", err); return; }
  Object.assign(screenState, { rows: r.items, event: r.event, window: r.window });
  const pending = r.verdicts_pending
    ? ` The detector's verdicts on the top ${r.verdicts_pending} rows are being computed: they appear here when ready.`
    : "";
  $("screen-note").textContent = `${r.total} series, window ${r.window_start.slice(0, 7)} to ${r.end.slice(0, 7)}; `
    + `flag above z ${r.flag_z}; ${r.skipped.length} series skipped (a month missing in the window).${pending}`;
  renderScreen();
  if (r.verdicts_pending) {  // ask again for the same screen until the server has the verdicts
    screenState.poll = setTimeout(() => {
      if ($("s-window").value === asked.window && $("s-end").value.trim() === asked.end) runScreen(true);
    }, 1500);
  }
}

function screenText(r) {
  return [r.series, r.reporter_name, r.partner_name, r.product_name].filter(Boolean).join(" ").toLowerCase();
}

function sortValue(r, k) {
  if (SCREEN_NUMERIC.has(k)) return r[k];
  if (k === "reporter" || k === "partner") return (r[`${k}_name`] || r[k]).toLowerCase();
  return String(r[k]).toLowerCase();
}

function renderScreen() {
  const words = $("s-filter").value.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const onlyFlagged = $("s-flagged").checked;
  const { sort, dir } = screenState;
  const rows = screenState.rows
    .filter((r) => words.every((w) => screenText(r).includes(w)) && (!onlyFlagged || r.flagged))
    .sort((a, b) => { const x = sortValue(a, sort), y = sortValue(b, sort); return x < y ? -dir : x > y ? dir : 0; });
  const flowWord = { M: "imports", X: "exports", RM: "re-imports", RX: "re-exports" };
  $("screen-table").tBodies[0].replaceChildren(...rows.map((r) => {
    // The link names everything Detect needs and no controls: Detect adds none to a link.
    const qs = new URLSearchParams({ reporter: r.reporter, partner: r.partner, product: r.product, flow: r.flow,
      event: screenState.event.slice(0, 7), lead: screenState.window, lag: 0 });
    const who = (code, name) => el("td", { class: "l" }, name && name !== code ? `${name} ` : "",
      el("span", { class: "muted", text: code === "WLD" ? "" : `(${code})` }));
    const detector = r.verdict_pending ? "computing…"
      : r.verdict ? [r.verdict, r.reason].filter(Boolean).join(" — ") : "";
    return el("tr", { class: r.flagged ? "flagged" : "" },
      el("td", { text: r.rank }),
      el("td", { class: "l" }, el("a", { href: `/detect?${qs}`, text: `${r.reporter} ${flowWord[r.flow] || r.flow} of ${r.product} ${r.flow === "X" ? "to" : "from"} ${r.partner}`,
        title: `open the detector on ${r.series}` })),
      who(r.reporter, r.reporter_name), who(r.partner, r.partner_name),
      el("td", { class: "l" }, el("span", { text: r.product }), r.product_name ? el("br") : null,
        r.product_name ? el("span", { class: "note", text: r.product_name.slice(0, 70) }) : null),
      el("td", { text: fmtZ(r.z) }),
      el("td", { class: "l flag", text: r.flagged ? "surge" : "" }),
      el("td", { class: "l note", text: detector }));
  }));
  $("screen-count").textContent = `${rows.length} of ${screenState.rows.length} series shown`;
  setDownload($("screen-csv"), csvText(["rank", "series", "reporter", "partner", "flow", "product", "product_name",
    "z", "flagged", "detector"], rows.map((r) => [r.rank, r.series, r.reporter, r.partner, r.flow, r.product,
    r.product_name, r.z, r.flagged, r.verdict_pending ? "pending" : r.verdict])), "screen.csv");
  if (screenState.markSort) screenState.markSort();
  screenURL();
}

// -- Check ------------------------------------------------------------------------------
const MARK = { supported: "✓", contradicted: "✗", consistent: "≈", not_checkable: "?" };
const RANK = { contradicted: 3, consistent: 2, supported: 1, not_checkable: 0 };
// What an analyst reads for each verdict (the API keeps its keys; docs/claims.md defines them).
const VERDICT = { supported: "Supported", contradicted: "Contradicted", consistent: "Consistent, not proven",
                  not_checkable: "Not checkable" };
const verdictLabel = (v) => VERDICT[v] || String(v).replace(/_/g, " ");

// The publication date an article's HTML carries, if it was pasted as HTML: Open Graph / schema.org
// metadata, <time datetime>. Read with regular expressions, never parsed into a document.
const DATE_PATTERNS = [
  /<meta[^>]+(?:property|name|itemprop)=["'](?:article:published_time|og:published_time|datePublished|pubdate|publishdate|date|dc\.date|DC\.date\.issued|sailthru\.date|parsely-pub-date)["'][^>]*content=["'](\d{4}-\d{2}-\d{2})/i,
  /<meta[^>]+content=["'](\d{4}-\d{2}-\d{2})[^"']*["'][^>]*(?:property|name|itemprop)=["'](?:article:published_time|datePublished|pubdate|date)["']/i,
  /"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})/,
  /<time[^>]+datetime=["'](\d{4}-\d{2}-\d{2})/i,
];

function metadataDate(text) {
  for (const re of DATE_PATTERNS) {
    const m = re.exec(text);
    if (m) return m[1];
  }
  return null;
}

const checkState = { dateFrom: null, rows: [] };

function initCheck() {
  const text = $("c-text"), date = $("c-date");
  $("check-form").noValidate = true;  // our own message says what is missing and why
  const readDate = () => {
    const found = metadataDate(text.value);
    if (found && (!date.value || checkState.dateFrom === "metadata")) {
      date.value = found;
      checkState.dateFrom = "metadata";
      $("c-date-help").textContent = `Publication date ${found} read from the article's HTML metadata; change it if it is wrong.`;
    }
  };
  const given = new URLSearchParams(location.search).get("date");  // a shared /check?date=YYYY-MM-DD
  if (given && /^\d{4}-\d{2}-\d{2}$/.test(given)) { date.value = given; checkState.dateFrom = "entered"; }
  text.addEventListener("input", readDate);
  date.addEventListener("input", () => { checkState.dateFrom = "entered"; });
  $("check-form").addEventListener("submit", (e) => { e.preventDefault(); runCheck(); });
}

async function runCheck() {
  hideError("check-error");
  const text = $("c-text").value;
  const date = $("c-date").value;
  if (!text.trim()) {
    showError("check-error", { message: "Paste the article's text first.", parameter: "text" });
    $("c-text").focus();
    return;
  }
  if (!date) {
    showError("check-error", { message: "Give the article's publication date.",
      hint: "Claims such as \"in October\" or \"the first ten months\" mean different periods in different years; "
        + "without the date they cannot be checked. Pasted HTML with publication metadata fills it in." ,
      parameter: "date" });
    $("c-date").setAttribute("aria-invalid", "true");
    $("c-date").focus();
    return;
  }
  $("c-date").removeAttribute("aria-invalid");
  history.replaceState(null, "", `/check?date=${encodeURIComponent(date)}`);  // the text stays private
  let r;
  try {
    r = await api("/check", null, { method: "POST", headers: { "content-type": "application/json" },
      body: JSON.stringify({ text, date }) });
  } catch (err) { $("check-result").classList.add("hidden"); showError("check-error", err); return; }
  $("check-result").classList.remove("hidden");
  $("c-counts").textContent = `${r.claims.length} claim(s): ` +
    Object.entries(r.counts).map(([k, v]) => `${v} ${verdictLabel(k).toLowerCase()}`).join(", ");
  const how = checkState.dateFrom === "metadata" ? "read from the article's HTML metadata" : "as entered";
  $("c-date-used").textContent = `Periods read as of the publication date ${r.date} (${how}).`;
  checkState.rows = r.claims;
  const csv = csvText(["#", "sentence", "verdict", "measure", "claimed", "data", "tolerance", "explanation",
    "evidence"], r.claims.map((c, i) => [i + 1, c.sentence, c.verdict, c.measure, c.claimed, c.data, c.tolerance,
    c.explanation, (c.evidence || []).join("; ")]));
  setDownload($("c-csv"), csv, `claims-${r.date}.csv`);
  const groups = new Map();
  r.claims.forEach((c, i) => {
    if (!groups.has(c.start)) groups.set(c.start, { start: c.start, end: c.end, items: [] });
    groups.get(c.start).items.push([i + 1, c]);
  });
  const art = $("c-article");
  art.replaceChildren();
  let pos = 0;
  for (const g of [...groups.values()].sort((a, b) => a.start - b.start)) {
    if (g.start < pos) continue;
    art.append(document.createTextNode(text.slice(pos, g.start)));
    const worst = g.items.map(([, c]) => c.verdict).sort((a, b) => RANK[b] - RANK[a])[0];
    const label = g.items.map(([n, c]) => `[${n}] ${verdictLabel(c.verdict)}: ${c.explanation}`).join("\n");
    const mark = el("mark", { class: `claim m-${worst}`, tabindex: "0", role: "button", title: label,
      "aria-label": `claim ${g.items.map(([n]) => n).join(", ")}: ${verdictLabel(worst)}` },
      text.slice(g.start, g.end));
    mark.addEventListener("click", () => showClaim(mark, g.items));
    mark.addEventListener("keydown", (e) => {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); showClaim(mark, g.items); }
    });
    art.append(mark, el("sup", { text: g.items.map(([n, c]) => `[${n}${MARK[c.verdict] || ""}]`).join("") }));
    pos = g.end;
  }
  art.append(document.createTextNode(text.slice(pos)));
  $("c-table").tBodies[0].replaceChildren(...r.claims.map((c, i) => el("tr", {},
    el("td", { text: i + 1 }), el("td", { class: "l", text: c.sentence }),
    el("td", { class: "l" }, el("span", { class: `verdict v-${c.verdict}`, text: verdictLabel(c.verdict) })),
    el("td", { text: c.data === null ? "–" : (c.measure === "change" ? fmtPct(c.data) : fmtUSD(c.data)) }),
    el("td", { class: "l note" }, c.reason ? el("strong", { text: `${c.reason} ` }) : null, c.explanation))));
  $("c-detail").replaceChildren(el("span", { class: "muted", text: "Click a highlighted claim." }));
}

function fmtClaim(c, v, signed = true) {
  if (v === null || v === undefined) return "–";
  if (c.measure === "change") return signed ? fmtPct(v) : `${v.toFixed(1)} pp`;
  if (c.measure !== "amount") return v.toLocaleString("en");
  return fmtUSD(v);
}

function showClaim(mark, items) {
  document.querySelectorAll("mark.claim.selected").forEach((m) => m.classList.remove("selected"));
  mark.classList.add("selected");
  const box = $("c-detail");
  box.replaceChildren();
  for (const [n, c] of items) {
    const u = c.understood;
    const what = [u.reporter, { M: "imports", X: "exports" }[u.flow] || "", (u.product || []).join("+"),
      u.partner ? `from ${u.partner}` : "", u.period || ""].filter(Boolean).join(" ");
    box.append(el("div", { class: "claim-detail" },
      el("p", {}, el("strong", { text: `[${n}] ` }), el("span", { class: `verdict v-${c.verdict}`, text: verdictLabel(c.verdict) }),
        " ", el("span", { class: "muted", text: `understood as: ${what || "–"}` })),
      c.reason ? el("p", { class: "reason", text: c.reason }) : null,
      c.quote ? el("p", { class: "note", text: `quoted: “${c.quote}”` }) : null,
      el("p", { text: c.explanation }),
      el("p", { class: "note", text: `claimed: ${fmtClaim(c, c.claimed)} · data: ${fmtClaim(c, c.data)}` +
        `${c.tolerance !== null ? ` · tolerance ±${fmtClaim(c, c.tolerance, false)}` : ""}` }),
      el("ul", { class: "note" }, ...c.evidence.map((e) => el("li", { text: e })))));
  }
}

// -- Data -------------------------------------------------------------------------------
function initData() {
  $("vintage-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    hideError("vintage-error");
    let r;
    try {
      r = await api("/vintages", { reporter: $("v-reporter").value, partner: $("v-partner").value,
        product: $("v-product").value, limit: 1000 });
    } catch (err) { showError("vintage-error", err); return; }
    $("vintage-table").classList.remove("hidden");
    $("vintage-table").tBodies[0].replaceChildren(...r.items.map((v) => el("tr", {},
      el("td", { text: v.source }), el("td", { class: "l", text: v.product }),
      el("td", { class: "l", text: v.period.slice(0, 7) + (v.months !== 1 ? ` (${v.months} mo.)` : "") }),
      el("td", { text: v.value_usd.toLocaleString("en") }), el("td", { class: "l", text: v.vintage.slice(0, 10) }),
      el("td", { class: "l" }, el("code", { text: v.fetch_id })))));
  });
}

const PAGES = { brief: initBrief, explorer: initExplorer, detect: initDetect, screen: initScreen, check: initCheck,
                data: initData };

document.addEventListener("DOMContentLoaded", async () => {
  const init = PAGES[document.body.dataset.page];
  if (!init) return;
  try { await init(); } catch (err) { console.error(err); }
  document.body.dataset.ready = "1";
});
