"""Evidence benchmarks.

    python bench/evidence.py                 # 200 files, 1 GB in all (the issue's figure)
    python bench/evidence.py --mb 200        # quicker

1. Attach throughput against a plain `cp` of the same files, same machine, same run
   (target: ratio ≥ 0.8).  Both read from the page cache, as a second copy would.
2. Opening the evidence list of a case with 1,000 items (target ≤ 200 ms).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def make_files(folder: Path, count: int, total_mb: int) -> list[Path]:
    folder.mkdir(parents=True)
    size = total_mb * 1024 * 1024 // count
    files = []
    for i in range(count):
        path = folder / f"scan_{i:03d}.pdf"
        with open(path, "wb") as f:
            f.write(b"%PDF-1.4\n" + os.urandom(size - 9))
        files.append(path)
    return files


def settle(files: list[Path]) -> None:
    """Inputs written to disk and in the page cache, so both contenders start alike."""
    subprocess.run(["sync"], check=True)
    for f in files:
        with open(f, "rb") as fh:
            while fh.read(8 * 1024 * 1024):
                pass


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--mb", type=int, default=1024, help="total size in MB")
    parser.add_argument("--items", type=int, default=1000, help="evidence items for the list benchmark")
    args = parser.parse_args()

    from tests.conftest import new_case
    from workbench.domain.evidence import EvidenceMeta
    from workbench.services import evidence
    from workbench.services.store import Store

    work = Path(tempfile.mkdtemp(prefix="wb-bench-ev-"))
    try:
        files = make_files(work / "in", args.files, args.mb)
        settle(files)
        # Alternate the two contenders (cp first, then attach, then again) so neither
        # benefits alone from the disk's write-back state; report the sums.
        cp_total = attach_total = 0.0
        store = Store.open(work / "bench.sqlite3")
        for round_no in range(2):
            target = work / f"cp{round_no}"
            target.mkdir()
            t = time.perf_counter()
            subprocess.run(["cp", *[str(f) for f in files], str(target)], check=True)
            subprocess.run(["sync"], check=True)
            cp_seconds = time.perf_counter() - t
            shutil.rmtree(target)
            subprocess.run(["sync"], check=True)
            case = new_case(store, seq=10 + round_no, client=f"基准{round_no}")
            t = time.perf_counter()
            report = evidence.attach_files(store, case.id, files, EvidenceMeta())
            attach_seconds = time.perf_counter() - t
            assert len(report.added) == args.files
            if round_no == 0:  # the second round finds the same bytes stored: make it store them anew
                for stored in store.blobs.root.iterdir():
                    if stored.name != "tmp":  # the store keeps its staging folder once made
                        shutil.rmtree(stored)
            subprocess.run(["sync"], check=True)
            cp_total += cp_seconds
            attach_total += attach_seconds
            print(f"  round {round_no + 1}: attach {attach_seconds:.2f} s, cp + sync {cp_seconds:.2f} s")
        mb = args.mb * 2
        print(f"attach {args.files} files, {args.mb} MB, twice: {attach_total:.2f} s ({mb / attach_total:.0f} MB/s); "
              f"cp + sync: {cp_total:.2f} s ({mb / cp_total:.0f} MB/s); "
              f"throughput ratio {cp_total / attach_total:.2f} (target ≥ 0.8)")

        other = new_case(store, seq=2, client="李娜")
        small = work / "small"
        small.mkdir()
        batch = []
        for i in range(args.items):
            p = small / f"doc_{i:04d}.txt"
            p.write_text(f"第{i}份材料：门诊病历记录，诊断与用药。" * 20, encoding="utf-8")
            batch.append(p)
        evidence.attach_files(store, other.id, batch, EvidenceMeta("medical_record"))
        times = []
        for _ in range(5):
            t = time.perf_counter()
            items = evidence.list_evidence(store, other.id)
            evidence.quick_integrity(store, items)
            times.append(time.perf_counter() - t)
        print(f"evidence list of {len(items)} items with file checks: best {min(times) * 1000:.0f} ms, "
              f"worst {max(times) * 1000:.0f} ms (target ≤ 200 ms)")

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        from ui.evidence_panel import EvidencePanel
        from workbench.services import checklist

        app = QApplication.instance() or QApplication([])
        panel = EvidencePanel(store, checklist.load_checklist(checklist.DEFAULT_CHECKLIST))
        t = time.perf_counter()
        panel.show_case(other.id)
        print(f"evidence tab opened on {panel.model.rowCount()} items (list, checks, checklist, citations): "
              f"{(time.perf_counter() - t) * 1000:.0f} ms (target ≤ 200 ms)")
        del app
        store.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
