"""Follow-up over the year in the window (issue 12): a new meeting from an earlier one, its
agreements reviewed on Før as steps of the undo history, an earlier meeting chosen to compare
with and taken away again, all kept in the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from amk_desktop.core.session import Agreement, Group, MeetingDetails, Session
from amk_desktop.formats.amk import load_session, save_session


def earlier_file(tmp_path: Path) -> Path:
    session = Session(
        details=MeetingDetails(
            title="Personalemøde <&>", workplace="Solbjerg", department="Nord", date="2025-11-24"
        ),
        groups=[Group("Køkkenet"), Group("Natholdet")],
        agreements=[
            Agreement(
                action="Fast punkt om arbejdsmiljø", responsible="Lars", deadline="2026-01-31"
            ),
            Agreement(action="Sparring på tværs", status="in_progress"),
        ],
    )
    session.groups[0].set_score("trust", 2)
    path = tmp_path / "møde-2025.amk"
    save_session(session, path)
    return path


def test_a_follow_up_meeting_reviews_the_earlier_agreements(window, dialogs, tmp_path) -> None:
    dialogs.open_path = str(earlier_file(tmp_path))
    window.findChild(type(window.open_action), "follow_up_action").trigger()
    assert window.current_step == 0
    session = window.model.session
    assert session.details.workplace == "Solbjerg" and session.details.date == ""
    assert [g.name for g in session.groups] == ["Køkkenet", "Natholdet"]
    page = window.before_page
    assert page.review_box.isVisible()
    assert page.review_about.text() == (
        "Aftalerne fra “Personalemøde <&>” den 24.11.2025 (møde-2025.amk). Gennemgå hver "
        "aftale: hvor den står, og hvordan det gik."
    )
    table = page.earlier_agreements.model()
    assert table.rowCount() == 2
    assert [table.index(0, c).data() for c in range(6)] == [
        "Fast punkt om arbejdsmiljø",
        "",  # its goal
        "Lars",
        "31.01.2026",
        "Ikke startet",
        "",
    ]
    # reviewed in the meeting: each change a step of the undo history
    assert table.setData(table.index(0, 4), "done")
    assert table.setData(table.index(0, 5), "Punktet er fast nu 🙂")
    assert table.index(0, 4).data() == "Gennemført"
    assert not table.setData(table.index(0, 1), "a new goal")  # the goal is as agreed
    assert session.baseline.agreements[0].outcome == "Punktet er fast nu 🙂"
    assert not table.flags(table.index(0, 0)) & Qt.ItemFlag.ItemIsEditable  # as agreed
    window.model.undo_stack.undo()
    assert session.baseline.agreements[0].outcome == ""
    window.model.undo_stack.redo()
    # saved with the meeting, and read back
    path = tmp_path / "møde-2026.amk"
    dialogs.save_path = str(path)
    assert window.document.save_as()
    loaded = load_session(path)
    assert loaded.baseline.file == "møde-2025.amk"
    assert [(a.status, a.outcome) for a in loaded.baseline.agreements] == [
        ("done", "Punktet er fast nu 🙂"),
        ("in_progress", ""),
    ]


def test_an_earlier_meeting_chosen_to_compare_with_and_taken_away(
    window, dialogs, tmp_path
) -> None:
    dialogs.open_path = str(earlier_file(tmp_path))
    remove = window.findChild(type(window.open_action), "remove_baseline_action")
    assert not remove.isEnabled()
    window.show_step("before")
    assert not window.before_page.review_box.isVisible()
    window.findChild(type(window.open_action), "baseline_action").trigger()
    assert window.model.baseline is not None and remove.isEnabled()
    assert window.before_page.review_box.isVisible()
    assert window.model.session.groups[0].name == "Gruppe 1"  # this meeting is as it was
    remove.trigger()
    assert window.model.baseline is None and not window.before_page.review_box.isVisible()
    window.model.undo_stack.undo()  # chosen again
    assert window.model.baseline is not None


def test_an_unreadable_earlier_file_says_why_and_changes_nothing(window, dialogs, tmp_path) -> None:
    bad = tmp_path / "ødelagt.amk"
    bad.write_bytes(b"{ not json")
    dialogs.open_path = str(bad)
    before = window.model.session
    assert not window.new_follow_up()
    assert not window.choose_baseline()
    assert window.model.session is before and before.baseline is None
    assert any(kind == "error" and "ødelagt.amk" in text for kind, text in dialogs.calls)


def test_efter_compares_each_factor_then_and_now(window, dialogs, tmp_path) -> None:
    dialogs.open_path = str(earlier_file(tmp_path))
    assert window.new_follow_up()
    window.show_step("after")
    page = window.after_page
    assert page.tabs.isTabVisible(2)  # shown for a follow-up
    assert page.tabs.tabText(2) == "Sammenlignet med det tidligere møde"
    table = page.comparison.model()
    assert [table.index(0, c).data() for c in range(4)] == [
        "Åbenhed, tillid og psykologisk tryghed",
        "2,0",
        "–",
        "–",
    ]
    window.model.set_score("trust", 4, 0)
    window.model.set_score("trust", 5, 1)
    assert [table.index(0, c).data() for c in range(1, 4)] == ["2,0", "4,5", "+2,5"]
    window.model.set_score("trust", 1, 0)
    window.model.set_score("trust", 1, 1)
    assert table.index(0, 3).data() == "−1,0"
    assert "“Personalemøde <&>” (møde-2025.amk)" in page.comparison_about.text()
    window.model.set_baseline(None)
    assert not page.tabs.isTabVisible(2)


def test_the_sheet_compares_with_the_earlier_meeting_from_the_command_line(tmp_path) -> None:
    """`amk-desktop export NOW.amk --pdf OUT.pdf --baseline EARLIER.amk`: each factor then,
    now and the change with its sign, and the earlier agreements with their status; a session
    that follows one up prints the same without --baseline. A bad earlier file: exit 1."""
    from pypdf import PdfReader

    from amk_desktop.core.baseline import follow_up_session
    from tests.test_cli import run

    earlier = earlier_file(tmp_path)
    now = follow_up_session(load_session(earlier), earlier.name)
    now.groups[0].set_score("trust", 4)
    now.groups[1].set_score("trust", 5)
    now.baseline.agreements[0].status = "done"
    now.baseline.agreements[0].outcome = "Fast punkt <nu> & altid 🙂"
    plain = Session(groups=now.groups)  # the same scores, following nothing up
    plain.created = "2026-11-23T10:00:00Z"  # (not first saved in the same second)
    follows, alone = tmp_path / "opfølgning.amk", tmp_path / "alene.amk"
    save_session(now, follows)
    save_session(plain, alone)

    def text_of(pdf: Path) -> str:
        return " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())

    out = tmp_path / "ark.pdf"
    result = run("export", str(alone), "--pdf", str(out), "--baseline", str(earlier))
    assert result.returncode == 0, result.stderr
    text = text_of(out)
    assert "Sammenlignet med det tidligere møde" in text
    assert "Personalemøde <&>, 24. november 2025 (møde-2025.amk)" in text
    assert "2,0 4,5 +2,5" in text  # trust: then, now, change
    assert "Aftalerne fra det tidligere møde" in text and "Fast punkt om arbejdsmiljø" in text
    out2 = tmp_path / "ark2.pdf"
    assert run("export", str(follows), "--pdf", str(out2), "--lang", "en").returncode == 0
    english = text_of(out2)
    assert "Compared with the earlier meeting" in english and "+2.5" in english
    assert "Done" in english and "Fast punkt <nu> & altid" in english
    assert "Sammenlignet" not in text_of(out2)
    plain_pdf = tmp_path / "ark3.pdf"
    assert run("export", str(alone), "--pdf", str(plain_pdf)).returncode == 0
    assert "Sammenlignet med det tidligere møde" not in text_of(plain_pdf)
    bad = tmp_path / "ødelagt.amk"
    bad.write_bytes(b"{")
    out4 = tmp_path / "ark4.pdf"
    result = run("export", str(alone), "--pdf", str(out4), "--baseline", str(bad))
    assert result.returncode == 1 and "ødelagt.amk" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and not out4.exists()


def test_the_chart_draws_the_earlier_result_grey_and_dashed(window, dialogs, tmp_path) -> None:
    """The current group's earlier outline (same name), or in the mean mode the earlier mean;
    the legend says which meeting it is; none for a group new since then."""
    from amk_desktop.core import radar

    dialogs.open_path = str(earlier_file(tmp_path))
    assert window.new_follow_up()
    window.show_step("during")
    page = window.during_page
    chart = page.ensure_chart()
    earlier_kitchen = radar.outline([2, None, None, None, None, None])
    assert chart.earlier_outline == earlier_kitchen  # Køkkenet had trust 2
    assert chart._earlier.isVisible() and chart._earlier.pen().style() == Qt.PenStyle.CustomDashLine
    # whose outline, and the earlier meeting by its date (found in review: it named neither)
    assert "tidligere: Køkkenet den 24.11.2025" in page.legend.text()
    window.model.set_current_index(1)  # Natholdet: rated nothing then, an outline of nothing
    assert chart.earlier_outline == radar.outline([None] * 6)
    page.chart_mode.setCurrentIndex(2)  # the mean
    assert chart.mode == "mean" and chart.earlier_outline == earlier_kitchen
    assert "tidligere: gennemsnittet den 24.11.2025" in page.legend.text()
    page.chart_mode.setCurrentIndex(1)  # the current group
    window.model.rename_group(1, "Ny gruppe")  # no group of that name then
    assert chart.earlier_outline is None and not chart._earlier.isVisible()
    assert "tidligere" not in page.legend.text()
    window.model.set_baseline(None)
    window.model.set_current_index(0)
    assert chart.earlier_outline is None


@pytest.mark.qt_log_ignore("does not support raise", "propagateSizeHints")
def test_agreements_over_the_year_and_the_annual_record_from_the_window(
    make_window, dialogs, tmp_path, qtbot
) -> None:
    from datetime import date

    from pypdf import PdfReader

    window = make_window(today=lambda: date(2026, 3, 1))
    window.resize(1366, 768)
    window.show()
    dialogs.open_path = str(earlier_file(tmp_path))
    assert window.new_follow_up()
    row = window.model.add_agreement()
    window.model.set_agreement_field(row, "action", "Ny aftale <&>")
    window.model.set_agreement_field(row, "deadline", "2026-03-20")
    view = window.show_year_agreements()
    table = view.table
    rows = [[table.item(r, c).text() for c in range(6)] for r in range(table.rowCount())]
    assert rows == [
        [
            "31.01.2026",
            "Frist – overskredet",
            "Fast punkt om arbejdsmiljø",
            "Lars",
            "Ikke startet",
            "24.11.2025 · Personalemøde <&>",
        ],
        ["20.03.2026", "Frist", "Ny aftale <&>", "", "Ikke startet", "Personalemøde <&>"],
    ]
    assert "Overskredet: 1. Kommende: 1." in view.about.text()
    # reviewed as done: its deadline no longer counts
    window.model.review_earlier_agreement(0, "status", "done")
    assert table.rowCount() == 1
    # the record: this meeting and the earlier one it follows up
    out = tmp_path / "drøftelse.pdf"
    dialogs.save_path = str(out)
    assert window.annual_record([])
    window.output.wait()
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "Den årlige arbejdsmiljødrøftelse" in text
    assert "Fast punkt om arbejdsmiljø" in text and "Gennemført" in text
    assert "Ny aftale <&>" in text  # the goals for the coming year
    window.model.undo_stack.setClean()


def test_found_in_review_the_record_from_a_fresh_window_has_only_the_files(
    window, dialogs, tmp_path
) -> None:
    """An empty, unsaved window is no meeting of the year; Cancel makes no record."""
    from pypdf import PdfReader

    earlier = earlier_file(tmp_path)
    assert not window.annual_record()  # the file dialog cancelled: nothing
    dialogs.save_path = str(tmp_path / "drøftelse.pdf")
    assert window.annual_record([str(earlier)])
    window.output.wait()
    text = " ".join(
        " ".join(p.extract_text() for p in PdfReader(tmp_path / "drøftelse.pdf").pages).split()
    )
    assert "uden dato" not in text and "Unavngivet" not in text


def test_another_laptops_review_of_the_earlier_agreements_is_offered_when_collecting(
    window, dialogs, tmp_path
) -> None:
    """Two laptops follow up the same meeting; the other one reviewed an earlier agreement.
    Collecting its groups offers its review too, taken only when chosen, as one undo step."""
    from amk_desktop.core.baseline import follow_up_session

    earlier = earlier_file(tmp_path)
    dialogs.open_path = str(earlier)
    window.findChild(type(window.open_action), "follow_up_action").trigger()
    other = follow_up_session(load_session(earlier), earlier.name)
    assert other.baseline is not None
    other.baseline.agreements[1] = Agreement(
        action="Sparring på tværs", status="done", outcome="Hver anden uge <&> 😀"
    )
    other.groups[0].set_score("trust", 4)
    other.groups[0].modified = "2099-01-01T00:00:00Z"  # rated there after here
    laptop = tmp_path / "laptop2.amk"
    save_session(other, laptop)
    table = window.before_page.earlier_agreements.model()

    window.collect_groups([str(laptop)])  # not chosen: the groups only
    assert window.model.session.baseline.agreements[1].status == "in_progress"
    window.model.undo_stack.undo()

    dialogs.collect_reviews = True
    steps = window.model.undo_stack.index()
    assert window.collect_groups([str(laptop)])
    baseline = window.model.session.baseline
    assert (baseline.agreements[1].status, baseline.agreements[1].outcome) == (
        "done",
        "Hver anden uge <&> 😀",
    )
    assert baseline.agreements[0].status == "open"  # not reviewed there: as here
    assert table.index(1, 4).data() == "Gennemført"  # the Før list shows it
    assert table.index(1, 5).data() == "Hver anden uge <&> 😀"
    assert "Gennemgange af tidligere aftaler hentet: 1." in window.statusBar().currentMessage()
    assert window.model.groups[0].scores["trust"] == 4  # the same group, collected
    window.model.undo_stack.undo()  # groups and review in one step
    assert window.model.undo_stack.index() == steps
    assert baseline.agreements[1].status == "in_progress"
    assert table.index(1, 4).data() == "I gang"


def test_the_preview_offers_the_review_with_a_check_box(qtbot, tmp_path) -> None:
    from amk_desktop.core.baseline import follow_up_session
    from amk_desktop.core.collect import Conflict, offered_reviews, plan_collection
    from amk_desktop.ui.services.collect_preview import CollectPreview

    ours = follow_up_session(load_session(earlier_file(tmp_path)), "møde-2025.amk")
    theirs = follow_up_session(load_session(earlier_file(tmp_path)), "møde-2025.amk")
    assert ours.baseline is not None and theirs.baseline is not None
    ours.baseline.created = theirs.baseline.created = "2025-11-24T09:00:00Z"
    theirs.baseline.agreements[0] = Agreement(
        action="Fast punkt om arbejdsmiljø", status="dropped", outcome="Ikke <relevant>"
    )
    reviews = offered_reviews(ours.baseline, [("laptop2.amk", theirs.baseline)])

    def plan_for(conflict: Conflict, agreements: bool, chosen: bool):
        return plan_collection(ours.groups, [], conflict, (), reviews).with_reviews(chosen)

    dialog = CollectPreview(None, plan_for)
    qtbot.addWidget(dialog)
    box = dialog.take_reviews
    assert box.isVisibleTo(dialog) and not box.isChecked()
    assert "(1 reviewed otherwise than here)" in box.text()
    assert "Fast punkt om arbejdsmiljø: Dropped – Ikke <relevant>" in box.toolTip()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    box.setChecked(True)
    assert len(dialog.plan.reviews) == 1
    assert "Reviews of earlier agreements taken: 1." in dialog.summary.text()
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_a_follow_up_that_would_be_too_large_keeps_the_newest_meetings(
    window, dialogs, tmp_path, monkeypatch
) -> None:
    """A year of follow-ups near the file-size limit: the next one leaves out the oldest
    meetings and says so; one that cannot fit at all is refused with a message."""
    from amk_desktop.core import limits
    from amk_desktop.core.baseline import follow_up_session

    session = load_session(earlier_file(tmp_path))
    for number in range(3):  # a chain of three meetings behind the last one
        session.created = f"2026-0{number + 1}-01T09:00:00Z"
        session.agreements = [
            Agreement(action=f"Aftale {number}.{n} " + "x" * 200) for n in range(20)
        ]
        path = tmp_path / f"møde-{number}.amk"
        save_session(session, path)
        session = follow_up_session(load_session(path), path.name)
    session.created = "2026-04-01T09:00:00Z"
    last = tmp_path / "møde-3.amk"
    save_session(session, last)
    whole = follow_up_session(load_session(last), last.name)
    assert len(list(whole.baseline.chain())) == 4
    # as if the limit were a little smaller than this follow-up: one meeting must go
    monkeypatch.setattr(limits, "MAX_FILE_SIZE", limits.session_size(whole) - 100)

    assert window.new_follow_up(str(last))
    chain = list(window.model.session.baseline.chain())
    assert [link.file for link in chain] == ["møde-3.amk", "møde-2.amk", "møde-1.amk"]
    assert "De ældste tidligere møder (1) er udeladt" in window.statusBar().currentMessage()
    assert window.model.file_size <= limits.MAX_FILE_SIZE

    monkeypatch.setattr(limits, "MAX_FILE_SIZE", 1000)  # not even the meeting itself fits
    window.model.undo_stack.setClean()
    assert not window.new_follow_up(str(last))
    kind, message = dialogs.calls[-1]
    assert kind == "error" and message.startswith("møde-3.amk kan ikke følges op")
    assert len(list(window.model.session.baseline.chain())) == 3  # nothing changed


def test_the_follow_up_example_opens_on_the_review_as_an_untitled_copy(window, dialogs) -> None:
    """Help → the example's follow-up a year later: the earlier agreements reviewed on Før, the
    comparison, the agreements over the year and the record can be tried at once."""
    from amk_desktop.core.annual import year_meetings

    window.findChild(type(window.open_action), "follow_up_example_action").trigger()
    assert window.current_step == 0 and window.document.path is None
    session = window.model.session
    assert session.baseline is not None and session.baseline.file == "eksempel-afdeling.amk"
    table = window.before_page.earlier_agreements.model()
    assert table.rowCount() == 5
    assert {table.index(row, 4).data() for row in range(5)} == {
        "Gennemført",
        "I gang",
        "Opgivet",
    }
    assert all(table.index(row, 5).data() for row in range(5))  # how each one went
    # its groups are the earlier ones, rated again: the comparison has a change for each
    assert [g.name for g in session.groups] == [g.name for g in session.baseline.groups]
    assert all(None not in g.scores.values() for g in session.groups)
    # the year of the two meetings, oldest first, from this one file
    meetings = year_meetings([("eksempel-opfoelgning.amk", session)])
    assert [m.details.date for m in meetings] == ["2026-11-18", "2027-11-17"]
    assert "opfølgningsmøde" in window.follow_up_example_action.toolTip()


def test_the_after_tabs_fit_their_texts_after_the_language_changes_elsewhere(window, qtbot) -> None:
    """Found on a screenshot: switched to English on Før, Efter's tabs kept the widths of the
    Danish texts ("Answers and agreements" cut to "ers and agreem")."""
    window.open_follow_up_example()
    window.show_step("after")
    window.after_page.tabs.setCurrentIndex(2)
    qtbot.wait(10)
    window.show_step("before")
    qtbot.wait(10)
    window.set_language("en")
    qtbot.wait(10)
    window.show_step("after")
    qtbot.wait(10)
    bar = window.after_page.tabs.tabBar()
    assert bar.tabText(1) == "Answers and agreements"
    assert [bar.tabRect(i).width() for i in range(3)] == [
        bar.tabSizeHint(i).width() for i in range(3)
    ]


def test_found_in_review_choosing_the_earlier_meeting_again_keeps_the_review(
    window, dialogs
) -> None:
    from amk_desktop.ui.window.main_window import EXAMPLE_SESSION

    earlier = str(EXAMPLE_SESSION / "eksempel-afdeling.amk")
    later = str(EXAMPLE_SESSION / "eksempel-opfoelgning.amk")
    window.open_follow_up_example()
    reviewed = [(a.status, a.outcome) for a in window.model.baseline.agreements]
    assert window.choose_baseline(earlier)
    assert [(a.status, a.outcome) for a in window.model.baseline.agreements] == reviewed
    # the earlier example cannot follow up the meeting held a year after it
    window.open_example()
    assert not window.choose_baseline(later)
    assert window.model.baseline is None
    assert "efter dette" in window.statusBar().currentMessage()


@pytest.mark.qt_log_ignore("does not support raise", "propagateSizeHints")
def test_found_in_review_the_year_view_covers_the_whole_chain(make_window, dialogs) -> None:
    """An action still going two meetings later is still due (it was left out)."""
    from datetime import date

    from amk_desktop.ui.window.main_window import EXAMPLE_SESSION

    window = make_window(today=lambda: date(2028, 1, 20))
    window.show()
    assert window.new_follow_up(str(EXAMPLE_SESSION / "eksempel-opfoelgning.amk"))
    table = window.show_year_agreements().table
    rows = [[table.item(r, c).text() for c in range(6)] for r in range(table.rowCount())]
    running = [row for row in rows if row[2].startswith("Kørelister låses dagen før")]
    assert running == [
        [
            "01.02.2027",
            "Frist – overskredet",
            "Kørelister låses dagen før, og ændringer samme dag aftales med planlæggeren",
            "Planlægger Susanne Dahl",
            "I gang",
            "18.11.2026 · Dialog om arbejdsmiljøkompetence – personalemøde",
        ]
    ]
    window.model.undo_stack.setClean()
