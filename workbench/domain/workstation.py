"""What a workstation is called where people see it: bundles, the import wizard, `peers`."""

from __future__ import annotations

NAME_LENGTH = 60


def clean_workstation_name(text: str) -> str:
    """One line of printable characters, spaces collapsed, at most NAME_LENGTH long: a name
    arrives in strangers' bundles and is shown in dialogs and terminals."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())[:NAME_LENGTH]


def workstation_label(name: str, workstation_id: str) -> str:
    """「陈静的笔记本 (3f2a1b9c)」, or the id's first eight characters while no name is known."""
    short = workstation_id[:8]
    return f"{name} ({short})" if name else f"{short}…"
