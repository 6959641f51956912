// BrandSentry ops dashboard: polls /api/summary and draws it. Hand-written canvas charts, no external assets.
"use strict";

const COLORS = { ingest: "#388bfd", matcher: "#3fb950", alerts: "#d29922", p50_s: "#a371f7", p99_s: "#f85149", lag: "#39c5cf" };

function fmtRate(v) { return v === null || v === undefined ? "—" : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2); }
function fmtSeconds(s) {
  if (s === null || s === undefined) return "—";
  return s < 1 ? (s * 1000).toFixed(s < 0.01 ? 1 : 0) + " ms" : s.toFixed(2) + " s";
}
function fmtInt(n) { return n === null || n === undefined ? "—" : Number(n).toLocaleString("en"); }
function text(id, value) { const el = document.getElementById(id); if (el) el.textContent = value; }
function esc(s) { return String(s).replace(/[&<>"]/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c])); }
function rows(tableId, html) { document.querySelector(`#${tableId} tbody`).innerHTML = html || '<tr><td colspan="4" class="empty">none</td></tr>'; }

function drawChart(canvasId, legendId, history, series, fmt) {
  const canvas = document.getElementById(canvasId);
  const ratio = window.devicePixelRatio || 1;
  const w = canvas.clientWidth || canvas.width, h = canvas.clientHeight || canvas.height;
  canvas.width = w * ratio; canvas.height = h * ratio;
  const ctx = canvas.getContext("2d");
  ctx.scale(ratio, ratio);
  ctx.clearRect(0, 0, w, h);
  const left = 52, right = 8, top = 8, bottom = 20;
  const pts = history.filter(p => series.some(s => p[s] !== null && p[s] !== undefined));
  let max = 0;
  for (const p of pts) for (const s of series) if (p[s] > max) max = p[s];
  max = max > 0 ? max * 1.15 : 1;
  const t0 = history.length ? history[0].t : 0, t1 = history.length ? history[history.length - 1].t : 1;
  const x = t => left + (w - left - right) * (t1 > t0 ? (t - t0) / (t1 - t0) : 1);
  const y = v => top + (h - top - bottom) * (1 - v / max);
  ctx.strokeStyle = "#2a3540"; ctx.fillStyle = "#8b98a5"; ctx.font = "11px system-ui, sans-serif"; ctx.lineWidth = 1;
  for (let i = 0; i <= 4; i++) {
    const v = max * i / 4, yy = y(v);
    ctx.beginPath(); ctx.moveTo(left, yy); ctx.lineTo(w - right, yy); ctx.stroke();
    ctx.fillText(fmt(v), 4, yy + 4);
  }
  if (t1 > t0) {
    ctx.fillText(`-${Math.round(t1 - t0)} s`, left, h - 4);
    ctx.fillText("now", w - right - 22, h - 4);
  }
  for (const s of series) {
    ctx.strokeStyle = COLORS[s]; ctx.lineWidth = 2; ctx.setLineDash(s === "ingest" ? [6, 4] : []); ctx.beginPath();
    let started = false;
    for (const p of history) {
      if (p[s] === null || p[s] === undefined) { started = false; continue; }
      if (!started) { ctx.moveTo(x(p.t), y(p[s])); started = true; } else ctx.lineTo(x(p.t), y(p[s]));
    }
    ctx.stroke();
  }
  const last = history.length ? history[history.length - 1] : {};
  document.getElementById(legendId).innerHTML = series.map(s => `<i style="background:${COLORS[s]}"></i>${s.replace("_s", "")} ${last[s] === null || last[s] === undefined ? "—" : fmt(last[s])}`).join("");
}

function render(data) {
  const s = data.summary;
  if (!s) return;
  const byService = Object.fromEntries(s.throughput.map(r => [r.service, r]));
  for (const name of ["ingest", "matcher", "alerts"]) {
    const r = byService[name] || {};
    text(`tp-${name}`, fmtRate(r.per_s));
    text(`tot-${name}`, `${fmtInt(r.total)} in total`);
  }
  text("lat-p50", fmtSeconds(s.latency.p50_s));
  text("lat-p99", fmtSeconds(s.latency.p99_s));
  text("lat-scope", s.latency.scope === "window" ? `last ${Math.round(data.rate_window_s)} s` : "since start");
  text("lat-count", `${fmtInt(s.latency.observations)} alerts measured`);
  text("lag-total", fmtInt(s.lag.total));
  text("lag-groups", Object.entries(s.lag.by_group).map(([g, v]) => `${g.split(".").pop()}: ${fmtInt(v)}`).join(" · ") || (s.lag.error ? "not collected: " + s.lag.error : "no groups yet"));
  text("dlq-total", fmtInt(s.dead_letters.total));
  text("dlq-rate", `${fmtRate(s.dead_letters.per_s)} /s`);

  const maxIwg = Math.max(1, ...s.alerts_by_iwg.map(r => r.total));
  rows("alerts-iwg", s.alerts_by_iwg.map(r => `<tr><td>${esc(r.iwg)}</td><td class="num"><span class="bar" style="width:${Math.round(60 * r.total / maxIwg)}px"></span>${fmtInt(r.total)}</td><td class="num">${fmtRate(r.per_s)}</td><td>${Object.entries(r.by_severity).map(([k, v]) => `${esc(k)} ${v}`).join(", ")}</td></tr>`).join(""));
  rows("lag-table", s.lag.partitions.map(r => `<tr><td>${esc(r.group)}</td><td>${esc(r.topic)}</td><td class="num">${r.partition}</td><td class="num">${fmtInt(r.lag)}</td></tr>`).join(""));
  rows("dlq-table", s.dead_letters.by.map(r => `<tr><td>${esc(r.topic)}</td><td>${esc(r.stage)}</td><td>${esc(r.reason)}</td><td class="num">${fmtInt(r.total)}</td></tr>`).join(""));
  rows("stages-table", s.matcher_stages.map(r => `<tr><td>${esc(r.stage)}</td><td class="num">${fmtSeconds(r.p50_s)}</td><td class="num">${fmtSeconds(r.p99_s)}</td></tr>`).join(""));
  rows("targets-table", s.targets.map(t => `<tr><td>${esc(t.name)}</td><td class="${t.up ? "up" : "down"}">${t.up ? "up" : "down: " + esc(t.error)}</td></tr>`).join(""));
  rows("index-table", `<tr><td>version</td><td class="num">${fmtInt(s.index.version)}</td></tr><tr><td>brands</td><td class="num">${fmtInt(s.index.brands)}</td></tr><tr><td>fingerprints</td><td class="num">${fmtInt(s.index.fingerprints)}</td></tr>`);
  const rs = s.rescans || {running: 0, listings_total: 0, listings_per_s: null, ended: {}};
  rows("rescans-table", `<tr><td>running</td><td class="num">${fmtInt(rs.running)}</td><td></td></tr>` +
    `<tr><td>listings read</td><td class="num">${fmtInt(rs.listings_total)}</td><td class="num">${fmtRate(rs.listings_per_s)} /s</td></tr>` +
    Object.entries(rs.ended).map(([state, n]) => `<tr><td>${esc(state)}</td><td class="num">${fmtInt(n)}</td><td></td></tr>`).join(""));
  rows("webhooks-table", s.webhooks.map(r => `<tr><td>${esc(r.metric.replace("brandsentry_webhook_", "").replace("_total", ""))}</td><td class="num">${fmtInt(r.total)}</td><td class="num">${fmtRate(r.per_s)} /s</td></tr>`).join("") || '<tr><td>no webhook metrics yet</td></tr>');

  drawChart("chart-throughput", "legend-throughput", data.history, ["ingest", "matcher", "alerts"], fmtRate);
  drawChart("chart-latency", "legend-latency", data.history, ["p50_s", "p99_s"], fmtSeconds);
  drawChart("chart-lag", "legend-lag", data.history, ["lag"], v => (v < 10 && v % 1 ? v.toFixed(1) : fmtInt(Math.round(v))));

  const down = s.targets.filter(t => !t.up).map(t => t.name);
  const status = document.getElementById("status");
  status.className = "status " + (down.length ? "bad" : "ok");
  status.textContent = (down.length ? `down: ${down.join(", ")}` : `all ${s.targets.length} services up`) + ` · updated ${s.generated_at}`;
  text("window", s.window_s ? `Rates over the last ${Math.round(s.window_s)} s.` : "");
  document.body.dataset.updated = s.generated_at;
}

// The operator key comes in the URL fragment (/#key=bsk_…: never sent to a server, never in access logs);
// it is kept for this tab only and removed from the address bar.
function operatorKey() {
  const match = /(?:^#|&)key=([^&]+)/.exec(window.location.hash);
  if (match) {
    sessionStorage.setItem("brandsentry-key", decodeURIComponent(match[1]));
    history.replaceState(null, "", window.location.pathname);
  }
  return sessionStorage.getItem("brandsentry-key") || "";
}

async function poll() {
  let delay = 2000;
  try {
    const answer = await fetch("/api/summary", { cache: "no-store", headers: { "X-API-Key": operatorKey() } });
    if (answer.status === 401 || answer.status === 403 || answer.status === 429) {
      const status = document.getElementById("status");
      status.className = "status bad";
      status.textContent = (await answer.json()).detail + " — open the dashboard as /#key=<operator API key>";
      setTimeout(poll, 5000);
      return;
    }
    const data = await answer.json();
    delay = (data.refresh_s || 2) * 1000;
    render(data);
  } catch (err) {
    const status = document.getElementById("status");
    status.className = "status bad";
    status.textContent = "ops service not answering: " + err;
  }
  setTimeout(poll, delay);
}
poll();
