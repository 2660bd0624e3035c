import pytest

from workbench.domain.enums import Outcome, Stage
from workbench.domain.stages import allowed_targets, check_transition
from workbench.errors import TransitionError


def test_forward_path() -> None:
    path = [Stage.INTAKE, Stage.EVIDENCE, Stage.ANALYSIS, Stage.NEGOTIATION]
    for a, b in zip(path, path[1:], strict=False):
        assert check_transition(a, b, None, None).target is b


def test_cannot_skip_forward() -> None:
    with pytest.raises(TransitionError):
        check_transition(Stage.INTAKE, Stage.NEGOTIATION, None, None)


def test_decided_needs_outcome_from_any_active_stage() -> None:
    for st in (Stage.INTAKE, Stage.EVIDENCE, Stage.ANALYSIS, Stage.NEGOTIATION):
        with pytest.raises(TransitionError, match="outcome"):
            check_transition(st, Stage.DECIDED, None, None)
        assert check_transition(st, Stage.DECIDED, Outcome.WITHDRAWN, None).needs_outcome


def test_outcome_only_with_decided() -> None:
    with pytest.raises(TransitionError):
        check_transition(Stage.INTAKE, Stage.EVIDENCE, Outcome.UPHELD, None)


def test_close_only_after_decided() -> None:
    assert Stage.CLOSED not in allowed_targets(Stage.NEGOTIATION)
    assert check_transition(Stage.DECIDED, Stage.CLOSED, None, None).target is Stage.CLOSED


@pytest.mark.parametrize("source", [Stage.DECIDED, Stage.CLOSED])
def test_reopen_needs_a_reason(source: Stage) -> None:
    with pytest.raises(TransitionError, match="reason"):
        check_transition(source, Stage.NEGOTIATION, None, "  ")
    t = check_transition(source, Stage.NEGOTIATION, None, "保险公司同意重新审核")
    assert t.is_reopen and t.needs_reason


def test_stepping_back_is_allowed_among_active_stages() -> None:
    assert Stage.EVIDENCE in allowed_targets(Stage.NEGOTIATION)
    assert Stage.INTAKE not in allowed_targets(Stage.CLOSED)


def test_every_illegal_pair_is_refused() -> None:
    for a in Stage:
        for b in Stage:
            if b in allowed_targets(a):
                continue
            with pytest.raises(TransitionError):
                check_transition(a, b, Outcome.UPHELD if b is Stage.DECIDED else None, "r")
