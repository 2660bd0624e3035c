"""The life of a dispute case as a plain state machine.

intake → evidence → analysis → negotiation → decided (with an outcome) → closed.
A case may step back among the active stages (new facts turn up), may be decided
from any active stage (the insurer can change its mind, the client can withdraw),
and a decided or closed case may be reopened only with a reason.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.domain.enums import ACTIVE_STAGES, Outcome, Stage
from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.domain.labels import label
from workbench.errors import TransitionError

REOPEN_TO = Stage.NEGOTIATION


@dataclass(frozen=True, slots=True)
class Transition:
    source: Stage
    target: Stage
    needs_outcome: bool = False
    needs_reason: bool = False

    @property
    def is_reopen(self) -> bool:
        return self.source in (Stage.DECIDED, Stage.CLOSED) and self.target in ACTIVE_STAGES


def allowed_targets(source: Stage) -> list[Stage]:
    """The stages a case in `source` may move to, in the order a menu shows them."""
    if source in ACTIVE_STAGES:
        idx = ACTIVE_STAGES.index(source)
        forward = list(ACTIVE_STAGES[idx + 1: idx + 2])
        back = list(reversed(ACTIVE_STAGES[:idx]))
        return forward + [Stage.DECIDED] + back
    if source is Stage.DECIDED:
        return [Stage.CLOSED, REOPEN_TO]
    return [REOPEN_TO]  # closed


def check_transition(source: Stage, target: Stage, outcome: Outcome | None, reason: str | None) -> Transition:
    """Validate one move; raise TransitionError with a message that says why not."""
    if target not in allowed_targets(source):
        raise TransitionError(
            QT_TRANSLATE_NOOP("Errors", "A case cannot move from “{source}” to “{target}”."),
            source=label(source), target=label(target),
        )
    t = Transition(source, target, needs_outcome=target is Stage.DECIDED,
                   needs_reason=source in (Stage.DECIDED, Stage.CLOSED) and target in ACTIVE_STAGES)
    if t.needs_outcome and outcome is None:
        raise TransitionError(QT_TRANSLATE_NOOP("Errors", "Choose the outcome before marking the case decided."))
    if not t.needs_outcome and outcome is not None:
        raise TransitionError(QT_TRANSLATE_NOOP("Errors", "An outcome is recorded only when the case is decided."))
    if t.needs_reason and not (reason and reason.strip()):
        raise TransitionError(QT_TRANSLATE_NOOP("Errors", "Reopening a case needs a reason."))
    return t
