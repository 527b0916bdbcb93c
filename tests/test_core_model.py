"""The Qt-free core: factors, session, radar geometry."""

from __future__ import annotations

import math
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from amk_desktop.core import content, radar
from amk_desktop.core.factors import FACTOR_KEYS, FACTORS, FACTORS_BY_KEY
from amk_desktop.core.session import Group, ScoreError, Session

ROUND = 9


def test_factor_keys_are_stable_and_in_the_sheets_order() -> None:
    assert FACTOR_KEYS == (
        "trust",
        "innovation",
        "motivation",
        "resources",
        "systematics",
        "knowledge",
    )
    assert FACTORS_BY_KEY["resources"].label.source == "Time and resources"
    assert all(f.help.source and f.label.context == "Factor" for f in FACTORS)


def test_leaflet_content_counts() -> None:
    assert len(content.DIALOGUE_QUESTIONS) == 5
    assert len(content.CLOSING_QUESTIONS) == 4
    assert len(content.BEFORE_STEPS) == 5
    assert len(content.DURING_STEPS) == 3


def test_a_new_group_has_nothing_rated_and_not_rated_is_not_one() -> None:
    group = Group("Gruppe 1")
    assert group.ordered_scores() == [None] * 6
    assert group.rated_count == 0
    assert group.set_score("trust", 1) is True
    assert group.scores["trust"] == 1
    assert group.scores["innovation"] is None
    assert group.scores["trust"] != group.scores["innovation"]
    assert group.set_score("trust", 1) is False  # no change, no event
    assert group.set_score("trust", None) is True
    assert group.scores["trust"] is None


@pytest.mark.parametrize(
    ("key", "value"), [("trust", 0), ("trust", 6), ("trust", True), ("trust", 2.5), ("nonsense", 3)]
)
def test_invalid_scores_are_refused(key: str, value: object) -> None:
    group = Group("g")
    with pytest.raises(ScoreError):
        group.set_score(key, value)  # type: ignore[arg-type]
    assert group.ordered_scores() == [None] * 6


def test_new_session_has_one_group_and_empty_notes() -> None:
    session = Session.new("Gruppe 1")
    assert [g.name for g in session.groups] == ["Gruppe 1"]
    assert session.groups[0].notes == [""] * 5
    assert session.closing_answers == [""] * 4


def test_first_axis_points_up_and_the_rest_follow_clockwise() -> None:
    x0, y0 = radar.point_at(0, 1.0)
    assert (round(x0, ROUND), round(y0, ROUND)) == (0, 1)
    x1, y1 = radar.point_at(1, 1.0)
    assert x1 > 0 and y1 > 0  # innovation: upper right
    x3, y3 = radar.point_at(3, 1.0)
    assert (round(x3, ROUND), round(y3, ROUND)) == (0, -1)  # resources: straight down
    x5, _ = radar.point_at(5, 1.0)
    assert x5 < 0  # knowledge: upper left


def test_fixed_scale_score_five_is_the_outer_ring() -> None:
    assert math.dist(radar.score_point(2, 5), (0, 0)) == pytest.approx(1.0)
    assert math.dist(radar.score_point(2, 1), (0, 0)) == pytest.approx(0.2)
    assert radar.ring(3)[0] == radar.ring(3)[-1]
    assert len(radar.ring(3)) == 7


def test_outline_of_a_complete_group_is_a_closed_polygon() -> None:
    outline = radar.outline([1, 2, 3, 4, 5, 3])
    assert outline.closed
    assert len(outline.polygon) == 7
    assert outline.polygon[0] == outline.polygon[-1]
    assert outline.polygon[3] == radar.score_point(3, 4)


def test_outline_never_invents_a_missing_score() -> None:
    outline = radar.outline([4, None, 3, 3, None, None])
    assert not outline.closed
    assert outline.polygon == ()
    assert outline.markers == (
        radar.score_point(0, 4),
        radar.score_point(2, 3),
        radar.score_point(3, 3),
    )
    # only the neighbours that are both rated are joined
    assert outline.segments == ((radar.score_point(2, 3), radar.score_point(3, 3)),)


@pytest.mark.parametrize("index", range(6))
def test_labels_point_away_from_the_centre(index: int) -> None:
    ax, ay = radar.label_anchor(index)
    x, y = radar.point_at(index, 1.0)
    if abs(x) > 1e-6:
        assert ax == (0.0 if x > 0 else 1.0)
    else:
        assert ax == 0.5
    assert ay == pytest.approx(0.5 + 0.5 * y)


@given(
    width=st.floats(200, 3000),
    height=st.floats(200, 3000),
    sizes=st.lists(st.tuples(st.floats(5, 150), st.floats(5, 60)), min_size=6, max_size=6),
    gap=st.floats(0, 20),
)
def test_fit_radius_keeps_every_label_inside(width, height, sizes, gap) -> None:
    r = radar.fit_radius(width, height, sizes, gap)
    assert 0 <= r <= min(width, height) / 2
    if r == 0:
        return
    for index, (w, h) in enumerate(sizes):
        px, py = radar.point_at(index, r + gap)
        ax, ay = radar.label_anchor(index)
        left, right = px - ax * w, px + (1 - ax) * w
        top, bottom = py + ay * h, py - (1 - ay) * h
        tol = 1e-6
        if abs(px) > 1e-6:  # side labels must fit; the top/bottom ones are centred
            assert -width / 2 - tol <= left and right <= width / 2 + tol
        assert -height / 2 - tol <= bottom and top <= height / 2 + tol


def test_the_core_imports_no_qt() -> None:
    code = (
        "import sys, importlib, pkgutil\n"
        "sys.modules['PySide6'] = None; sys.modules['pyqtgraph'] = None\n"
        "import amk_desktop.core as core\n"
        "for m in pkgutil.iter_modules(core.__path__):\n"
        "    importlib.import_module('amk_desktop.core.' + m.name)\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


@pytest.mark.parametrize(
    ("title", "stem"),
    [
        ("Personalemøde 12/3", "Personalemøde 12-3"),
        ('  "Møde": <Nord> | a\\b?  ', "Møde- -Nord- - a-b"),
        ("...", "fallback"),
        ("CON", "fallback"),
        ("x" * 200, "x" * 80),
    ],
)
def test_file_stems_from_titles_are_safe(title: str, stem: str) -> None:
    from amk_desktop.core.filenames import file_stem

    assert file_stem(title, "fallback") == stem


def test_a_session_too_large_to_load_is_never_saved(tmp_path) -> None:
    from amk_desktop.formats import amk

    session = Session.new("Gruppe 1")
    for index in range(5):
        session.groups[0].notes[index] = "é" * 900_000  # 5 x 1.8 MB of UTF-8
    for _ in range(3):
        session.groups.append(Group("x", notes=["é" * 900_000] * 5))
    target = tmp_path / "stor.amk"
    with pytest.raises(amk.SessionFileError) as raised:
        amk.save_session(session, target)
    assert raised.value.code == "too_large"
    assert not target.exists()
