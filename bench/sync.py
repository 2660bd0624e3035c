"""Sync benchmark: export and import of a bundle against `zip -r -0` and `cp -r`.

    python bench/sync.py                       # 1,000 cases, 5,000 evidence files, 500 MB (the issue's figure)
    python bench/sync.py --files 1000 --mb 100 # quicker

Both contenders read their inputs from the page cache and end with `sync`, so each
pays for getting its output onto the disk.  Targets: export throughput ≥ zip -r -0;
import with full verification (every file hashed, every record checked, one
transaction after a backup) ≥ 0.8 × cp -r.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def add_evidence(store, count: int, total_mb: int) -> int:  # type: ignore[no-untyped-def]
    """`count` random files spread over the cases, written straight into the evidence store."""
    from sqlalchemy import func, insert, select

    from workbench.storage.rows import CaseRow, EvidenceRow

    size = total_mb * 1024 * 1024 // count
    with store.unit_of_work() as s:
        case_ids = list(s.scalars(select(CaseRow.id)))
        start = dict(s.execute(select(EvidenceRow.case_id, func.max(EvidenceRow.enclosure_no))
                               .group_by(EvidenceRow.case_id)).all())
    rng = random.Random(7)
    rows, written = [], 0
    now = datetime.now(timezone.utc)
    for i in range(count):
        data = b"%PDF-1.4\n" + rng.randbytes(size - 9)
        sha = hashlib.sha256(data).hexdigest()
        path = store.blobs.path_of(sha)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written += len(data)
        case_id = case_ids[i % len(case_ids)]
        start[case_id] = start.get(case_id, 0) + 1
        rows.append(dict(case_id=case_id, enclosure_no=start[case_id], sha256=sha, original_name=f"扫描件_{i:05d}.pdf",
                         size=len(data), content_type="application/pdf", page_count=1, added_by="基准",
                         evidence_type="other", source="client", doc_date=date(2026, 3, 1), description="",
                         tags="", text_content="", indexed_at=now, integrity="ok", workstation_id=store.workstation_id,
                         uuid=f"{i:08x}-0000-4000-8000-{rng.getrandbits(48):012x}", created_at=now, updated_at=now,
                         revision=1))
    with store.unit_of_work() as s:
        s.execute(insert(EvidenceRow.__table__), rows)
    return written


def mib_s(nbytes: int, seconds: float) -> float:
    return nbytes / 1024 / 1024 / seconds


def warm(folder: Path) -> None:
    subprocess.run(["sync"], check=True)
    for p in folder.rglob("*"):
        if p.is_file():
            p.read_bytes()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--files", type=int, default=5000)
    parser.add_argument("--mb", type=int, default=500)
    args = parser.parse_args()

    from workbench.services import sync
    from workbench.services.demo import generate_demo
    from workbench.services.store import Store

    work = Path(tempfile.mkdtemp(prefix="wb-bench-sync-"))
    os.environ.setdefault("WORKBENCH_HOME", str(work / "home"))
    try:
        t = time.perf_counter()
        generate_demo(work / "a.sqlite3", args.cases, seed=11)
        store = Store.open(work / "a.sqlite3")
        add_evidence(store, args.files, args.mb)
        files_dir = store.blobs.root
        file_bytes = sum(p.stat().st_size for p in files_dir.rglob("*") if p.is_file())
        n_files = sum(1 for p in files_dir.rglob("*") if p.is_file())
        print(f"data: {args.cases} cases, {n_files} evidence files, {file_bytes / 1024 / 1024:.0f} MiB "
              f"(set up in {time.perf_counter() - t:.1f} s)")
        warm(files_dir)

        results = {}
        for round_no in range(2):
            zip_out = work / f"z{round_no}.zip"
            t = time.perf_counter()
            subprocess.run(["zip", "-r", "-0", "-q", str(zip_out), files_dir.name], cwd=files_dir.parent, check=True)
            subprocess.run(["sync"], check=True)
            results.setdefault("zip", []).append(time.perf_counter() - t)
            zip_out.unlink()
            subprocess.run(["sync"], check=True)

            bundle = work / f"b{round_no}.wbundle"
            t = time.perf_counter()
            exported = sync.export_bundle(store, bundle)
            subprocess.run(["sync"], check=True)
            results.setdefault("export", []).append(time.perf_counter() - t)

            cp_out = work / f"cp{round_no}"
            t = time.perf_counter()
            subprocess.run(["cp", "-r", str(files_dir), str(cp_out)], check=True)
            subprocess.run(["sync"], check=True)
            results.setdefault("cp", []).append(time.perf_counter() - t)
            shutil.rmtree(cp_out)
            subprocess.run(["sync"], check=True)

            target = Store.open(work / f"t{round_no}.sqlite3")
            t = time.perf_counter()
            prepared = sync.prepare_import(target, bundle)
            verified = time.perf_counter() - t
            report = sync.apply_import(target, prepared)
            subprocess.run(["sync"], check=True)
            results.setdefault("import", []).append(time.perf_counter() - t)
            results.setdefault("verify", []).append(verified)
            assert report.counts[sync.Action.NEW] == exported.records
            target.close()
            bundle.unlink()

        total = {k: sum(v) for k, v in results.items()}
        export_rate, zip_rate = mib_s(2 * exported.bytes, total["export"]), mib_s(2 * file_bytes, total["zip"])
        import_rate, cp_rate = mib_s(2 * exported.bytes, total["import"]), mib_s(2 * file_bytes, total["cp"])
        print(f"bundle: {exported.records} records, {exported.files} files, {exported.bytes / 1024 / 1024:.0f} MiB")
        print(f"export: {export_rate:.0f} MiB/s ({total['export'] / 2:.2f} s)   zip -r -0: {zip_rate:.0f} MiB/s "
              f"({total['zip'] / 2:.2f} s)   ratio {export_rate / zip_rate:.2f} (target ≥ 1.0)")
        print(f"import: {import_rate:.0f} MiB/s ({total['import'] / 2:.2f} s, of which verifying "
              f"{total['verify'] / 2:.2f} s)   cp -r: {cp_rate:.0f} MiB/s ({total['cp'] / 2:.2f} s)   "
              f"ratio {import_rate / cp_rate:.2f} (target ≥ 0.8)")
        for k, v in results.items():
            print(f"  {k:7s} rounds: " + ", ".join(f"{x:.2f} s" for x in v))
        store.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
