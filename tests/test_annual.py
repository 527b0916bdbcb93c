"""The year's meetings (issue 12): each meeting once, oldest first, its agreements as last
reviewed; the agreements due over the year; the annual work-environment discussion record
from the command line, in both languages, that a representative would file as it is."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from amk_desktop.core.annual import agreements_due, year_meetings
from amk_desktop.core.baseline import follow_up_session
from amk_desktop.core.session import Agreement, MeetingDetails, Session
from amk_desktop.formats.amk import load_session, save_session
from tests.test_cli import run


def a_year(tmp_path: Path) -> tuple[Path, Path]:
    """Two meetings a year apart, the second started from the first, each saved."""
    first = Session.new("Køkkenet")
    first.details = MeetingDetails(
        title="Personalemøde <&>", workplace="Solbjerg", department="Nord", date="2025-11-24"
    )
    first.groups[0].set_score("trust", 2)
    first.groups[0].set_score("knowledge", 4)
    first.agreements = [
        Agreement(action="Fast punkt om arbejdsmiljø", responsible="Lars", deadline="2026-01-31"),
        Agreement(action="Sparring på tværs 🙂", follow_up="2026-06-01"),
        Agreement(action="Opgivet idé", deadline="2026-02-01", status="dropped"),
    ]
    one = tmp_path / "møde-2025.amk"
    save_session(first, one)
    second = follow_up_session(load_session(one), one.name)
    second.details.date = "2026-11-23"
    second.groups[0].set_score("trust", 4)
    second.groups[0].set_score("knowledge", 4)
    second.baseline.agreements[0].status = "done"
    second.baseline.agreements[0].outcome = "Står fast på dagsordenen"
    second.agreements = [
        Agreement(
            action="Ny aftale", goal="Færre afbrydelser", responsible="Mette", deadline="2027-02-01"
        )
    ]
    second.created = "2026-11-23T09:00:00Z"  # a year later
    two = tmp_path / "møde-2026.amk"
    save_session(second, two)
    return one, two


def test_each_meeting_once_oldest_first_with_its_agreements_as_last_reviewed(tmp_path) -> None:
    one, two = a_year(tmp_path)
    both = year_meetings([(two.name, load_session(two)), (one.name, load_session(one))])
    assert [m.details.date for m in both] == ["2025-11-24", "2026-11-23"]
    assert [a.status for a in both[0].agreements] == ["done", "open", "dropped"]  # reviewed
    assert both[0].agreements[0].outcome == "Står fast på dagsordenen"
    assert both[0].source == "møde-2025.amk"
    # the latest file alone brings the earlier meeting along (its chain)
    alone = year_meetings([(two.name, load_session(two))])
    assert [m.details.title for m in alone] == ["Personalemøde <&>", "Personalemøde <&>"]
    assert alone[0].agreements == both[0].agreements
    assert both[0].means[0] == 2.0 and both[1].means[0] == 4.0


def test_the_agreements_due_over_the_year(tmp_path) -> None:
    _one, two = a_year(tmp_path)
    meetings = year_meetings([(two.name, load_session(two))])
    due = agreements_due(meetings, date(2026, 5, 15))
    # the done agreement's deadline is not due; the dropped one never; the follow-up in 17 days
    assert [(d.agreement.action, d.kind, d.overdue) for d in due] == [
        ("Sparring på tværs 🙂", "follow_up", False)
    ]
    later = agreements_due(meetings, date(2027, 3, 1))
    assert [(d.agreement.action, d.kind, d.overdue) for d in later] == [
        ("Sparring på tværs 🙂", "follow_up", True),
        ("Ny aftale", "deadline", True),
    ]


@pytest.mark.parametrize("language", ["da", "en"])
def test_the_annual_record_from_the_command_line(tmp_path, language) -> None:
    from pypdf import PdfReader

    one, two = a_year(tmp_path)
    out = tmp_path / "drøftelse.pdf"
    result = run("record", "--pdf", str(out), "--lang", language, str(one), str(two))
    assert result.returncode == 0, result.stderr
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    words = {
        "da": (
            "Den årlige arbejdsmiljødrøftelse",
            "Udviklingen i scorerne gennem året",
            "Hvad blev aftalt, og hvordan gik det",
            "Mål for det kommende år",
            "Om sidste års mål er nået",
            "For arbejdsgiveren",
            "Drøftelsen blev holdt den",
            "24. november 2025 – 23. november 2026",
            "Gennemført",
            "+2,0",
        ),
        "en": (
            "The annual work-environment discussion",
            "The scores through the year",
            "What was agreed, and how it went",
            "Goals for the coming year",
            "Whether last year's goals were met",
            "For the employer",
            "The discussion was held on",
            "24 November 2025 – 23 November 2026",
            "Done",
            "+2.0",
        ),
    }[language]
    for word in words:
        assert word in text, word
    assert "Personalemøde <&>" in text and "Sparring på tværs" in text
    assert "Står fast på dagsordenen" in text and "Færre afbrydelser" in text
    assert "møde-2025.amk, møde-2026.amk" in text


def test_the_record_refuses_bad_input_and_writes_nothing(tmp_path) -> None:
    one, _two = a_year(tmp_path)
    bad = tmp_path / "ødelagt.amk"
    bad.write_bytes(b"[]")
    out = tmp_path / "drøftelse.pdf"
    result = run("record", "--pdf", str(out), str(one), str(bad))
    assert result.returncode == 1 and "ødelagt.amk" in result.stderr and not out.exists()
    assert len(result.stderr.strip().splitlines()) == 1
    result = run("record", "--pdf", str(one), str(one))  # never over a session file
    assert result.returncode == 1 and load_session(one).details.title == "Personalemøde <&>"
    assert run("record", str(one)).returncode == 1  # --pdf is needed


def test_found_in_review_the_order_of_the_files_and_a_corrected_date_change_nothing(
    tmp_path,
) -> None:
    one, two = a_year(tmp_path)
    first, second = load_session(one), load_session(two)
    first.details.date = "2025-11-25"  # corrected after the follow-up was made
    forward = year_meetings([(one.name, first), (two.name, second)])
    backward = year_meetings([(two.name, second), (one.name, first)])
    assert forward == backward and len(forward) == 2
    assert forward[0].details.date == "2025-11-25"  # the file's own details
    assert forward[0].agreements[0].status == "done"  # the review


def test_found_in_review_an_agreement_followed_up_is_not_overdue(tmp_path) -> None:
    _one, two = a_year(tmp_path)
    session = load_session(two)
    session.baseline.agreements[1].outcome = "Vi mødes hver måned"  # followed up
    meetings = year_meetings([(two.name, session)])
    assert agreements_due(meetings, date(2027, 3, 1))[0].agreement.action == "Ny aftale"


def test_found_in_review_export_keeps_the_review_of_the_same_earlier_meeting(tmp_path) -> None:
    from pypdf import PdfReader

    one, two = a_year(tmp_path)
    out = tmp_path / "ark.pdf"
    assert run("export", str(two), "--pdf", str(out), "--baseline", str(one)).returncode == 0
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "Står fast på dagsordenen" in text and "Gennemført" in text


def test_the_signatures_are_never_alone_on_the_last_page(tmp_path) -> None:
    """However many agreements push the end of the record down the page, the last point to
    discuss stands on the page with the signatures."""
    import io
    from dataclasses import replace

    from pypdf import PdfReader

    from amk_desktop.export.annual_record import build_annual_record

    one, two = a_year(tmp_path)
    meetings = year_meetings([(p.name, load_session(p)) for p in (one, two)])
    for extra in range(0, 14):
        latest = tuple(Agreement(action=f"Aftale {n}") for n in range(extra + 1))
        meetings[-1] = replace(meetings[-1], agreements=latest)
        pdf = build_annual_record(meetings, lambda t: t.source, sources="x", made="1.12.2026")
        pages = [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]
        last = pages[-1]
        assert "Signatures" in last and "For the employer" in last
        assert "5. Under 10 employees" in last, (extra, last[:200])


def test_the_record_the_sheet_and_the_window_show_the_same_figures(tmp_path, window) -> None:
    """Found in review: the same two meetings gave +0,3 in the record, +0,4 on the sheet and
    2,3 where the sheet said 2,2. Now one rule: one decimal, half up; the change is that of
    the figures shown."""
    from pypdf import PdfReader

    from amk_desktop.core.session import Group

    def rated(values: dict[str, list[int]]) -> list[Group]:
        count = len(next(iter(values.values())))
        groups = [Group(f"Gruppe {n + 1}") for n in range(count)]
        for key, scores in values.items():
            for group, score in zip(groups, scores, strict=True):
                group.set_score(key, score)
        return groups

    first = Session(
        groups=rated({"trust": [2, 2, 3, 3], "innovation": [2, 2, 2, 3]}),
        details=MeetingDetails(title="Møde", date="2025-11-24"),
    )
    first.groups[3].set_score("trust", None)  # trust: 2, 2, 3 (mean 2,33)
    one = tmp_path / "r1.amk"
    save_session(first, one)
    second = follow_up_session(load_session(one), one.name)
    second.details.date = "2026-11-23"
    now = [(2, 2), (3, 3), (3, 3), (None, 2)]
    for group, (trust, innovation) in zip(second.groups, now, strict=True):
        group.set_score("trust", trust)
        group.set_score("innovation", innovation)
    two = tmp_path / "r2.amk"
    save_session(second, two)

    def pdf_text(*args: str) -> str:
        out = tmp_path / "out.pdf"
        assert run(*args, "--pdf", str(out)).returncode == 0
        return " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())

    record = pdf_text("record", str(one), str(two))
    sheet = pdf_text("export", str(two))
    for text in (record, sheet):
        assert "2,3 2,7 +0,4" in text  # trust: 2,33 -> 2,67
        assert "2,3 2,5 +0,2" in text  # innovation: 2,25 -> 2,5
    window.open_session(str(two))
    table = window.after_page.comparison.model()
    rows = {
        table.index(row, 0).data(): [table.index(row, c).data() for c in (1, 2, 3)]
        for row in range(table.rowCount())
    }
    assert rows["Åbenhed, tillid og psykologisk tryghed"] == ["2,3", "2,7", "+0,4"]
    assert rows["Innovation"] == ["2,3", "2,5", "+0,2"]


def test_found_in_review_a_copy_made_into_another_meeting_is_never_left_out(tmp_path) -> None:
    """ "Save as" keeps when the file was first saved: a copy with another date is another
    meeting, whatever the order of the files; the same file twice is one."""
    one, two = a_year(tmp_path)
    copy = load_session(one)
    copy.details.date = "2026-05-20"
    copy.details.title = "Ekstra møde"
    three = tmp_path / "kopi.amk"
    save_session(copy, three)  # keeps `created`
    for order in ((one, three, two), (three, two, one), (two, one, three)):
        meetings = year_meetings([(p.name, load_session(p)) for p in order])
        assert [m.details.date for m in meetings] == ["2025-11-24", "2026-05-20", "2026-11-23"]
        # the first meeting's agreements as the follow-up reviewed them
        assert meetings[0].agreements[0].status == "done"
    twice = year_meetings([(p.name, load_session(p)) for p in (one, one, two)])
    assert [m.details.date for m in twice] == ["2025-11-24", "2026-11-23"]


def test_found_in_review_the_command_line_refuses_a_baseline_that_is_not_earlier(
    tmp_path,
) -> None:
    one, two = a_year(tmp_path)
    for now, earlier, why in ((two, two, "is the same meeting as"), (one, two, "was held after")):
        out = tmp_path / "out.pdf"
        result = run("export", str(now), "--pdf", str(out), "--baseline", str(earlier))
        assert result.returncode == 1 and not out.exists()
        assert result.stderr.count("\n") == 1 and why in result.stderr, result.stderr


def test_found_in_review_a_record_of_one_meeting_and_a_file_given_twice(tmp_path) -> None:
    from pypdf import PdfReader

    one, _two = a_year(tmp_path)
    out = tmp_path / "out.pdf"
    twice = run(
        "record", "--pdf", str(out), str(one), str(tmp_path / ".." / tmp_path.name / one.name)
    )
    assert twice.returncode == 1 and "is given twice" in twice.stderr and not out.exists()
    assert run("record", "--pdf", str(out), "--lang", "en", str(one)).returncode == 0
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "Change" not in text  # nothing to compare with
    assert "The record has one meeting: its agreements are the goals" in text
    assert text.count("Fast punkt om arbejdsmiljø") == 1  # listed once, as a goal


def test_found_in_review_a_full_chain_says_older_meetings_may_be_missing(tmp_path) -> None:
    from pypdf import PdfReader

    session = Session.new("Køkkenet")
    paths = []
    for month in range(1, 15):  # 14 meetings: the last file keeps 12 earlier ones
        session.details.date = f"2026-{(month - 1) % 12 + 1:02d}-{(month - 1) // 12 + 1:02d}"
        session.created = f"2026-01-01T00:{month:02d}:00Z"
        path = tmp_path / f"møde-{month:02d}.amk"
        save_session(session, path)
        paths.append(path)
        session = follow_up_session(load_session(path), path.name)
    out = tmp_path / "out.pdf"

    def text(*files: Path) -> str:
        assert run("record", "--pdf", str(out), "--lang", "en", *map(str, files)).returncode == 0
        return " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())

    assert "at most 12 earlier meetings: meetings before these may be missing" in text(paths[-1])
    assert "may be missing" not in text(paths[0], paths[1])


def test_found_in_review_a_meeting_made_from_a_copy_keeps_its_own_agreements(tmp_path) -> None:
    """ "Save as" last year's file, change the date and the agreements, follow up last year's
    file: two meetings, each with its own agreements (the copy took last year's)."""
    from amk_desktop.core.baseline import baseline_of

    one, _two = a_year(tmp_path)
    copy = load_session(one)  # keeps when the file was first saved
    copy.details.date = "2026-01-12"
    copy.agreements = [Agreement(action="Ny aftale i januar")]
    copy.baseline = baseline_of(load_session(one), one.name)
    copy.baseline.agreements[0].status = "done"
    made = tmp_path / "januar.amk"
    save_session(copy, made)
    meetings = year_meetings([(made.name, load_session(made))])
    assert [(m.details.date, [a.action for a in m.agreements]) for m in meetings] == [
        ("2025-11-24", ["Fast punkt om arbejdsmiljø", "Sparring på tværs 🙂", "Opgivet idé"]),
        ("2026-01-12", ["Ny aftale i januar"]),
    ]
    assert meetings[0].agreements[0].status == "done"
    # with last year's file given too: the same two meetings, reviewed as then
    both = year_meetings([(one.name, load_session(one)), (made.name, load_session(made))])
    assert [m.details.date for m in both] == ["2025-11-24", "2026-01-12"]
    assert both[0].agreements[0].status == "done"


def test_found_in_review_follow_ups_of_a_meeting_and_of_its_copy_are_four_meetings(
    tmp_path,
) -> None:
    one, _two = a_year(tmp_path)
    a = load_session(one)
    b = load_session(one)
    b.details.date = "2026-02-02"  # a copy made into another meeting, with one more agreement
    b.agreements.append(Agreement(action="Ny aftale i februar"))
    x = follow_up_session(a, "a.amk")
    x.details.date, x.created = "2026-03-03", "2026-03-03T09:00:00Z"
    x.baseline.agreements[0].status, x.baseline.agreements[0].outcome = "done", "X om A"
    y = follow_up_session(b, "b.amk")
    y.details.date, y.created = "2026-04-04", "2026-04-04T09:00:00Z"
    y.baseline.agreements[0].status, y.baseline.agreements[0].outcome = "dropped", "Y om B"

    def first_outcome(meetings: list) -> list[tuple[str, str]]:
        return [(m.details.date, m.agreements[0].outcome if m.agreements else "") for m in meetings]

    for given in ([("x", x), ("y", y)], [("a", a), ("b", b), ("x", x), ("y", y)]):
        assert first_outcome(year_meetings(given)) == [
            ("2025-11-24", "X om A"),
            ("2026-02-02", "Y om B"),
            ("2026-03-03", ""),
            ("2026-04-04", ""),
        ]
    # B given with only X: X's review of A is never put on B (a copy with another date and
    # the very same agreements could not be told from A with its date corrected)
    assert first_outcome(year_meetings([("b", b), ("x", x)])) == [
        ("2025-11-24", "X om A"),
        ("2026-02-02", ""),
        ("2026-03-03", ""),
    ]
