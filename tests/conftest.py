"""Shared fixtures: a fresh database per test, a demo database made once."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from workbench.domain.enums import CoverageType, DecisionKind, IdType  # noqa: E402
from workbench.domain.models import Case, CaseDraft, InsurerDraft, PersonDraft, PolicyDraft  # noqa: E402
from workbench.domain.resident_id import make_resident_id  # noqa: E402
from workbench.services import cases  # noqa: E402
from workbench.services.demo import generate_demo  # noqa: E402
from workbench.services.store import Store  # noqa: E402

DEMO_CASES = 300


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Logs, settings and default databases go to a temp folder, never the user's."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("WORKBENCH_HOME", str(home))
    monkeypatch.delenv("WORKBENCH_DB", raising=False)
    # Demo databases have accounts: commands and windows started by tests sign in as the
    # demo's team lead (who sees everything); databases without accounts ignore this.
    monkeypatch.setenv("WORKBENCH_USER", "lead")
    monkeypatch.setenv("WORKBENCH_PASSWORD", "demo-lead-2026")
    return home


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(tmp_path / "wb.sqlite3")
    yield s
    s.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    generate_demo(path, DEMO_CASES, seed=7, today=date(2026, 11, 26))
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo database, safe to change."""
    from workbench.storage.blobs import store_root_for

    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_template, path)
    shutil.copytree(store_root_for(demo_template), store_root_for(path))
    return path


@pytest.fixture
def demo_store(demo_path: Path) -> Iterator[Store]:
    s = Store.open(demo_path)
    yield s
    s.close()


def person(name: str = "张伟", seq: int = 1, birth: date = date(1985, 3, 4)) -> PersonDraft:
    return PersonDraft(name, IdType.RESIDENT_ID, make_resident_id("110105", birth, seq), "13800001234", "北京市朝阳区建国路1号")


def new_case(store: Store, *, client: str = "张伟", insurer: str = "泰和人寿保险股份有限公司",
             kind: DecisionKind = DecisionKind.CLAIM_REFUSED, claimed: int | None = 12_345_600,
             opened: date | None = None, seq: int = 1, policy: str = "TH100200300") -> Case:
    draft = CaseDraft(
        decision_kind=kind, client=person(client, seq), insured_is_client=True,
        insurer=InsurerDraft(insurer, claims_address="上海市浦东新区世纪大道100号"),
        policy=PolicyDraft(policy, "康悦终身重大疾病保险", CoverageType.CRITICAL_ILLNESS) if policy else None,
        claim_number="LP2026001", decision_date=date(2026, 10, 8), received_date=date(2026, 10, 10),
        amount_claimed_cents=claimed, amount_offered_cents=0, opened_on=opened,
    )
    return cases.create_case(store, draft, today=date(2026, 11, 26))
