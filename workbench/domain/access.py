"""Who may see and do what: roles, and the masking of personal data.

The minimum-necessary rule of the brokerage: a specialist sees a client's personal
data in full on the cases assigned to them and masked elsewhere; team leads see it
in full; auditors see it masked everywhere (and no health information) and change
nothing; administrators manage accounts and settings.  Masking happens in
`workbench`, before a value reaches a widget, a report, a letter or a file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP


class Role(StrEnum):
    SPECIALIST = "specialist"
    TEAM_LEAD = "team_lead"
    AUDITOR = "auditor"
    ADMINISTRATOR = "administrator"


ROLE_LABELS: dict[Role, str] = {
    Role.SPECIALIST: QT_TRANSLATE_NOOP("Labels", "Specialist"),
    Role.TEAM_LEAD: QT_TRANSLATE_NOOP("Labels", "Team lead"),
    Role.AUDITOR: QT_TRANSLATE_NOOP("Labels", "Auditor"),
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("Labels", "Administrator"),
}
HIDDEN_HEALTH = QT_TRANSLATE_NOOP("Labels", "(health information hidden)")


def health_words(text: str, translate: Callable[[str, str], str]) -> str:
    """`text` as the reader sees it: the services put HIDDEN_HEALTH where a role may not read
    health information; `translate` (context, text) says that marker in the reader's language."""
    return translate("Labels", HIDDEN_HEALTH) if text == HIDDEN_HEALTH else text


@dataclass(frozen=True, slots=True)
class Principal:
    """The signed-in person."""

    user_id: int
    username: str
    display_name: str
    role: Role
    staff_id: int | None = None   # the staff member whose assigned cases are "theirs"

    @property
    def can_edit_cases(self) -> bool:
        return self.role in (Role.SPECIALIST, Role.TEAM_LEAD)

    @property
    def can_manage(self) -> bool:
        """Accounts and settings."""
        return self.role is Role.ADMINISTRATOR

    @property
    def can_read_audit(self) -> bool:
        return self.role in (Role.TEAM_LEAD, Role.AUDITOR, Role.ADMINISTRATOR)

    @property
    def can_reveal(self) -> bool:
        """Unmask a field on a case that is not theirs, giving a reason (recorded)."""
        return self.role is Role.SPECIALIST

    @property
    def sees_health(self) -> bool:
        return self.role is not Role.AUDITOR

    @property
    def sees_everyone_in_full(self) -> bool:
        """Personal data unmasked whoever the case belongs to (team leads)."""
        return self.role is Role.TEAM_LEAD

    def sees_in_full(self, assignee_id: int | None) -> bool:
        """Personal data of a case assigned to `assignee_id`, unmasked?"""
        if self.sees_everyone_in_full:
            return True
        return self.role is Role.SPECIALIST and self.staff_id is not None and assignee_id == self.staff_id


@dataclass(frozen=True, slots=True)
class CaseRights:
    """What the signed-in person may do with one case; the window shows it, the services enforce it."""

    edit: bool      # its fields, evidence, analysis, rounds and letters
    move: bool      # change its stage (a closed case can only be reopened, with a reason)
    assign: bool    # give it to another specialist
    delete: bool    # delete it (with a reason) and restore it


def case_rights(who: Principal | None, assignee_id: int | None, closed: bool) -> CaseRights:
    """`who` None is trusted code.  A closed case is read-only to everyone until it is reopened."""
    if who is None:
        return CaseRights(not closed, True, True, not closed)
    works = who.can_edit_cases
    lead = who.role is Role.TEAM_LEAD
    mine = who.role is Role.SPECIALIST and who.staff_id is not None and assignee_id == who.staff_id
    # Deleting changes the case: a closed one is reopened first, as for any other change.
    return CaseRights(edit=works and not closed, move=works, assign=lead and not closed,
                      delete=(lead or mine) and not closed)


def mask_id_number(value: str) -> str:
    """Resident ID: the first digit and the last two; never the birth date."""
    v = value.strip()
    if len(v) <= 3:
        return "*" * len(v)
    return v[0] + "*" * (len(v) - 3) + v[-2:]


def mask_phone(value: str) -> str:
    """138****1234"""
    digits = value.strip()
    if len(digits) < 7:
        return "*" * len(digits)
    return digits[:3] + "*" * (len(digits) - 7) + digits[-4:]


def mask_card(value: str) -> str:
    """Bank card: the last four."""
    v = re.sub(r"\s", "", value)
    return "*" * max(len(v) - 4, 0) + v[-4:]


def mask_name(value: str) -> str:
    """张* / 欧阳** / J*** (the family name, or the first letter, stays)."""
    v = value.strip()
    if not v:
        return v
    if len(v) >= 4 and all("\u4e00" <= ch <= "\u9fff" for ch in v):  # likely a two-character family name
        return v[:2] + "*" * (len(v) - 2)
    return v[0] + "*" * (len(v) - 1)


_CITY = re.compile(r"^(.*?(?:市|自治州|地区|盟))")
_PROVINCE = re.compile(r"^(.*?(?:省|自治区))")


_MUNICIPALITY = re.compile(r"^(北京|上海|天津|重庆)")


def mask_address(value: str) -> str:
    """To the city: 北京市朝阳区建国路1号 → 北京市…; 广东省深圳市南山区… → 广东省深圳市…;
    北京朝阳区… → 北京…; an address that names no city shows nothing but … (never the street).
    A Latin address keeps its last part when that holds no number (…, Shanghai)."""
    v = value.strip()
    if not v:
        return v
    found = _CITY.match(v) or _PROVINCE.match(v) or _MUNICIPALITY.match(v)
    if found:
        return found.group(1)[:20] + "…"
    last = v.split(",")[-1].strip()
    if "," in v and last and not any(ch.isdigit() for ch in last) and not any("\u4e00" <= ch <= "\u9fff" for ch in last):
        return "…, " + last[:20]
    return "…"


# A person's fields and how each is masked: the case view, the audit trail and
# de-identified bundles all mask through this one table.
PERSON_MASKS = {"name": mask_name, "id_number": mask_id_number, "phone": mask_phone, "address": mask_address}


@dataclass(frozen=True, slots=True)
class PersonView:
    """A person as one principal may see them."""

    name: str
    id_number: str
    phone: str
    address: str
    masked: bool


def person_view(principal: Principal | None, assignee_id: int | None, name: str, id_number: str, phone: str,
                address: str) -> PersonView:
    """`principal` None is trusted code (migrations, the demo, tests of services): no masking."""
    if principal is None or principal.sees_in_full(assignee_id):
        return PersonView(name, id_number, phone, address, False)
    m = PERSON_MASKS
    return PersonView(m["name"](name), m["id_number"](id_number), m["phone"](phone), m["address"](address), True)
