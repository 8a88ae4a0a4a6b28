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
  return `${signed && v > 0 ? "+" : ""}${v.toFixed(1)}%`;
}

function fmtValue(v, unit) {
  if (v === null || v === undefined) return "–";
  if (unit === "USD") return fmtUSD(v);
  if (unit === "%") return fmtPct(v);
  if (unit && unit.startsWith("USD/")) return `${v.toLocaleString("en", { maximumFractionDigits: 2 })} ${unit}`;
  return `${v.toLocaleString("en", { maximumFractionDigits: 1 })} ${unit || ""}`;
}

// Policy events as dotted vertical lines with hover labels (Plotly shapes + annotations).
function eventMarks(events, color = "#b23") {
  const shapes = [], annotations = [];
  for (const e of events) {
    shapes.push({ type: "line", xref: "x", yref: "paper", x0: e.date, x1: e.date, y0: 0, y1: 1,
                  line: { color, width: 1, dash: "dot" } });
    annotations.push({ x: e.date, y: 1, xref: "x", yref: "paper", text: "▼", showarrow: false,
                       hovertext: `${e.date}: ${e.title}`, font: { color, size: 11 }, yanchor: "bottom" });
  }
  return { shapes, annotations };
}

const PLOT_CONFIG = { responsive: true, displaylogo: false };

function plot(div, traces, layout) {
  return Plotly.newPlot(div, traces, Object.assign({
    template: "plotly_white", height: 440, margin: { l: 70, r: 60, t: 60, b: 100 },
    legend: { orientation: "h", x: 0, y: -0.12, yanchor: "top" }, hovermode: "x unified",
  }, layout), PLOT_CONFIG);
}

// -- Brief ------------------------------------------------------------------------------
function initBrief() {
  for (const s of document.querySelectorAll("script.chart-data")) {
    const c = JSON.parse(s.textContent);
    const traces = Object.entries(c.series).map(([name, ys]) => c.kind === "bar"
      ? { type: "bar", x: c.x, y: ys, name }
      : { type: "scatter", mode: "lines+markers", x: c.x, y: ys, name });
    const marks = eventMarks(c.events.map(([date, title]) => ({ date, title })));
    plot(s.dataset.target, traces, { title: { text: c.title }, yaxis: { title: { text: c.unit } }, ...marks });
  }
}

// -- Explorer ---------------------------------------------------------------------------
const EXPLORER_KEYS = ["reporter", "partner", "flow", "product", "freq", "source", "start", "end"];
const EXPLORER_DEFAULTS = { reporter: "USA", partner: "TWN", flow: "M", product: "processors", freq: "M" };

function fillSelect(sel, values, current, labels) {
  sel.replaceChildren();
  const all = values.includes(current) ? values : [current, ...values];
  for (const v of all) sel.append(el("option", { value: v, text: labels && labels[v] ? labels[v] : v }));
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

function initProductPicker(input, tree) {
  let timer = null;
  function choose(code) { input.value = code; shown = null; tree.classList.add("hidden"); }
  function codeItem(c) {
    const li = el("li", {});
    const toggle = el("span", { class: "toggle", text: c.has_children ? "▸" : "" });
    li.append(toggle, el("span", { class: "code", text: c.code, onclick: () => choose(c.code) }), " ",
      el("span", { text: c.description }));
    if (c.has_children) {
      toggle.addEventListener("click", async () => {
        if (li.querySelector("ul")) { li.querySelector("ul").remove(); toggle.textContent = "▸"; return; }
        const r = await api("/products", { parent: c.code });
        li.append(el("ul", {}, ...r.codes.map(codeItem)));
        toggle.textContent = "▾";
      });
    }
    return li;
  }
  let shown = null;  // the query the open list answers: an expanded branch survives a repeated event
  async function show() {
    const q = input.value.trim();
    if (q === shown && !tree.classList.contains("hidden")) return;
    shown = q;
    const r = await api("/products", q && !/^\d{2}$/.test(q) ? { q } : (q ? { parent: q } : {}));
    if (input.value.trim() !== q) return;  // a newer query is on its way
    const list = el("ul", { style: "padding-left:0" });
    for (const b of r.baskets) {
      list.append(el("li", {}, el("span", { class: "code", text: b.basket, onclick: () => choose(b.basket) }),
        " ", el("span", { class: "muted", text: `basket: ${b.label}` })));
    }
    r.codes.forEach((c) => list.append(codeItem(c)));
    if (!r.baskets.length && !r.codes.length) list.append(el("li", { class: "muted", text: "no match" }));
    tree.replaceChildren(list);
    tree.classList.remove("hidden");
  }
  input.addEventListener("focus", show);
  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(show, 200); });
  document.addEventListener("click", (e) => {
    if (!tree.contains(e.target) && e.target !== input) tree.classList.add("hidden");
  });
}

async function initExplorer() {
  const url = new URLSearchParams(location.search);
  const state = {};
  for (const k of EXPLORER_KEYS) state[k] = url.get(k) || EXPLORER_DEFAULTS[k] || "";
  const opts = await api("/options");
  fillSelect($("f-reporter"), opts.reporters, state.reporter);
  fillSelect($("f-partner"), ["WLD", ...opts.partners.filter((p) => p !== "WLD")], state.partner, { WLD: "World" });
  for (const k of ["flow", "product", "freq", "source", "start", "end"]) $(`f-${k}`).value = state[k];
  initProductPicker($("f-product"), $("product-tree"));
  $("explorer-form").addEventListener("submit", (e) => { e.preventDefault(); runExplorer(true); });
  await runExplorer(false);
}

async function runExplorer(push) {
  hideError("explorer-error");
  const p = explorerParams();
  const qs = new URLSearchParams(p).toString();
  if (push) history.pushState(null, "", `/explorer?${qs}`);
  else history.replaceState(null, "", `/explorer?${qs}`);
  $("share-link").href = location.href;
  $("dl-csv").href = `${API}/flows?${qs}&format=csv`;
  $("dl-json").href = `${API}/flows?${qs}&format=json`;
  let flows, stats, children;
  try {
    [flows, stats, children] = await Promise.all([
      api("/flows", p),
      api("/stats", { reporter: p.reporter, partner: p.partner, product: p.product, flow: p.flow, source: p.source }),
      api("/children", { reporter: p.reporter, partner: p.partner, product: p.product, flow: p.flow,
                         source: p.source }),
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
  $("flow-title").textContent = `${flows.label} · ${flows.source}`;
  $("flow-notes").textContent = flows.notes.join(" · ");
  const marks = eventMarks(ev.items);
  await plot("explorer-chart", [
    { type: "scatter", mode: "lines+markers", name: "value (USD)", x: vals.map((v) => v.start),
      y: vals.map((v) => v.value_usd), line: { color: "#1f5fbf" }, marker: { size: 4 } },
    { type: "bar", name: "YoY %", x: vals.map((v) => v.start), y: vals.map((v) => v.yoy_pct), yaxis: "y2",
      marker: { color: "rgba(120,130,150,0.35)" } },
  ], { title: { text: flows.label }, yaxis: { title: { text: "USD" } },
       yaxis2: { title: { text: "YoY %" }, overlaying: "y", side: "right", showgrid: false }, ...marks });
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

async function initDetect() {
  const url = new URLSearchParams(location.search);
  for (const k of DETECT_KEYS) {
    const v = k === "control" ? url.getAll(k).join(", ") : url.get(k);
    if (v !== null && (v !== "" || k === "control") && url.has(k)) $(`d-${k}`).value = v;
  }
  $("detect-form").addEventListener("submit", (e) => { e.preventDefault(); runDetect(true); });
  await runDetect(false);
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
  $("detect-title").textContent = `${d.label} · ${d.source} · event ${d.event_label}`;
  $("detect-verdict").textContent = d.verdict;
  $("detect-verdict").className = `card ${d.significant ? "flag" : ""}`;
  const kpi = (k, v) => el("div", { class: "kpi" }, el("div", { class: "v", text: v }), el("div", { class: "k", text: k }));
  $("detect-kpis").replaceChildren(
    kpi("run-up excess", fmtUSD(d.excess_usd)),
    kpi("excess over counterfactual", fmtPct(d.excess_pct)),
    kpi("95% interval", `${fmtUSD(d.excess_95[0])} to ${fmtUSD(d.excess_95[1])}`),
    kpi("onset", d.onset ? d.onset.slice(0, 7) : "–"),
    kpi("payback after (shortfall)", fmtUSD(d.payback_usd)),
    kpi("difference in differences", d.did_pp === null ? "–" : `${d.did_pp > 0 ? "+" : ""}${d.did_pp.toFixed(0)} pp`),
    kpi("baseline", d.baseline));
  const months = d.months.map((m) => m.month);
  const runup = d.months.slice(0, d.lead);
  const marks = eventMarks(d.events, "#999");
  marks.shapes.push({ type: "line", xref: "x", yref: "paper", x0: d.event, x1: d.event, y0: 0, y1: 1,
                      line: { color: "#d62728", width: 2 } });
  marks.annotations.push({ x: d.event, y: 1.02, xref: "x", yref: "paper", text: d.event_label.slice(0, 50),
                           showarrow: false, font: { color: "#d62728", size: 11 }, yanchor: "bottom" });
  await plot("detect-chart", [
    { type: "scatter", mode: "lines", name: "95% band", x: months.concat(months.slice().reverse()),
      y: d.months.map((m) => m.upper95).concat(d.months.map((m) => m.lower95).reverse()), fill: "toself",
      fillcolor: "rgba(255,127,14,0.18)", line: { width: 0 }, hoverinfo: "skip" },
    { type: "scatter", mode: "lines", name: `counterfactual (${d.baseline})`, x: months, y: d.months.map((m) => m.counterfactual),
      line: { color: "#ff7f0e", dash: "dash" } },
    { type: "scatter", mode: "lines", name: "run-up counterfactual", x: runup.map((m) => m.month), y: runup.map((m) => m.counterfactual),
      line: { width: 0 }, showlegend: false, hoverinfo: "skip" },
    { type: "scatter", mode: "lines", name: "excess", x: runup.map((m) => m.month), y: runup.map((m) => m.actual), fill: "tonexty",
      fillcolor: d.excess_usd > 0 ? "rgba(214,39,40,0.28)" : "rgba(44,160,44,0.28)", line: { width: 0 },
      hoverinfo: "skip" },
    { type: "scatter", mode: "lines+markers", name: "actual", x: d.history.map((h) => h.month),
      y: d.history.map((h) => h.actual), line: { color: "#1f5fbf" }, marker: { size: 4 } },
  ], { title: { text: d.label }, yaxis: { title: { text: "USD" } },
       xaxis: { range: [d.history.length > 48 ? d.history[d.history.length - 48].month : null, months[months.length - 1]] },
       ...marks });
  $("detect-summary").textContent = d.summary;
  $("detect-table").tBodies[0].replaceChildren(...d.months.map((m, i) => el("tr", {},
    el("td", { text: m.month.slice(0, 7) }), el("td", { class: "l", text: i < d.lead ? "run-up" : "after" }),
    el("td", { text: fmtUSD(m.actual) }), el("td", { text: fmtUSD(m.counterfactual) }),
    el("td", { text: `${fmtUSD(m.lower95)} – ${fmtUSD(m.upper95)}` }),
    el("td", { text: m.actual === null ? "–" : fmtUSD(m.actual - m.counterfactual) }))));
  $("detect-sources").replaceChildren(...d.sources.map((s) => el("li", { text: `${s.cite} (fetch ${s.fetch_id})` })));
}

// -- Screen -----------------------------------------------------------------------------
const screenState = { rows: [], sort: "rank", dir: 1, event: null, window: 6 };

async function initScreen() {
  $("screen-form").addEventListener("submit", (e) => { e.preventDefault(); runScreen(); });
  $("s-filter").addEventListener("input", renderScreen);
  $("s-flagged").addEventListener("change", renderScreen);
  for (const th of document.querySelectorAll("#screen-table th.sortable")) {
    th.addEventListener("click", () => {
      const k = th.dataset.key;
      screenState.dir = screenState.sort === k ? -screenState.dir : (k === "z" ? -1 : 1);
      screenState.sort = k;
      renderScreen();
    });
  }
  await runScreen();
}

async function runScreen() {
  hideError("screen-error");
  $("screen-note").textContent = "screening…";
  let r;
  try {
    r = await api("/screen", { window: $("s-window").value, end: $("s-end").value.trim(), limit: 1000 });
  } catch (err) { $("screen-note").textContent = ""; showError("screen-error", err); return; }
  Object.assign(screenState, { rows: r.items, event: r.event, window: r.window });
  $("screen-note").textContent = `${r.total} series, window ${r.window_start.slice(0, 7)} to ${r.end.slice(0, 7)}; `
    + `flag above z ${r.flag_z}; ${r.skipped.length} series skipped (a month missing in the window).`;
  renderScreen();
}

function renderScreen() {
  const f = $("s-filter").value.trim().toLowerCase();
  const onlyFlagged = $("s-flagged").checked;
  const { sort, dir } = screenState;
  const rows = screenState.rows
    .filter((r) => (!f || r.series.toLowerCase().includes(f)) && (!onlyFlagged || r.flagged))
    .sort((a, b) => (a[sort] < b[sort] ? -dir : a[sort] > b[sort] ? dir : 0));
  $("screen-table").tBodies[0].replaceChildren(...rows.map((r) => {
    const qs = new URLSearchParams({ reporter: r.reporter, partner: r.partner, product: r.product, flow: r.flow,
      event: screenState.event.slice(0, 7), lead: screenState.window, lag: 0 });
    return el("tr", { class: r.flagged ? "flagged" : "" },
      el("td", { text: r.rank }), el("td", { class: "l" }, el("a", { href: `/detect?${qs}`, text: r.series })),
      el("td", { class: "l", text: r.reporter }), el("td", { class: "l", text: r.partner }),
      el("td", { class: "l", text: r.product }), el("td", { text: (r.z > 0 ? "+" : "") + r.z.toFixed(1) }),
      el("td", { class: "l flag", text: r.flagged ? "surge" : "" }),
      el("td", { class: "l note", text: r.verdict || "" }));
  }));
}

// -- Check ------------------------------------------------------------------------------
const MARK = { supported: "✓", contradicted: "✗", consistent: "≈", not_checkable: "?" };
const RANK = { contradicted: 3, consistent: 2, supported: 1, not_checkable: 0 };

function initCheck() {
  $("check-form").addEventListener("submit", (e) => { e.preventDefault(); runCheck(); });
}

async function runCheck() {
  hideError("check-error");
  const text = $("c-text").value;
  let r;
  try {
    r = await api("/check", null, { method: "POST", headers: { "content-type": "application/json" },
      body: JSON.stringify({ text, date: $("c-date").value || null }) });
  } catch (err) { $("check-result").classList.add("hidden"); showError("check-error", err); return; }
  $("check-result").classList.remove("hidden");
  $("c-counts").textContent = `${r.claims.length} claim(s): ` +
    Object.entries(r.counts).map(([k, v]) => `${v} ${k}`).join(", ");
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
    const mark = el("mark", { class: `claim m-${worst}`, tabindex: "0",
      title: g.items.map(([n, c]) => `[${n}] ${c.verdict}: ${c.explanation}`).join("\n") },
      text.slice(g.start, g.end));
    mark.addEventListener("click", () => showClaim(mark, g.items));
    art.append(mark, el("sup", { text: g.items.map(([n, c]) => `[${n}${MARK[c.verdict]}]`).join("") }));
    pos = g.end;
  }
  art.append(document.createTextNode(text.slice(pos)));
  $("c-table").tBodies[0].replaceChildren(...r.claims.map((c, i) => el("tr", {},
    el("td", { text: i + 1 }), el("td", { class: "l", text: c.sentence }),
    el("td", { class: "l" }, el("span", { class: `verdict v-${c.verdict}`, text: c.verdict })),
    el("td", { text: c.data === null ? "–" : (c.measure === "change" ? fmtPct(c.data) : fmtUSD(c.data)) }),
    el("td", { class: "l note", text: c.explanation }))));
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
      el("p", {}, el("strong", { text: `[${n}] ` }), el("span", { class: `verdict v-${c.verdict}`, text: c.verdict }),
        " ", el("span", { class: "muted", text: `understood as: ${what || "–"}` })),
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
