"""A self-contained HTML report: tables, inline SVG plots, failed cases, changes since the baseline."""

from __future__ import annotations

import html
from typing import Any

from evals.metrics import DEFINITIONS, KINDS, CaseResult

CSS = """
body{font:15px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#1d2733;max-width:1100px;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d8dee6;padding-bottom:.3rem}
table{border-collapse:collapse;width:100%;margin:.6rem 0}th,td{border-bottom:1px solid #e3e8ee;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f6f9;font-weight:600}.pass{color:#116b3a;font-weight:600}.fail{color:#b3261e;font-weight:600}
.banner{padding:.8rem 1rem;border-radius:8px;margin:1rem 0;font-weight:600}.banner.ok{background:#e6f4ea;color:#116b3a}
.banner.bad{background:#fce8e6;color:#8c1d18}.muted{color:#5b6673;font-size:.9rem}.case{border:1px solid #e3e8ee;border-radius:8px;padding:.6rem .8rem;margin:.6rem 0}
.case pre{white-space:pre-wrap;background:#f7f8fa;padding:.5rem;border-radius:6px;font-size:.85rem}.up{color:#116b3a}.down{color:#b3261e}
.plots{display:flex;flex-wrap:wrap;gap:1.5rem}
"""


def _e(text: object) -> str:
    return html.escape(str(text))


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def confusion_svg(confusion: dict[str, int]) -> str:
    cell, left, top = 64, 110, 70
    size = left + cell * len(KINDS) + 10
    biggest = max(confusion.values(), default=1)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{top + cell * len(KINDS) + 10}" '
        'role="img" aria-label="Confusion matrix of expected and returned kind">'
    ]
    parts.append(f'<text x="{left}" y="14" font-size="12" fill="#5b6673">returned kind →</text>')
    for j, kind in enumerate(KINDS):
        x = left + j * cell + cell / 2
        parts.append(f'<text x="{x}" y="{top - 8}" font-size="11" text-anchor="middle">{kind}</text>')
    for i, expected in enumerate(KINDS):
        y = top + i * cell
        parts.append(f'<text x="{left - 8}" y="{y + cell / 2 + 4}" font-size="11" text-anchor="end">{expected}</text>')
        for j, got in enumerate(KINDS):
            n = confusion.get(f"{expected}->{got}", 0)
            shade = 0.08 + 0.85 * (n / biggest) if n else 0.0
            color = "17,107,58" if i == j else "179,38,30"
            x = left + j * cell
            parts.append(
                f'<rect x="{x}" y="{y}" width="{cell - 2}" height="{cell - 2}" fill="rgba({color},{shade:.2f})" '
                'stroke="#e3e8ee"/>'
            )
            fill = "#fff" if shade > 0.5 else "#1d2733"
            parts.append(
                f'<text x="{x + cell / 2}" y="{y + cell / 2 + 4}" font-size="13" text-anchor="middle" '
                f'fill="{fill}">{n}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)


def latency_svg(latency: dict[str, dict[str, float]]) -> str:
    width, row, left = 460, 34, 90
    longest = max((v["p95"] for v in latency.values()), default=1.0) or 1.0
    scale = (width - left - 60) / longest
    height = row * len(latency) + 40
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
        'aria-label="Latency p50 and p95 by expected kind">',
        '<text x="0" y="14" font-size="12" fill="#5b6673">latency (ms): bar = p50, tick = p95</text>',
    ]
    for i, (kind, v) in enumerate(latency.items()):
        y = 28 + i * row
        parts.append(f'<text x="{left - 8}" y="{y + 15}" font-size="11" text-anchor="end">{kind}</text>')
        parts.append(f'<rect x="{left}" y="{y}" width="{v["p50"] * scale:.1f}" height="20" fill="#3b6ea8"/>')
        x95 = left + v["p95"] * scale
        parts.append(
            f'<line x1="{x95:.1f}" x2="{x95:.1f}" y1="{y - 2}" y2="{y + 22}" stroke="#b3261e" stroke-width="2"/>'
        )
        parts.append(f'<text x="{x95 + 6:.1f}" y="{y + 15}" font-size="11">{v["p50"]:.0f} / {v["p95"]:.0f}</text>')
    parts.append("</svg>")
    return "".join(parts)


def trend_svg(history: list[dict[str, Any]], keys: tuple[str, ...]) -> str:
    if len(history) < 2:
        return '<p class="muted">The trend appears once two or more runs are saved in the history folder.</p>'
    width, height, left, bottom = 520, 220, 40, 30
    colors = ["#3b6ea8", "#116b3a", "#b3261e", "#8a5a00", "#6a3fa0"]
    step = (width - left - 20) / (len(history) - 1)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height + 20 * len(keys)}" role="img" '
        'aria-label="Key metrics across saved runs">'
    ]
    for tick in (0.0, 0.5, 1.0):
        y = height - bottom - tick * (height - bottom - 10)
        parts.append(f'<line x1="{left}" x2="{width - 10}" y1="{y}" y2="{y}" stroke="#e3e8ee"/>')
        parts.append(f'<text x="{left - 6}" y="{y + 4}" font-size="10" text-anchor="end">{tick:.1f}</text>')
    for k, key in enumerate(keys):
        points = []
        for i, run in enumerate(history):
            value = run["metrics"].get(key, {}).get("value")
            if value is not None:
                points.append(f"{left + i * step:.1f},{height - bottom - value * (height - bottom - 10):.1f}")
        color = colors[k % len(colors)]
        parts.append(f'<polyline fill="none" stroke="{color}" stroke-width="2" points="{" ".join(points)}"/>')
        parts.append(f'<text x="{left}" y="{height + 14 + 18 * k}" font-size="11" fill="{color}">■ {key}</text>')
    parts.append("</svg>")
    return "".join(parts)


def render(
    summary: dict[str, Any],
    results: list[CaseResult],
    failed_thresholds: list[str],
    baseline: dict[str, Any] | None,
    changes: dict[str, list[str]],
    history: list[dict[str, Any]],
) -> str:
    ok = not failed_thresholds
    out = [
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>klonopin-guide eval</title>"
        f"<style>{CSS}</style></head><body>",
        "<h1>klonopin-guide: release gate</h1>",
        f"<p class='muted'>{_e(summary['started'])} · corpus {_e(summary['corpus_version'][:12])} · "
        f"{summary['cases']} cases from {_e(', '.join(summary['case_files']))} · retrieval {_e(summary['retrieval'])}</p>",
    ]
    if ok:
        out.append(
            f"<div class='banner ok'>PASS: every release threshold met ({summary['passed']}/{summary['cases']} "
            "cases as expected).</div>"
        )
    else:
        items = "".join(f"<li>{_e(f)}</li>" for f in failed_thresholds)
        out.append(f"<div class='banner bad'>FAIL: {len(failed_thresholds)} threshold(s) not met<ul>{items}</ul></div>")

    out.append(
        "<h2>Metrics</h2><table><tr><th>metric</th><th>value</th><th>threshold</th><th>baseline</th>"
        "<th>definition</th></tr>"
    )
    for key, metric in summary["metrics"].items():
        threshold = summary["thresholds"].get(key)
        value = metric.get("value")
        status = ""
        if threshold is not None and value is not None:
            good = value <= threshold if key.endswith("_max") else value >= threshold
            status = f"<span class='{'pass' if good else 'fail'}'>{'✓' if good else '✗'}</span> "
        count = f" ({metric['hits']}/{metric['of']})" if "of" in metric else ""
        base = baseline["metrics"].get(key, {}).get("value") if baseline else None
        delta = ""
        if base is not None and value is not None and abs(value - base) > 1e-9:
            better = (value < base) if key.endswith("_max") else (value > base)
            delta = f" <span class='{'up' if better else 'down'}'>({value - base:+.3f})</span>"
        out.append(
            f"<tr><td>{_e(key)}</td><td>{status}{_fmt(value)}{count}{delta}</td>"
            f"<td>{_fmt(threshold)}</td><td>{_fmt(base)}</td><td class='muted'>{_e(DEFINITIONS.get(key, ''))}</td></tr>"
        )
    out.append("</table>")

    retrieval = summary.get("retrieval_compare", {})
    if retrieval:
        out.append(
            "<h2>Retrieval: dense vs hybrid</h2><table><tr><th>mode</th>"
            + "".join(f"<th>{_e(k)}</th>" for k in next(iter(retrieval.values())))
            + "</tr>"
        )
        for mode, values in retrieval.items():
            out.append(f"<tr><td>{_e(mode)}</td>" + "".join(f"<td>{v:.3f}</td>" for v in values.values()) + "</tr>")
        out.append("</table>")

    out.append("<h2>Plots</h2><div class='plots'>")
    out.append(
        f"<figure>{confusion_svg(summary['confusion'])}<figcaption class='muted'>Expected kind (rows) against "
        "returned kind (columns).</figcaption></figure>"
    )
    out.append(
        f"<figure>{latency_svg(summary['latency_ms'])}<figcaption class='muted'>Latency per case, warm, by "
        "expected kind.</figcaption></figure>"
    )
    keys = ("crisis_recall", "refusal_recall", "citation_recall", "must_cite_hit", "no_answer_recall")
    out.append(
        f"<figure>{trend_svg(history, keys)}<figcaption class='muted'>Key metrics across saved runs, oldest "
        "first.</figcaption></figure></div>"
    )

    if baseline:
        out.append("<h2>Changes since the baseline</h2>")
        for label, ids in (("Now failing", changes["worse"]), ("Now passing", changes["better"])):
            out.append(f"<p><strong>{label} ({len(ids)}):</strong> {_e(', '.join(ids) or 'none')}</p>")

    failed = [r for r in results if not r.passed]
    out.append(f"<h2>Cases not as expected ({len(failed)})</h2>")
    for r in failed:
        response = r.response
        cites = "".join(f"<li><strong>[{c.n}] {_e(c.title)}</strong>: “{_e(c.quote)}”</li>" for c in response.citations)
        history_html = "".join(
            f"<div class='muted'>{_e(t.get('role'))}: {_e(t.get('content'))}</div>"
            for t in r.case.history
            if isinstance(t, dict)
        )
        out.append(
            f"<div class='case'><strong>{_e(r.case.id)}</strong> <span class='muted'>{_e(r.case.category)} · "
            f"{_e(r.case.lang)}</span>{history_html}<div>Q: {_e(r.case.question[:600])}</div>"
            f"<div>expected <strong>{_e(r.case.expect)}</strong>, got <strong>{_e(response.kind)}</strong> "
            f"<span class='muted'>({_e(response.reason)})</span></div>"
            f"<div class='fail'>{_e('; '.join(r.failures))}</div><pre>{_e(response.text)}</pre>"
            f"{'<ul>' + cites + '</ul>' if cites else ''}</div>"
        )
    out.append("</body></html>")
    return "\n".join(out)
