"""Outcome dashboard benchmark.

    python bench/report.py                 # 100,000 cases (the issue's figure)
    python bench/report.py --cases 20000

The whole dashboard (the table for a slice plus the insurer and month series of the
charts) is recomputed for every slice; target ≤ 300 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="use this existing database instead of a new demo")
    args = parser.parse_args()
    from workbench.domain.report import SliceBy
    from workbench.services.demo import generate_demo
    from workbench.services.report import dashboard, outcome_report
    from workbench.services.store import Store

    db = args.db
    if db is None:
        db = Path(tempfile.mkdtemp(prefix="wb-bench-report-")) / "bench.sqlite3"
        generate_demo(db, args.cases)
    store = Store.open(db)
    n = store.reader().execute("SELECT COUNT(*) FROM dispute_case WHERE deleted_at IS NULL").fetchone()[0]
    print(f"data: {n:,} cases")
    worst = []
    for by in SliceBy:
        single, whole = [], []
        for _ in range(3):
            t = time.perf_counter()
            outcome_report(store, by)
            single.append(time.perf_counter() - t)
            t = time.perf_counter()
            dashboard(store, by)
            whole.append(time.perf_counter() - t)
        worst.append(min(whole))
        print(f"  by {by.value:10s} report {min(single) * 1000:5.0f} ms   whole dashboard {min(whole) * 1000:5.0f} ms")
    print(f"whole dashboard: median {statistics.median(worst) * 1000:.0f} ms, worst {max(worst) * 1000:.0f} ms "
          f"(target ≤ 300 ms; computed off the UI thread)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
