"""`workbench check`: is this database sound, at what schema, holding what."""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.services.store import Store
from workbench.storage import integrity
from workbench.storage.case_list import count_by_stage
from workbench.storage.schema import HEAD_REVISION, read_schema_state


@dataclass(slots=True)
class CheckReport:
    path: str
    schema_revision: str | None
    expected_revision: str
    integrity: list[str]
    foreign_key_problems: int
    counts: dict[str, int] = field(default_factory=dict)
    stages: dict[str, int] = field(default_factory=dict)
    impossible_dates: list[tuple[str, str, str]] = field(default_factory=list)  # (case, column, text)
    missing_triggers: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (self.integrity == ["ok"] and self.foreign_key_problems == 0 and not self.impossible_dates
                and not self.missing_triggers and self.schema_revision == self.expected_revision)


def check_database(store: Store) -> CheckReport:
    conn = store.reader()
    return CheckReport(
        path=str(store.path),
        schema_revision=read_schema_state(store.path).revision,
        expected_revision=HEAD_REVISION,
        integrity=integrity.integrity_messages(conn),
        foreign_key_problems=integrity.foreign_key_problem_count(conn),
        counts=integrity.live_counts(conn),
        stages={st.value: n for st, n in count_by_stage(conn).items()},
        impossible_dates=integrity.impossible_case_dates(conn),
        missing_triggers=integrity.missing_triggers(conn),
    )
