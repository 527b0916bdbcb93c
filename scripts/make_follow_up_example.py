"""Write resources/examples/eksempel-opfoelgning.amk: the follow-up a year later of the example
session (resources/examples/eksempel-afdeling.amk), made as File → New follow-up meeting makes
it, with the earlier agreements reviewed, the groups rated again and new agreements. It shows
the comparison, the review on Før, the agreements over the year and the annual record.

    .venv/bin/python scripts/make_follow_up_example.py

Run it again after the earlier example changes; the file is committed."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from amk_desktop.core.baseline import follow_up_session
from amk_desktop.core.factors import FACTOR_KEYS
from amk_desktop.core.session import Agreement
from amk_desktop.formats.amk import load_session, save_session

EXAMPLES = Path(__file__).resolve().parent.parent / "resources" / "examples"
EARLIER = EXAMPLES / "eksempel-afdeling.amk"
FOLLOW_UP = EXAMPLES / "eksempel-opfoelgning.amk"

# (status, how it went) for each agreement of the earlier meeting, in order
REVIEWS = (
    ("done", "Punktet har været på hvert personalemøde siden januar; to emner er løst."),
    ("in_progress", "Kørelisterne låses nu, men aftenvagten får stadig ændringer samme dag."),
    ("done", "Overlappet holdes tirsdag og torsdag; aftenvagten siger, de er bedre orienteret."),
    ("done", "Planen følges; ingen enearbejde hos borgerne på listen i årets registreringer."),
    ("dropped", "Sygeplejen nåede det ikke i foråret; tages op igen, når der er ro på."),
)
# each group's new scores, in the order of FACTOR_KEYS
SCORES = (
    (4, 3, 4, 3, 4, 3),
    (4, 3, 3, 2, 3, 3),
    (4, 4, 4, 3, 3, 3),
)
# each group's notes to the five dialogue questions, as a group writes them
NOTES = (
    (
        "Vi siger mere til hinanden nu, også når noget ikke virker.",
        "Systematikken er blevet bedre med det faste punkt; tiden er stadig presset.",
        "Det faste punkt på personalemødet og overlappet med aftenvagten.",
        "At ændringer i kørelisten stadig kommer sent.",
        "Fortsætte det faste punkt og få aftenvagtens koordinator med i planlægningen.",
    ),
    (
        "Vi føler os mere med, siden overlappet kom.",
        "Tid og ressourcer: ændringer samme dag rammer stadig aftenvagten.",
        "Overlappet tirsdag og torsdag.",
        "Når nye kolleger ikke kender planen for de udadreagerende borgere.",
        "En makker til nye kolleger de første uger.",
    ),
    (
        "Vi deler mere på tværs af faggrupperne.",
        "Teknikker og viden: vi nåede ikke at prøve Arbejdsmiljøinterviewet.",
        "Fælles refleksion efter svære besøg.",
        "At gode ideer går i stå, når der er travlt.",
        "Tage Arbejdsmiljøinterviewet op igen, når der er ro på.",
    ),
)
CLOSING_ANSWERS = (
    "Ja, stadig på tid og ressourcer; systematikken er blevet bedre.",
    "Tid og ressourcer, og at nye kolleger kommer godt i gang.",
    "Arbejdsmiljøgruppen opdaterer handleplanen og følger op på personalemødet hver måned.",
    "Ja, vi tager resultatet med i den årlige arbejdsmiljødrøftelse.",
)
NEW_AGREEMENTS = (
    Agreement(
        action="Ændringer i kørelisten samme dag aftales også med aftenvagtens koordinator",
        factors=["resources", "systematics"],
        goal="Aftenvagten får højst én ændring om ugen efter kl. 14",
        responsible="Planlægger Susanne Dahl og aftenvagtens koordinator",
        deadline="2028-01-31",
        evaluation="Planlæggeren tæller ændringerne i fire uger i marts",
        follow_up="2028-04-01",
    ),
    Agreement(
        action="Nye kolleger får en makker i de første fire uger",
        factors=["knowledge", "trust"],
        goal="Nye kolleger ved, hvem de kan spørge, og kender planen for udadreagerende borgere",
        responsible="Lars Holm (teamleder)",
        deadline="2028-02-15",
        evaluation="Samtale med hver ny kollega efter fire uger",
        follow_up="2028-06-01",
    ),
)


def main() -> None:
    earlier = load_session(EARLIER)
    session = follow_up_session(earlier, EARLIER.name)
    session.details.date = "2027-11-17"
    assert session.baseline is not None
    session.baseline.agreements = [
        replace(agreement, status=status, outcome=outcome)
        for agreement, (status, outcome) in zip(session.baseline.agreements, REVIEWS, strict=True)
    ]
    for group, scores, notes in zip(session.groups, SCORES, NOTES, strict=True):
        for key, score in zip(FACTOR_KEYS, scores, strict=True):
            group.set_score(key, score)
        for question, note in enumerate(notes):
            group.set_note(question, note)
    session.closing_answers = list(CLOSING_ANSWERS)
    session.agreements = list(NEW_AGREEMENTS)
    session.created = ""  # first saved now
    save_session(session, FOLLOW_UP, backup=False)
    print(FOLLOW_UP)


if __name__ == "__main__":
    main()
