"""The six factors of Arbejdsmiljøkompetencemodellen, in the order of NFA's paper sheet.

The keys are stable: they are written to session files and used as object names; the labels and
help texts are English sources translated through Qt Linguist (Danish from NFA's own wording).
"""

from dataclasses import dataclass

from amk_desktop.core.text import QT_TRANSLATE_NOOP, Text


@dataclass(frozen=True)
class Factor:
    key: str
    label: Text
    help: Text


FACTORS: tuple[Factor, ...] = (
    Factor(
        "trust",
        QT_TRANSLATE_NOOP("Factor", "Openness, trust and psychological safety"),
        QT_TRANSLATE_NOOP(
            "Factor",
            "Openness, trust and psychological safety are decisive for the dialogue about the "
            "working environment. Psychological safety describes a workplace culture where "
            "employees feel safe to put forward ideas, questions and concerns or to point out "
            "mistakes without fear of negative sanctions.",
        ),
    ),
    Factor(
        "innovation",
        QT_TRANSLATE_NOOP("Factor", "Innovation"),
        QT_TRANSLATE_NOOP(
            "Factor",
            "Innovation, for example developing concrete solutions to problems in the working "
            "environment.",
        ),
    ),
    Factor(
        "motivation",
        QT_TRANSLATE_NOOP("Factor", "Motivation"),
        QT_TRANSLATE_NOOP(
            "Factor",
            "Motivation among managers and employees is a decisive precondition for a "
            "successful effort.",
        ),
    ),
    Factor(
        "resources",
        QT_TRANSLATE_NOOP("Factor", "Time and resources"),
        QT_TRANSLATE_NOOP(
            "Factor",
            "It is important that time and resources are set aside for the work-environment "
            "effort. It sends an important signal.",
        ),
    ),
    Factor(
        "systematics",
        QT_TRANSLATE_NOOP("Factor", "Systematic approach"),
        QT_TRANSLATE_NOOP(
            "Factor",
            "A systematic approach and fixed agreements make it easier to move the working "
            "environment forward.",
        ),
    ),
    Factor(
        "knowledge",
        QT_TRANSLATE_NOOP("Factor", "Techniques and knowledge"),
        QT_TRANSLATE_NOOP(
            "Factor",
            "Techniques and knowledge about the working environment and work-environment "
            "efforts can help the process along.",
        ),
    ),
)

FACTOR_KEYS: tuple[str, ...] = tuple(factor.key for factor in FACTORS)
FACTORS_BY_KEY: dict[str, Factor] = {factor.key: factor for factor in FACTORS}

SCORE_MIN = 1
SCORE_MAX = 5
