"""Refresh the .ts files from the sources and compile them to .qm.

    python tools/update_translations.py          # lupdate + lrelease
    python tools/update_translations.py --check  # exit 1 if a string is untranslated

Edit the Chinese in resources/translations/workbench_zh_CN.ts (by hand or with
pyside6-linguist), then run this again to compile.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "workbench_zh_CN.ts"


def sources() -> list[str]:
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    files += sorted(str(p.relative_to(ROOT)) for p in (ROOT / "workbench").rglob("*.py") if "migrations" not in p.parts)
    return files


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def lupdate(ts: Path) -> None:
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-source-language", "en",
                    "-target-language", "zh_CN", "-ts", str(ts)], cwd=ROOT, check=True, capture_output=True)


def lrelease(ts: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                   cwd=ROOT, check=True, capture_output=True)


def untranslated(ts: Path) -> list[tuple[str, str]]:
    missing = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or not (tr.text or "").strip() or tr.get("type") == "unfinished":
                missing.append((ctx.findtext("name") or "", msg.findtext("source") or ""))
    return missing


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    lupdate(TS)
    missing = untranslated(TS)
    for ctx, src in missing:
        print(f"untranslated [{ctx}] {src}")
    if args.check:
        return 1 if missing else 0
    lrelease(TS)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
