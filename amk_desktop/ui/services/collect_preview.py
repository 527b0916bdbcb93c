"""The preview shown before groups are collected from other files: what happens to each group
(added, already here, updated with a newer version, kept apart under a new name), and for a
group changed in both places the choice to keep both versions; the other files' agreements
and their review of the earlier meeting's agreements, each offered with a check box. Nothing
changes until the facilitator presses Collect. Shown by `Dialogs.preview_collection`; tests
build it directly."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from amk_desktop.core.collect import CollectedGroup, CollectionPlan, Conflict, Outcome
from amk_desktop.core.text import fill
from amk_desktop.core.vocabulary import STATUS_LABELS
from amk_desktop.i18n import tr_text
from amk_desktop.ui.widgets.text_fields import elide

NAME_LENGTH = 80  # characters of a group's or a file's name in the list
LISTED = 15  # agreements named in a check box's tooltip
PlanFor = Callable[[Conflict, bool, bool], CollectionPlan]


class CollectPreview(QDialog):
    def __init__(self, parent: QWidget | None, plan_for: PlanFor) -> None:
        super().__init__(parent)
        self.setObjectName("collect_preview")
        self._plan_for = plan_for
        self.plan = plan_for(Conflict.KEEP_NEWER, False, False)
        self.setWindowTitle(self.tr("Collect groups"))
        self.summary = QLabel(self)
        self.summary.setObjectName("collect_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("collect_preview_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Group"), self.tr("What happens"), self.tr("From file")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # rows as high as their text at the width the columns end up with
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("What collecting does with each group"))
        self.keep_both = QCheckBox(
            self.tr("Keep both versions of a group that was changed in both places"), self
        )
        self.keep_both.setObjectName("collect_keep_both")
        self.keep_both.toggled.connect(self._replan)
        # the other files' agreements are offered, never merged silently
        offered = self.plan.offered_agreements
        self.add_agreements = QCheckBox(
            fill(self.tr("Also add the other files' agreements (%1 not here yet)"), len(offered)),
            self,
        )
        self.add_agreements.setObjectName("collect_add_agreements")
        self.add_agreements.setToolTip(_listed([_short(a.action) for a in offered]))
        self.add_agreements.toggled.connect(self._replan)
        # so is their review of the earlier meeting's agreements (a follow-up of the same one)
        reviews = self.plan.offered_reviews
        self.take_reviews = QCheckBox(
            fill(
                self.tr(
                    "Also take the other files' review of the earlier meeting's agreements "
                    "(%1 reviewed otherwise than here)"
                ),
                len(reviews),
            ),
            self,
        )
        self.take_reviews.setObjectName("collect_take_reviews")
        self.take_reviews.setToolTip(
            _listed(
                [
                    f"{_short(r.action)}: "
                    + " – ".join(
                        part
                        for part in (
                            tr_text(STATUS_LABELS.get(r.status, STATUS_LABELS["open"])),
                            _short(r.outcome),
                        )
                        if part
                    )
                    for r in reviews
                ]
            )
        )
        self.take_reviews.toggled.connect(self._replan)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Collect"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.keep_both)
        layout.addWidget(self.add_agreements)
        layout.addWidget(self.take_reviews)
        layout.addWidget(self.buttons)
        self.keep_both.setVisible(self.plan.count(Outcome.UPDATED) > 0)
        self.add_agreements.setVisible(bool(offered))
        self.take_reviews.setVisible(bool(reviews))
        self.resize(760, 420)
        self._show()

    def _replan(self) -> None:
        conflict = Conflict.KEEP_BOTH if self.keep_both.isChecked() else Conflict.KEEP_NEWER
        self.plan = self._plan_for(
            conflict, self.add_agreements.isChecked(), self.take_reviews.isChecked()
        )
        self._show()

    def _what(self, item: CollectedGroup) -> str:
        name = elide(item.name, NAME_LENGTH)
        if item.outcome is Outcome.ADDED:
            return self.tr("Added")
        if item.outcome is Outcome.RENAMED:
            return fill(self.tr("Added as “%1” (a group here has the same name)"), name)
        if item.outcome is Outcome.UNCHANGED:
            return self.tr("Already here: nothing to do")
        if self.keep_both.isChecked():
            return fill(self.tr("Changed in both places: the other version is added as “%1”"), name)
        return self.tr("Changed in both places: the newer version (from this file) is kept")

    def _show(self) -> None:
        plan = self.plan
        self.table.setRowCount(len(plan.items))
        for row, item in enumerate(plan.items):
            incoming = elide(" ".join(elide(item.incoming.name, 200).split()), NAME_LENGTH)
            cells = (incoming, self._what(item), elide(item.source, NAME_LENGTH))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        # "label: number" reads right for any number in both languages (no plural forms)
        self.summary.setText(
            fill(
                self.tr(
                    "Groups added: %1. Groups updated: %2. Already here: %3. Agreements "
                    "added: %4. Reviews of earlier agreements taken: %5. Meeting details and "
                    "closing answers of the other files are not collected. Collecting can be "
                    "undone with Edit → Undo."
                ),
                len(plan.added),
                len(plan.replaced),
                plan.count(Outcome.UNCHANGED),
                len(plan.agreements),
                len(plan.reviews),
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(plan.changes_anything)


def _short(text: str) -> str:
    """A text on one line, shortened for a list."""
    return elide(" ".join(text.split()), NAME_LENGTH)


def _listed(lines: list[str]) -> str:
    """The first `LISTED` lines as a bulleted list, "…" if there are more."""
    return "\n".join(f"• {line or '–'}" for line in lines[:LISTED]) + (
        "\n…" if len(lines) > LISTED else ""
    )
