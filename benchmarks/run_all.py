"""Run every benchmark of AMK Desktop and print one table with the budgets.

    .venv/bin/python benchmarks/run_all.py [--changes 300] [--starts 15] [--json F] [--markdown]

Each measurement runs in its own child process (offscreen Qt, throwaway settings and autosave
folder); see the docstrings of bench_repaint.py, bench_coldstart.py and bench_rss.py for what
exactly is timed. Exit status 0 when every budget is met, 1 otherwise.

Budgets (from the issue):
* chart repaint after a slider change, 8 polygons: p99 < 16 ms at device pixel ratio 1 and 2,
  and within 1.5x of a bare QPainter widget drawing the same picture (ratio of the medians);
* cold start to the first painted window: within 2x of a bare PySide6 window (medians), and
  neither pyqtgraph nor reportlab imported before it;
* peak RSS with the window shown: < 150 MB.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import benchlib  # benchmarks/ is sys.path[0] when a script here is run

PYTHON = sys.executable
REPAINT_P99_BUDGET_MS = 16.0
REPAINT_RATIO_BUDGET = 1.5
COLD_START_RATIO_BUDGET = 2.0
RSS_BUDGET_MB = 150.0  # decimal megabytes
MIB = 1024 * 1024


def child_env(scale: int | None = None, extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("QT_SCALE_FACTOR", None)
    if scale is not None:
        env["QT_SCALE_FACTOR"] = str(scale)
    env.update(extra or {})
    return env


def run_child(script: str, args: list[str], env: dict[str, str]) -> dict[str, Any]:
    """Run one child in a throwaway XDG folder; return its RESULT."""
    tmp = Path(tempfile.mkdtemp(prefix="amk-bench-"))
    try:
        env = dict(env)
        env.update(
            {
                "BENCH_TMP": str(tmp),
                "XDG_CONFIG_HOME": str(tmp / "config"),
                "XDG_DATA_HOME": str(tmp / "data"),
                "XDG_CACHE_HOME": str(tmp / "cache"),
            }
        )
        if script == "bench_coldstart.py":
            env["BENCH_T0"] = repr(time.monotonic())  # as late as possible before the spawn
        done = subprocess.run(
            [PYTHON, str(benchlib.BENCH_DIR / script), *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(
                f"{script} {' '.join(args)} exited with {done.returncode}:\n"
                f"{done.stdout}\n{done.stderr}"
            )
        return benchlib.parse_result(done.stdout)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# -- the measurements ----------------------------------------------------------------------------
def measure_repaint(changes: int) -> list[dict[str, Any]]:
    results = []
    for scale in (1, 2):
        for groups in (1, 8):
            print(f"  repaint: {groups} polygon(s), device pixel ratio {scale} ...", flush=True)
            result = run_child(
                "bench_repaint.py",
                ["--groups", str(groups), "--changes", str(changes)],
                child_env(scale),
            )
            result["scale"] = scale
            results.append(result)
    return results


def measure_cold_start(starts: int) -> dict[str, Any]:
    """Alternate amk-desktop and the bare window. Python writes no bytecode on some machines
    (PYTHONDONTWRITEBYTECODE); an installed program has its .pyc files, so the children get a
    bytecode cache of their own (PYTHONPYCACHEPREFIX), filled by a first round not counted."""
    times: dict[str, list[float]] = {"amk": [], "bare": []}
    rss: dict[str, list[float]] = {"amk": [], "bare": []}
    imported: set[str] = set()
    print(f"  cold start: {starts} x amk-desktop, {starts} x bare window ...", flush=True)
    with tempfile.TemporaryDirectory(prefix="amk-bench-pyc-") as pycache:
        env = child_env(extra={"PYTHONPYCACHEPREFIX": pycache})
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        for attempt in range(starts + 1):
            for mode in ("amk", "bare") if attempt % 2 else ("bare", "amk"):
                result = run_child("bench_coldstart.py", [mode], env)
                if attempt == 0:
                    continue  # writes the bytecode cache, warms the file cache
                times[mode].append(result["ms"])
                rss[mode].append(result["rss_mib"])
                if mode == "amk":
                    imported.update(result["imported"])
    return {
        "amk": benchlib.summary(times["amk"]),
        "bare": benchlib.summary(times["bare"]),
        "amk_rss_mib": statistics.median(rss["amk"]),
        "bare_rss_mib": statistics.median(rss["bare"]),
        "imported_before_first_paint": sorted(imported),
    }


def measure_rss() -> list[dict[str, Any]]:
    results = []
    for scale in (1, 2):
        print(f"  peak RSS: 8 polygons, device pixel ratio {scale} ...", flush=True)
        result = run_child("bench_rss.py", ["--groups", "8"], child_env(scale))
        result["scale"] = scale
        results.append(result)
    return results


# -- the report --------------------------------------------------------------------------------
def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def ms(value: float) -> str:
    return f"{value:.1f}"


def build_rows(results: dict[str, Any]) -> list[list[str]]:
    """measure | n | median | p99 | spread | floor median / p99 | ratio | budget | result"""
    rows: list[list[str]] = []
    for r in results["repaint"]:
        ours, floor = r["ours"], r["floor"]
        ratio = ours["median"] / floor["median"]
        ratio_p99 = ours["p99"] / floor["p99"]
        name = f"slider -> chart repainted, {r['groups']} polygon(s), DPR {r['dpr']:g} [ms]"
        if r["groups"] >= 8:
            ok = ours["p99"] < REPAINT_P99_BUDGET_MS and ratio <= REPAINT_RATIO_BUDGET
            budget = f"p99 < {REPAINT_P99_BUDGET_MS:g}; ratio <= {REPAINT_RATIO_BUDGET:g}x"
            result = verdict(ok)
        else:
            budget, result = "(no budget)", "-"
        rows.append(
            [
                name,
                f"{ours['n']:.0f}",
                ms(ours["median"]),
                ms(ours["p99"]),
                f"IQR {ms(ours['q1'])}-{ms(ours['q3'])}, max {ms(ours['max'])}",
                f"{ms(floor['median'])} / {ms(floor['p99'])}",
                f"{ratio:.2f}x (p99 {ratio_p99:.2f}x)",
                budget,
                result,
            ]
        )
    for r in results["repaint"]:
        ours, floor = r["ours_paint"], r["floor_paint"]
        rows.append(
            [
                f"  paint only (diagnostic), {r['groups']} polygon(s), DPR {r['dpr']:g} [ms]",
                f"{ours['n']:.0f}",
                ms(ours["median"]),
                ms(ours["p99"]),
                f"IQR {ms(ours['q1'])}-{ms(ours['q3'])}, max {ms(ours['max'])}",
                f"{ms(floor['median'])} / {ms(floor['p99'])}",
                f"{ours['median'] / floor['median']:.2f}x",
                "-",
                "-",
            ]
        )
    cold = results["cold_start"]
    amk, bare = cold["amk"], cold["bare"]
    ratio = amk["median"] / bare["median"]
    rows.append(
        [
            "cold start -> first painted window [ms]",
            f"{amk['n']:.0f}",
            ms(amk["median"]),
            ms(amk["p99"]),
            f"min {ms(amk['min'])}, max {ms(amk['max'])}",
            f"{ms(bare['median'])} / {ms(bare['p99'])} (bare window)",
            f"{ratio:.2f}x",
            f"ratio <= {COLD_START_RATIO_BUDGET:g}x",
            verdict(ratio <= COLD_START_RATIO_BUDGET),
        ]
    )
    imported = cold["imported_before_first_paint"]
    heavy = [m for m in imported if m in ("pyqtgraph", "reportlab")]
    rows.append(
        [
            "  lazy imports at the first paint",
            f"{amk['n']:.0f}",
            "-",
            "",
            "imported: " + (", ".join(imported) or "none of pyqtgraph, numpy, reportlab"),
            "",
            "",
            "no pyqtgraph, no reportlab",
            verdict(not heavy),
        ]
    )
    rows.append(
        [
            "  RSS at the first paint [MB]",
            f"{amk['n']:.0f}",
            f"{cold['amk_rss_mib'] * MIB / 1e6:.1f}",
            "",
            "",
            f"{cold['bare_rss_mib'] * MIB / 1e6:.1f} (bare window)",
            f"{cold['amk_rss_mib'] / cold['bare_rss_mib']:.2f}x",
            "-",
            "-",
        ]
    )
    for r in results["rss"]:
        peak_mb = max(r["ru_maxrss_mib"], r["vm_hwm_mib"]) * MIB / 1e6
        rows.append(
            [
                f"peak RSS, window shown, Under with 8 polygons, DPR {r['dpr']:g} [MB]",
                "1",
                f"{peak_mb:.1f}",
                "",
                f"= {peak_mb * 1e6 / MIB:.1f} MiB",
                "",
                "",
                f"< {RSS_BUDGET_MB:g} MB",
                verdict(peak_mb < RSS_BUDGET_MB),
            ]
        )
    return rows


HEADER = ["measure", "n", "median", "p99", "spread", "floor median / p99", "ratio", "budget", ""]


def markdown_table(rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    lines += ["| " + " | ".join(cell.replace("|", "/") for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def text_table(rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in [HEADER, *rows]) for i in range(len(HEADER))]
    out = []
    for row in [HEADER, *rows]:
        out.append("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
    out.insert(1, "-" * len(out[0]))
    return "\n".join(out)


def machine() -> dict[str, str]:
    import PySide6

    cpu = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        load = "?"
    try:
        from importlib import metadata

        pyqtgraph = metadata.version("pyqtgraph")
    except Exception:
        pyqtgraph = "?"
    try:
        revision = subprocess.run(
            ["git", "describe", "--always", "--dirty"],
            cwd=benchlib.REPO,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        revision = "?"
    return {
        "date": datetime.datetime.now().astimezone().isoformat(timespec="minutes"),
        "revision": revision,
        "cpu": f"{cpu}, {os.cpu_count()} cores",
        "load average before": load,
        "os": platform.platform(),
        "python": platform.python_version(),
        "PySide6": PySide6.__version__,
        "pyqtgraph": pyqtgraph,
        "QT_QPA_PLATFORM": child_env()["QT_QPA_PLATFORM"],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=300, help="slider changes (>= 200)")
    parser.add_argument("--starts", type=int, default=15, help="cold starts of each (>= 5)")
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    args = parser.parse_args()

    started = time.perf_counter()
    info = machine()
    print("AMK Desktop benchmarks: " + "; ".join(f"{k} {v}" for k, v in info.items()))
    results: dict[str, Any] = {"machine": info}
    results["repaint"] = measure_repaint(args.changes)
    results["cold_start"] = measure_cold_start(args.starts)
    results["rss"] = measure_rss()
    results["seconds"] = time.perf_counter() - started

    rows = build_rows(results)
    print()
    print(markdown_table(rows) if args.markdown else text_table(rows))
    failed = [row[0].strip() for row in rows if row[-1] == "FAIL"]
    print()
    print(f"{len(failed)} budget(s) failed" + (": " + "; ".join(failed) if failed else "."))
    print(f"(took {results['seconds']:.0f} s)")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
