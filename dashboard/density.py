"""The timeline past MAX_BARS meetings: meetings per month per lane, drawn on a canvas.

A plotly heatmap costs the browser about 0.1 s per filter change and 0.7 s to load plotly.js
on the first visit; this component draws the same counts in a few milliseconds. Labels are
drawn as canvas text and the hover box is filled with textContent: nothing here is markup.
Clicking a cell narrows the view to that lane and month, where the meetings are drawn one by one.
"""
from __future__ import annotations

import streamlit as st

_HTML = '<div class="density"><canvas></canvas><div class="tip" hidden></div></div>'

_CSS = """
.density { position: relative; width: 100%; font-family: sans-serif; }
.density canvas { display: block; cursor: pointer; }
.density .tip { position: absolute; pointer-events: none; background: rgba(255,255,255,.95);
  border: 1px solid #999; border-radius: 4px; padding: 3px 7px; font-size: 13px; white-space: nowrap; color: #222; }
"""

_JS = """
const BLUES = [[247,251,255],[222,235,247],[198,219,239],[158,202,225],[107,174,214],[66,146,198],[33,113,181],[8,81,156],[8,48,107]];
function blue(f) {
  const x = Math.min(Math.max(f, 0), 1) * (BLUES.length - 1), i = Math.min(Math.floor(x), BLUES.length - 2), r = x - i;
  const c = BLUES[i].map((v, k) => Math.round(v + (BLUES[i + 1][k] - v) * r));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}
export default function ({ data, parentElement, setTriggerValue }) {
  const box = parentElement.querySelector(".density");
  const canvas = box.querySelector("canvas"), tip = box.querySelector(".tip");
  const { labels, first, width, z, planned, max, legend, planned_word, summary } = data;
  const rowH = 40, top = 28, bottom = 26, right = 12;
  const ctx = canvas.getContext("2d");
  canvas.setAttribute("role", "img");
  canvas.setAttribute("aria-label", summary);
  let geo = null;
  const draw = () => {
    const style = getComputedStyle(box), ink = style.color || "#31333f";
    const font = `13px ${style.fontFamily || "sans-serif"}`;
    ctx.font = font;
    const left = 16 + Math.max(0, ...labels.map(l => ctx.measureText(l).width));
    const W = Math.max(box.clientWidth || 900, left + 240), H = top + rowH * labels.length + bottom;
    const dpr = window.devicePixelRatio || 1;
    canvas.width = W * dpr; canvas.height = H * dpr;
    canvas.style.width = W + "px"; canvas.style.height = H + "px";
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, W, H);
    ctx.font = font;
    const cw = (W - left - right) / width;
    for (let i = 0; i < labels.length; i++) {
      ctx.fillStyle = "rgba(128,128,128,.08)";
      ctx.fillRect(left, top + i * rowH + 2, W - left - right, rowH - 4);
      for (let j = 0; j < width; j++) {
        const v = z[i * width + j];
        if (!v) continue;
        ctx.fillStyle = blue(0.15 + 0.85 * v / max);
        ctx.fillRect(left + j * cw, top + i * rowH + 2, Math.max(cw, 1), rowH - 4);
      }
      ctx.fillStyle = ink; ctx.textAlign = "right"; ctx.textBaseline = "middle";
      ctx.fillText(labels[i], left - 8, top + i * rowH + rowH / 2);
    }
    const y0 = Math.floor(first / 12), y1 = Math.floor((first + width - 1) / 12);
    const step = Math.max(1, Math.ceil((y1 - y0 + 1) * 44 / (W - left - right)));
    ctx.textAlign = "center"; ctx.textBaseline = "top"; ctx.fillStyle = ink;
    for (let y = Math.ceil(y0 / step) * step; y <= y1; y += step) {
      const x = left + (y * 12 - first) * cw;
      if (x < left) continue;
      ctx.fillRect(x, top + rowH * labels.length, 1, 4);
      ctx.fillText(String(y), x, top + rowH * labels.length + 6);
    }
    const key = `${max} ${legend}`, gx = W - right - ctx.measureText(key).width - 108;
    const grad = ctx.createLinearGradient(gx, 0, gx + 100, 0);
    for (let k = 0; k <= 8; k++) grad.addColorStop(k / 8, blue(0.15 + 0.85 * k / 8));
    ctx.fillStyle = grad; ctx.fillRect(gx, 8, 100, 10);
    ctx.fillStyle = ink; ctx.textBaseline = "middle";
    ctx.textAlign = "right"; ctx.fillText("1", gx - 4, 13);
    ctx.textAlign = "left"; ctx.fillText(key, gx + 104, 13);
    geo = { left, cw, W };
    canvas.dataset.drawn = String(width * labels.length);
  };
  const cell = (e) => {
    const r = canvas.getBoundingClientRect(), x = e.clientX - r.left, y = e.clientY - r.top;
    const i = Math.floor((y - top) / rowH), j = Math.floor((x - geo.left) / geo.cw);
    return (i >= 0 && i < labels.length && j >= 0 && j < width) ? [i, j, x, y] : null;
  };
  canvas.onmousemove = (e) => {
    const c = cell(e);
    if (!c) { tip.hidden = true; return; }
    const [i, j, x, y] = c, m = first + j;
    const k = i * width + j, later = planned[k] ? ` (${planned[k]} ${planned_word})` : "";
    tip.textContent = `${labels[i]} · ${String(m % 12 + 1).padStart(2, "0")}/${Math.floor(m / 12)}: ${z[k]}${later}`;
    tip.hidden = false;
    tip.style.left = Math.min(x + 12, geo.W - 200) + "px"; tip.style.top = (y + 14) + "px";
  };
  canvas.onmouseleave = () => { tip.hidden = true; };
  canvas.onclick = (e) => {
    const c = cell(e);
    if (c && z[c[0] * width + c[1]]) setTriggerValue("cell", { lane: c[0], month: first + c[1] });
  };
  draw();
  let seen = box.clientWidth;
  const resized = new ResizeObserver(() => { if (box.clientWidth !== seen) { seen = box.clientWidth; draw(); } });
  resized.observe(box);
  return () => resized.disconnect();
}
"""

_component = st.components.v2.component("diplomacy.density", html=_HTML, css=_CSS, js=_JS)


def density(counts: dict, summary: str, key: str, on_cell) -> None:
    """Draw `counts` (from charts.density_counts); a click on a cell calls on_cell, which finds
    the cell ({"lane": index, "month": months since year 0}) in st.session_state[key]["cell"]."""
    _component(data={**counts, "summary": summary}, key=key, on_cell_change=on_cell)
