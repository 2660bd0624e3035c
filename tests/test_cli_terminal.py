"""Text from people and from bundles reaches a terminal written out, never as control codes
(an ESC sequence recolours or clears the screen; a CR hides what came before it)."""

from __future__ import annotations

from tests.conftest import new_case
from tests.sync_helpers import edit_case
from workbench import cli
from workbench.services.store import Store

NASTY = "正常文字\x1b[2J\x1b[31m伪造\x07\r覆盖\u202e反转"


def test_tables_and_details_show_control_characters_written_out(store: Store, capsys) -> None:  # type: ignore[no-untyped-def]
    case = new_case(store, insurer="泰和\x1b]0;title\x07人寿")
    edit_case(store, case.case_number, summary=NASTY)
    db = str(store.path)
    store.close()
    for argv in (["show", case.case_number, "--db", db], ["cases", "--db", db], ["cases", "--db", db, "--format", "json"]):
        assert cli.main(argv) == 0
        printed = capsys.readouterr().out
        assert not any(ch in printed for ch in "\x1b\x07\r\u202e"), (argv, printed)
    assert cli.main(["show", case.case_number, "--db", db]) == 0
    shown = capsys.readouterr().out
    assert "\\x1b[2J" in shown and "\\r覆盖" in shown and "\\u202e" in shown  # visible, not obeyed
