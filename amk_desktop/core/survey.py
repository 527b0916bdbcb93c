"""NFA's 8-item survey of work-environment competence, scored per department (issue 13). No Qt.

The talk reports the survey on a 0-100 scale per department and does not give the response
options; AMK Desktop follows the usual Danish convention for such scales (COPSOQ style), and says
so wherever a score is shown:

- each item is answered 1-5 (5 = agree most), mapped to 0, 25, 50, 75, 100 (`ANSWER_POINTS`,
  the one place the mapping is kept);
- a person's score is the mean of the items they answered, when they answered at least
  `MIN_ANSWERED` of the 8; otherwise the person has no score and is not counted;
- a department's score is the mean of its persons' scores; `respondents` counts those persons.
  A department is known by its name with case and spaces aside ("Lager" and "lager " are one,
  shown as first written), in one survey as between two (`department_key`).

Small groups are protected: a department with fewer than `min_respondents` respondents
(default 5, never below 3) is not shown (its score is left out), and where the departments left
out together number fewer than that, the next smallest department is left out too, so that no
left-out score can be worked out from the others and a total.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from amk_desktop.core import figures
from amk_desktop.core.text import QT_TRANSLATE_NOOP, Text

# NFA's eight items (Danish wording in translations/amk_da.ts, context "Survey")
ITEMS: tuple[Text, ...] = (
    QT_TRANSLATE_NOOP(
        "Survey",
        "The work-environment efforts started at my workplace noticeably improve the working "
        "environment",
    ),
    QT_TRANSLATE_NOOP(
        "Survey",
        "At my workplace, managers and employees are good at working together to improve the "
        "working environment",
    ),
    QT_TRANSLATE_NOOP(
        "Survey",
        "At my workplace we make a sufficient effort to solve our work-environment problems",
    ),
    QT_TRANSLATE_NOOP(
        "Survey",
        "At my workplace we follow up on whether work-environment measures have the intended "
        "effect",
    ),
    QT_TRANSLATE_NOOP(
        "Survey",
        "At my workplace we continuously deal with new work-environment problems that may arise",
    ),
    QT_TRANSLATE_NOOP(
        "Survey",
        "At my workplace the employees can talk freely and openly about problems in the working "
        "environment",
    ),
    QT_TRANSLATE_NOOP(
        "Survey",
        "The employees at my workplace are very motivated to improve the working environment",
    ),
    QT_TRANSLATE_NOOP(
        "Survey",
        "The management at my workplace is very motivated to improve the working environment",
    ),
)
ITEM_COUNT = len(ITEMS)
ANSWER_POINTS: dict[int, float] = {1: 0.0, 2: 25.0, 3: 50.0, 4: 75.0, 5: 100.0}
MIN_ANSWERED = 4  # items a person must have answered to have a score (half of the 8)
DEFAULT_MIN_RESPONDENTS = 5
MIN_RESPONDENTS_FLOOR = 3  # the threshold can be lowered, never below this

Answer = int | None  # 1-5, or None when the item was not answered


@dataclass(frozen=True)
class Response:
    """One person's answers, in the items' order."""

    department: str
    answers: tuple[Answer, ...]


def person_score(answers: Sequence[Answer]) -> float | None:
    """The mean of the answered items on 0-100; None with fewer than `MIN_ANSWERED`."""
    points = [ANSWER_POINTS[answer] for answer in answers if answer is not None]
    if len(points) < MIN_ANSWERED:
        return None
    return sum(points) / len(points)


@dataclass(frozen=True)
class DepartmentResult:
    name: str
    respondents: int  # persons with a score
    score: float | None  # None when the department is left out (or nobody has a score)
    left_out: bool = False  # fewer than the threshold (`secondary`: to protect another)
    secondary: bool = False


@dataclass(frozen=True)
class SurveyResult:
    departments: tuple[DepartmentResult, ...]  # sorted by name
    min_respondents: int
    unscored: int  # persons who answered fewer than MIN_ANSWERED items

    @property
    def shown(self) -> tuple[DepartmentResult, ...]:
        return tuple(d for d in self.departments if not d.left_out and d.score is not None)


def department_key(name: str) -> str:
    """How a department is recognised within a survey and between two: case and spaces aside."""
    return " ".join(name.split()).casefold()


def _sort_key(name: str) -> tuple[str, str]:
    return (name.casefold(), name)


def score_departments(
    responses: Iterable[Response], min_respondents: int = DEFAULT_MIN_RESPONDENTS
) -> SurveyResult:
    """Every department's score, the small ones left out (see the module's text)."""
    threshold = max(MIN_RESPONDENTS_FLOOR, int(min_respondents))
    scores: dict[str, list[float]] = {}  # by the department's first spelling in the answers
    spelling: dict[str, str] = {}  # department_key -> that spelling ("Lager" and "lager" are one)
    unscored = 0
    for response in responses:
        name = spelling.setdefault(department_key(response.department), response.department)
        score = person_score(response.answers)
        if score is None:
            unscored += 1
            scores.setdefault(name, [])
            continue
        scores.setdefault(name, []).append(score)
    small = {name for name, values in scores.items() if len(values) < threshold}
    secondary: set[str] = set()
    # Left out together, the small departments must number at least the threshold (or be
    # none): else the smallest department still shown is left out as well, and so on.
    while True:
        hidden = sum(len(scores[name]) for name in small | secondary)
        if hidden == 0 or hidden >= threshold:
            break
        candidates = [name for name in scores if name not in small | secondary and scores[name]]
        if not candidates:
            break
        secondary.add(min(candidates, key=lambda name: (len(scores[name]), _sort_key(name))))
    departments = []
    for name in sorted(scores, key=_sort_key):
        values = scores[name]
        left_out = name in small or name in secondary
        mean = sum(values) / len(values) if values and not left_out else None
        departments.append(DepartmentResult(name, len(values), mean, left_out, name in secondary))
    return SurveyResult(tuple(departments), threshold, unscored)


@dataclass(frozen=True)
class DepartmentComparison:
    """One department in two surveys (a year apart): its result in each, None where it did not
    answer. `change` is only there when both scores are shown."""

    name: str
    current: DepartmentResult | None
    earlier: DepartmentResult | None

    @property
    def change(self) -> float | None:
        now = self.current.score if self.current else None
        before = self.earlier.score if self.earlier else None
        return figures.change(before, now)


def compare_surveys(
    current: SurveyResult, earlier: SurveyResult
) -> tuple[DepartmentComparison, ...]:
    """Every department of either survey, matched by name (case and spaces aside), in the
    current survey's order by score (highest first), then those shown only earlier, then the
    rest by name."""
    before = {department_key(d.name): d for d in earlier.departments}
    rows: list[DepartmentComparison] = []
    seen: set[str] = set()
    for department in current.departments:
        key = department_key(department.name)
        seen.add(key)
        rows.append(DepartmentComparison(department.name, department, before.get(key)))
    rows += [
        DepartmentComparison(d.name, None, d)
        for d in earlier.departments
        if department_key(d.name) not in seen
    ]
    return tuple(sorted(rows, key=_comparison_order))


def _comparison_order(row: DepartmentComparison) -> tuple[int, float, tuple[str, str]]:
    now = row.current.score if row.current else None
    before = row.earlier.score if row.earlier else None
    if now is not None:
        return (0, -now, _sort_key(row.name))
    if before is not None:
        return (1, -before, _sort_key(row.name))
    return (2, 0.0, _sort_key(row.name))


def by_score(result: SurveyResult) -> tuple[DepartmentResult, ...]:
    """The departments as the chart shows them: the shown ones highest first, then those left
    out, by name."""
    return tuple(
        sorted(
            result.departments,
            key=lambda d: (d.score is None, -(d.score or 0.0), _sort_key(d.name)),
        )
    )
