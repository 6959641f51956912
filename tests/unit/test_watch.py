"""`make run`'s alerts (brandsentry/watch.py): a live table on a terminal, one plain line per alert when the
output is a pipe, a file or a log collector."""

from __future__ import annotations

import io

from rich.console import Console
from rich.live import Live

from brandsentry.watch import AlertLog, alert_view
from tests.unit.portal.helpers import make_alert


def test_not_a_terminal_gets_one_plain_line_per_alert_as_it_arrives() -> None:
    out = io.StringIO()
    board, view = alert_view(Console(file=out, force_terminal=False, width=60))
    with view as live:
        assert isinstance(board, AlertLog) and live is board
        board.add(make_alert(brand="bose", listing_id="7"))
        assert out.getvalue().count("\n") == 1  # written at once, not at the end
        board.add(make_alert(brand="sony", iwg="consumer-electronics", listing_id="8", score=0.91))
        live.refresh()
    lines = out.getvalue().splitlines()
    assert lines == [
        "12:00:00 UTC alert high brand=Bose iwg=consumer-electronics score=0.80 [taobao] BOSE QC45 headphones 1:1 "
        "replica | exact:BOSE, cue:1:1, price",
        "12:00:00 UTC alert critical brand=Sony iwg=consumer-electronics score=0.91 [taobao] BOSE QC45 headphones 1:1 "
        "replica | exact:BOSE, cue:1:1, price",
    ]
    assert "\x1b" not in out.getvalue()  # no colour codes, no cursor movement
    assert board.total == 2


def test_a_terminal_gets_the_live_table() -> None:
    out = io.StringIO()
    board, view = alert_view(Console(file=out, force_terminal=True, width=120))
    assert not isinstance(board, AlertLog) and isinstance(view, Live)
    board.add(make_alert())
    assert out.getvalue() == ""  # drawn by the Live display, not printed line by line
