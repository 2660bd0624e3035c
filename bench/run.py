"""Benchmarks for the foundation: demo generation, start-up, sorting and filtering.

    python bench/run.py                  # 100,000 cases (the issue's figure)
    python bench/run.py --cases 20000    # quicker

Prints one line per measure with the data size.  Targets (2-core machine):
demo ≤ 60 s, process start to list painted ≤ 0.5 s, any sort or filter ≤ 100 ms,
resident memory ≤ 150 MB.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def bench_demo(path: Path, cases: int) -> float:
    from workbench.services.demo import generate_demo

    t = time.perf_counter()
    generate_demo(path, cases, replace=True)
    return time.perf_counter() - t


def bench_start(path: Path, home: Path, runs: int) -> tuple[list[float], list[float], list[float]]:
    """Wall time from launching the process to the list's first paint (read from its stdout)."""
    paints, readies, memory = [], [], []
    # The demo has accounts: sign in from the environment, as a scripted start does (Argon2id included).
    env = {**os.environ, "WORKBENCH_HOME": str(home), "WORKBENCH_USER": "chen", "WORKBENCH_PASSWORD": "demo-chen-2026"}
    for _ in range(runs):
        t = time.perf_counter()
        proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--db", str(path), "--quit-after-paint"],
                                cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("first paint"):
                paints.append(time.perf_counter() - t)
            elif line.startswith("ready"):
                readies.append(time.perf_counter() - t)
                memory.append(float(line.split("memory")[1].split("MB")[0]))
        proc.wait()
    return paints, readies, memory


def bench_queries(path: Path) -> list[tuple[str, float, int]]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from ui.case_table_model import CaseTableModel
    from workbench.domain.enums import DisputeKind, Outcome, Stage
    from workbench.domain.models import CaseQuery
    from workbench.services import case_list
    from workbench.services.store import Store

    app = QApplication.instance() or QApplication([])
    store = Store.open(path)
    model = CaseTableModel(store)
    model.reload()
    results = []
    for col, column in enumerate(model.columns):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            t = time.perf_counter()
            model.sort(col, order)
            model.data(model.index(0, 0))  # the first screenful is loaded too
            label = "desc" if order == Qt.SortOrder.DescendingOrder else "asc"
            results.append((f"sort {column.key} {label}", time.perf_counter() - t, model.rowCount()))
    insurer = case_list.insurer_choices(store)[0][0]
    staff = case_list.staff_choices(store)[0][0]
    from datetime import date

    filters = {
        "filter stage=negotiation": CaseQuery(stages=[Stage.NEGOTIATION]),
        "filter open stages": CaseQuery(stages=[Stage.INTAKE, Stage.EVIDENCE, Stage.ANALYSIS, Stage.NEGOTIATION]),
        "filter outcome=overturned": CaseQuery(outcomes=[Outcome.OVERTURNED]),
        "filter insurer": CaseQuery(insurer_ids=[insurer]),
        "filter assignee": CaseQuery(assignee_ids=[staff]),
        "filter kind=underwriting": CaseQuery(dispute_kind=DisputeKind.UNDERWRITING),
        "filter opened in 2025": CaseQuery(opened_from=date(2025, 1, 1), opened_to=date(2025, 12, 31)),
        "find '张'": CaseQuery(text="张"),
        "find case number": CaseQuery(text="FY-2025-01"),
        "find policy digits": CaseQuery(text="12345"),
        "filters combined, sort client": CaseQuery(stages=[Stage.NEGOTIATION], dispute_kind=DisputeKind.CLAIM,
                                                   text="王", sort_key="client_name"),
    }
    for name, query in filters.items():
        t = time.perf_counter()
        model.set_query(query)
        model.data(model.index(0, 0))
        results.append((name, time.perf_counter() - t, model.rowCount()))
    store.close()
    del app
    return results


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5, help="start-up runs")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="wb-bench-"))
    db = work / "bench.sqlite3"
    print(f"data: {args.cases:,} cases; python {sys.version.split()[0]}; {os.cpu_count()} cores")
    seconds = bench_demo(db, args.cases)
    print(f"demo --cases {args.cases}: {seconds:.1f} s  (target ≤ 60 s)  file {db.stat().st_size / 1e6:.0f} MB")
    paints, readies, memory = bench_start(db, work / "home", args.runs)
    print(f"start → list painted: median {statistics.median(paints) * 1000:.0f} ms, "
          f"best {min(paints) * 1000:.0f} ms over {len(paints)} runs  (target ≤ 500 ms)")
    print(f"start → case view ready: median {statistics.median(readies) * 1000:.0f} ms")
    print(f"resident memory when ready: max {max(memory):.0f} MB  (target ≤ 150 MB)")
    results = bench_queries(db)
    for name, secs, rows in results:
        print(f"  {name:34s} {secs * 1000:7.1f} ms  ({rows:,} rows)")
    worst = max(results, key=lambda r: r[1])
    print(f"sort/filter: worst {worst[1] * 1000:.0f} ms ({worst[0]}), median "
          f"{statistics.median(r[1] for r in results) * 1000:.0f} ms  (target ≤ 100 ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
