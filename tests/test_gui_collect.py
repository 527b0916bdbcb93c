"""Collecting groups from other laptops in the window (issue 9): File → Collect groups, dropped
files, the preview, one undo step."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from amk_desktop.core.collect import CollectionPlan, Conflict, offered_agreements, plan_collection
from amk_desktop.core.session import Agreement, Group, Session
from amk_desktop.formats.amk import save_session


def laptop_files(tmp_path: Path, window) -> tuple[str, str]:
    """Two other laptops: one with a new group and one whose copy of our first group is newer,
    plus another group that happens to be called like ours."""
    ours = window.model.groups[0]
    window.model.set_score("trust", 3)
    newer = replace(ours, scores={**ours.scores, "trust": 5}, modified="2099-01-01T00:00:00Z")
    two = Session(groups=[Group("Aftenvagten <&>")])
    three = Session(groups=[newer, Group(ours.name)])
    paths = str(tmp_path / "laptop2.amk"), str(tmp_path / "laptop3.amk")
    save_session(two, paths[0])
    save_session(three, paths[1])
    return paths


def test_collect_groups_from_the_file_menu_is_one_undo_step(window, dialogs, tmp_path) -> None:
    dialogs.collect_paths = list(laptop_files(tmp_path, window))
    steps = window.model.undo_stack.index()
    window.findChild(type(window.open_action), "collect_groups_action").trigger()
    kind, shown = dialogs.calls[-1]
    assert kind == "collect"
    assert shown == [
        ("added", "Aftenvagten <&>"),
        ("updated", "Gruppe 1"),
        ("renamed", "Gruppe 1 (2)"),
    ]
    assert [g.name for g in window.model.groups] == ["Gruppe 1", "Aftenvagten <&>", "Gruppe 1 (2)"]
    assert window.model.groups[0].scores["trust"] == 5
    message = window.statusBar().currentMessage()
    assert "Grupper tilføjet: 2. Grupper opdateret: 1. Aftaler tilføjet: 0." in message
    assert window.document.is_modified
    window.model.undo_stack.undo()
    assert [g.name for g in window.model.groups] == ["Gruppe 1"]
    assert window.model.groups[0].scores["trust"] == 3
    assert window.model.undo_stack.index() == steps  # one step
    # again, after redo: nothing new, so no preview
    window.model.undo_stack.redo()
    calls = len(dialogs.calls)
    assert not window.collect_groups(dialogs.collect_paths)
    assert len(dialogs.calls) == calls
    assert "findes allerede" in window.statusBar().currentMessage()


def test_keep_both_and_cancel(window, dialogs, tmp_path) -> None:
    paths = list(laptop_files(tmp_path, window))
    dialogs.collect_choice = None
    assert not window.collect_groups(paths)
    assert len(window.model.groups) == 1
    dialogs.collect_choice = "keep_both"
    assert window.collect_groups(paths)
    assert [g.scores["trust"] for g in window.model.groups] == [3, None, 5, None]
    assert len({g.id for g in window.model.groups}) == 4


def test_a_file_that_cannot_be_read_collects_nothing(window, dialogs, tmp_path) -> None:
    good, _ = laptop_files(tmp_path, window)
    broken = tmp_path / "broken.amk"
    broken.write_bytes(b"{ not json")
    assert not window.collect_groups([good, str(broken)])
    assert len(window.model.groups) == 1
    assert dialogs.kinds()[-1] == "error"


def drop(window, paths: list[str]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(path) for path in paths])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)


def test_files_dropped_on_a_meeting_in_progress_are_collected(window, dialogs, tmp_path) -> None:
    paths = list(laptop_files(tmp_path, window))  # (rating a factor: the meeting is under way)
    drop(window, paths)
    assert len(window.model.groups) == 3
    assert window.document.path is None  # nothing was opened


def test_the_preview_lists_every_group_and_offers_to_keep_both(qtbot, tmp_path) -> None:
    from amk_desktop.ui.services.collect_preview import CollectPreview

    ours = Group("Gruppe 1", modified="2026-01-01T00:00:00Z")
    newer = replace(ours, scores={**ours.scores, "trust": 5}, modified="2026-02-01T00:00:00Z")
    incoming = [("laptop3.amk", [newer, Group("Køkkenet <b>")])]
    dialog = CollectPreview(None, lambda c, _a, _r: plan_collection([ours], incoming, c))
    qtbot.addWidget(dialog)
    table = dialog.table
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert rows[0][0] == "Gruppe 1" and rows[0][2] == "laptop3.amk"
    assert rows[1][0] == "Køkkenet <b>"  # plain text
    assert dialog.keep_both.isVisible() or not dialog.isVisible()
    assert dialog.plan.replaced and not dialog.keep_both.isChecked()
    dialog.keep_both.setChecked(True)
    assert not dialog.plan.replaced and len(dialog.plan.added) == 2
    assert dialog.summary.text().startswith("Groups added: 2. Groups updated: 0.")
    assert not dialog.add_agreements.isVisibleTo(dialog)  # no agreements to offer


def test_the_other_files_agreements_are_offered_never_merged_silently(
    window, dialogs, tmp_path
) -> None:
    ours = Agreement(action="Fast punkt på personalemødet", factors=["systematics"])
    window.model.add_agreement()
    window.model.set_agreement_field(0, "action", ours.action)
    window.model.set_agreement_field(0, "factors", ours.factors)
    theirs = Agreement(action="Tavlemøde hver <morgen> & aften 😀", responsible="Lars")
    other = Session(groups=[Group("Natholdet")], agreements=[ours, theirs])
    path = str(tmp_path / "laptop2.amk")
    save_session(other, path)
    dialogs.collect_paths = [path]

    window.collect_groups(dialogs.collect_paths)  # not chosen: groups only
    assert [a.action for a in window.model.agreements] == [ours.action]
    window.model.undo_stack.undo()

    dialogs.collect_agreements = True
    steps = window.model.undo_stack.index()
    window.collect_groups(dialogs.collect_paths)
    # ours is already here (equal field by field): only theirs is added, after ours
    assert [a.action for a in window.model.agreements] == [ours.action, theirs.action]
    assert window.model.agreements[1].responsible == "Lars"
    assert [g.name for g in window.model.groups] == ["Gruppe 1", "Natholdet"]
    assert "Aftaler tilføjet: 1." in window.statusBar().currentMessage()
    window.model.undo_stack.undo()  # groups and agreements in one step
    assert window.model.undo_stack.index() == steps
    assert [a.action for a in window.model.agreements] == [ours.action]
    assert [g.name for g in window.model.groups] == ["Gruppe 1"]
    window.model.undo_stack.redo()
    # collecting the same file again offers nothing and adds nothing
    calls = len(dialogs.calls)
    assert not window.collect_groups(dialogs.collect_paths)
    assert len(dialogs.calls) == calls


def test_the_preview_offers_the_agreements_with_a_check_box(qtbot) -> None:
    from amk_desktop.ui.services.collect_preview import CollectPreview

    offered = offered_agreements([], [[Agreement(action="APV & <trivsel>")]])
    incoming = [("laptop3.amk", [Group("Køkkenet")])]

    def plan_for(conflict: Conflict, chosen: bool, _reviews: bool) -> CollectionPlan:
        return plan_collection([], incoming, conflict, offered).with_agreements(chosen)

    dialog = CollectPreview(None, plan_for)
    qtbot.addWidget(dialog)
    box = dialog.add_agreements
    assert box.isVisibleTo(dialog) and not box.isChecked()
    assert "(1 not here yet)" in box.text()
    assert "APV & <trivsel>" in box.toolTip()
    assert list(dialog.plan.agreements) == []
    box.setChecked(True)
    assert [a.action for a in dialog.plan.agreements] == ["APV & <trivsel>"]
    assert "Agreements added: 1." in dialog.summary.text()
