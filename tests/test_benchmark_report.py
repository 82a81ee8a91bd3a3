"""The benchmark's summary line and its terminal-output helpers (no timing asserted)."""

from __future__ import annotations

from benchmarks.pty_app import visible_text
from benchmarks.report import Report, Row
from benchmarks.stats import p95, paired_ratio


def test_summary_names_what_holds_fails_and_could_not_run(capsys) -> None:
    report = Report()
    report.add(Row("save", "2,000", "5 ms", ratio="1.50x", target="≤ 2.0x", holds=True, name="save@2,000"))
    report.add(Row("startup", "2,000", "1 s", ratio="3.00x", target="≤ 1.25x", holds=False, name="startup@2,000"))
    report.add(Row("live", "2,000", "n/a", target="p95 ≤ 300 ms", note="n/a: present not built", name="live"))
    report.add(Row("save", "200", "1 ms", ratio="2.00x"))  # no target: not counted
    summary = report.summary()
    assert "\n" not in summary
    assert summary.startswith("SUMMARY: 1 of 3 targets hold")
    assert "hold: save@2,000" in summary
    assert "FAIL: startup@2,000 (3.00x vs ≤ 1.25x)" in summary
    assert "n/a: live (present not built)" in summary
    printed = capsys.readouterr().out.splitlines()
    assert len(printed) == 4 and " NO " in printed[1] and " n/a " in printed[2]


def test_visible_text_drops_escape_sequences() -> None:
    output = b"\x1b[?1049h\x1b[1;1H\x1b[38;5;253mB\xc3\xbcrger\x1b[0m \x1b]22;default\x07ok"
    assert visible_text(output) == "Bürger ok"


def test_paired_ratio_and_p95() -> None:
    assert paired_ratio([2.0, 4.0, 30.0], [1.0, 2.0, 10.0]) == 2.0
    assert p95(list(range(1, 101))) == 95
