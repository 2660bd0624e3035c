"""Evidence as the signed-in person may see it.  File names, descriptions, tags and citation
notes are written by people and name people ("孟玉瑶出院小结.pdf", "甲状腺结节病理"): on a case
whose people are masked to the reader, their names, ID numbers and phones in those texts are
masked too, and the documents themselves (which hold them in full) are not opened; a reader who
may not see health information (an auditor) gets none of those texts and no document contents."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import PurePath

from sqlalchemy.orm import Session

from workbench.domain.access import HIDDEN_HEALTH, mask_id_number, mask_name, mask_phone
from workbench.domain.evidence import Citation, Evidence
from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.errors import PermissionDenied
from workbench.services.store import Store
from workbench.storage.rows import CaseRow

HEALTH_HIDDEN = QT_TRANSLATE_NOOP(
    "Errors", "Documents may hold health information, which auditors do not see; their descriptions and dates remain.")
NOT_YOUR_DOCUMENTS = QT_TRANSLATE_NOOP(
    "Errors", "The documents of a case assigned to someone else hold its people's personal data in full: "
              "ask the team lead or the specialist of the case.")


@dataclass(frozen=True, slots=True)
class View:
    hides_health: bool
    masks: tuple[tuple[str, str], ...]  # (what the text says, what the reader is shown)

    def text(self, value: str) -> str:
        for real, shown in self.masks:
            value = value.replace(real, shown)
        return value


def view_for(store: Store, s: Session, case_id: int) -> View | None:
    """None: the reader sees this case's evidence as it is."""
    who = store.principal
    if who is None:
        return None
    case = s.get(CaseRow, case_id)  # its client and insured come with it (joined)
    full = who.sees_in_full(case.assignee_id if case else None)
    if full and who.sees_health:
        return None
    masks: list[tuple[str, str]] = []
    if not full and case is not None:
        for p in (case.client, case.insured):
            masks += [(p.name, mask_name(p.name)), (p.id_number, mask_id_number(p.id_number)),
                      (p.phone, mask_phone(p.phone))]
    # Longest first, so 欧阳娜娜 is masked before 欧阳 would be.
    masks = sorted({(r, m) for r, m in masks if len(r) >= 2 and r != m}, key=lambda rm: -len(rm[0]))
    return View(not who.sees_health, tuple(masks))


def may_read_contents(store: Store, s: Session, case_id: int) -> None:
    view = view_for(store, s, case_id)
    if view is None:
        return
    if view.hides_health:
        raise PermissionDenied(HEALTH_HIDDEN)
    if view.masks:
        raise PermissionDenied(NOT_YOUR_DOCUMENTS)


def shown_evidence(view: View | None, e: Evidence) -> Evidence:
    if view is None:
        return e
    if view.hides_health:
        suffix = PurePath(e.original_name).suffix
        return replace(e, original_name=f"附件{e.enclosure_no}{suffix}", description=HIDDEN_HEALTH if e.description else "",
                       tags=())
    return replace(e, original_name=view.text(e.original_name), description=view.text(e.description),
                   tags=tuple(view.text(t) for t in e.tags))


def shown_citation(view: View | None, c: Citation) -> Citation:
    if view is None or not c.note:
        return c
    return replace(c, note=HIDDEN_HEALTH if view.hides_health else view.text(c.note))
