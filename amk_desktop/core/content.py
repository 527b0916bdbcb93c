"""The published text of NFA's dialogue tool (the leaflet), as translatable English sources.

Danish is NFA's wording from the leaflet (see translations/amk_da.ts); nothing here is invented
beyond what NFA published. The user interface and the printed sheets both read from here.

One kind of change only: where the leaflet points to its own pages ("side 4 og 5 i
Dialogværktøjet", "tabellen nedenfor"), which a user of the program does not have, the text
points to the program's steps and printed sheets instead (issue 10). The English is natural
English with the leaflet's meaning, not a word-for-word rendering.
"""

from amk_desktop.core.text import QT_TRANSLATE_NOOP, Text

MODEL_NAME = QT_TRANSLATE_NOOP("Leaflet", "The work-environment competence model")
TOOLKIT_NAME = QT_TRANSLATE_NOOP(
    "Leaflet",
    "The work-environment package – Paths to a better psychosocial working environment and "
    "well-being",
)
CREDIT = QT_TRANSLATE_NOOP(
    "Leaflet",
    "The work-environment competence model is a dialogue tool from NFA, the National Research "
    "Centre for the Working Environment (Det Nationale Forskningscenter for Arbejdsmiljø).",
)

# "Hvad er Arbejdsmiljøkompetencemodellen?"
WHAT_IS_HEADING = QT_TRANSLATE_NOOP("Leaflet", "What is the work-environment competence model?")
WHAT_IS: tuple[Text, ...] = (
    QT_TRANSLATE_NOOP(
        "Leaflet",
        "‘Work-environment competence’ describes a group’s ability to take action on problems "
        "it identifies in the working environment.",
    ),
    QT_TRANSLATE_NOOP(
        "Leaflet",
        "The work-environment competence model is a tool that can help you talk about the "
        "work-environment competence at your workplace.",
    ),
)

# "Hvornår er det oplagt at bruge modellen?"
WHEN_HEADING = QT_TRANSLATE_NOOP("Leaflet", "When is it a good idea to use the model?")
WHEN_INTRO = QT_TRANSLATE_NOOP(
    "Leaflet",
    "The model works well as a framework for talking about the work-environment competence at "
    "your workplace. It can be used for a dialogue:",
)
WHEN_GROUPS: tuple[Text, ...] = (
    QT_TRANSLATE_NOOP(
        "Leaflet",
        "in a smaller group (e.g. a work-environment group or a steering group with manager and "
        "employee representatives)",
    ),
    QT_TRANSLATE_NOOP("Leaflet", "in a larger group (e.g. all the employees in your department)"),
    QT_TRANSLATE_NOOP("Leaflet", "with all employees at your workplace."),
)
WHEN_OUTRO = QT_TRANSLATE_NOOP(
    "Leaflet",
    "The dialogue helps you find out whether there are aspects of your work-environment "
    "competence that you need to strengthen. In this way the model helps you identify and solve "
    "problems in the psychosocial working environment in the department or at the workplace.",
)

# "Sådan gør I"
HOW_HEADING = QT_TRANSLATE_NOOP("Leaflet", "How to do it")

BEFORE_HEADING = QT_TRANSLATE_NOOP("Leaflet", "Before the dialogue exercise")
BEFORE_STEPS: tuple[Text, ...] = (
    QT_TRANSLATE_NOOP(
        "Leaflet",
        "Find a place where you can talk undisturbed. Set aside plenty of time for the exercise "
        "(at least 60 minutes).",
    ),
    QT_TRANSLATE_NOOP("Leaflet", "Find a facilitator."),
    QT_TRANSLATE_NOOP(
        "Leaflet",
        "Have one or more printed copies of the pages ‘Dialogue exercise’ and ‘Dialogue "
        "questions’ ready (the ‘Print blank dialogue sheets…’ button on the left).",
    ),
    QT_TRANSLATE_NOOP(
        "Leaflet",
        "If you involve many employees in the dialogue exercise, it is a good idea to divide "
        "them into smaller groups of 4-6 people.",
    ),
    QT_TRANSLATE_NOOP(
        "Leaflet",
        "You can benefit from reading the mini-report ‘Paths to a better psychosocial working "
        "environment. Results and experiences from the project Research-based expert advice on "
        "work-environment efforts’.",
    ),
)

DURING_HEADING = QT_TRANSLATE_NOOP("Leaflet", "During the dialogue exercise")
DURING_STEPS: tuple[Text, ...] = (
    QT_TRANSLATE_NOOP(
        "Leaflet",
        "Start by telling the employees about the purpose of the exercise – to start a dialogue "
        "about the work-environment competence in your department/at your workplace (2 minutes).",
    ),
    QT_TRANSLATE_NOOP(
        "Leaflet",
        "Present ‘What is work-environment competence’ and ‘The six factors in the "
        "work-environment competence model’ (step 1 ‘Before’ in this program) to the employees, "
        "so that everyone knows what work-environment competence means. Talk briefly together "
        "about the model (8 minutes).",
    ),
    QT_TRANSLATE_NOOP(
        "Leaflet",
        "Get the employees started on the dialogue exercise, where they discuss how the six "
        "factors of the work-environment competence model look at your workplace. Use step 2 "
        "‘During’ in this program, or the blank dialogue sheets.",
    ),
)

AFTER_HEADING = QT_TRANSLATE_NOOP("Leaflet", "After the dialogue exercise")
AFTER_SUMMARY = QT_TRANSLATE_NOOP(
    "Leaflet",
    "If you have several groups, it is a good idea to make a joint summary where you discuss "
    "across the groups (10 minutes).",
)
AFTER_CLOSING = QT_TRANSLATE_NOOP("Leaflet", "Closing and agreements (10 minutes):")
CLOSING_QUESTIONS: tuple[Text, ...] = (
    QT_TRANSLATE_NOOP(
        "Leaflet",
        "Is there a need for you to make a special effort to strengthen the work-environment "
        "competence at your workplace?",
    ),
    QT_TRANSLATE_NOOP("Leaflet", "Are there particular factors you need to work with?"),
    QT_TRANSLATE_NOOP("Leaflet", "How will you handle the further process?"),
    QT_TRANSLATE_NOOP(
        "Leaflet",
        "Do you need to work further with the psychosocial working environment and well-being at "
        "your workplace? Here you can consider using ‘The work-environment interview’ and ‘The "
        "problem solver’.",
    ),
)

# "Dialogøvelse"
EXERCISE_HEADING = QT_TRANSLATE_NOOP("Leaflet", "Dialogue exercise")
EXERCISE_INSTRUCTIONS: tuple[Text, ...] = (
    QT_TRANSLATE_NOOP(
        "Leaflet",
        "Rate each of the six factors in your work-environment competence on a scale from 1-5, "
        "where 1 is low and 5 is high.",
    ),
    QT_TRANSLATE_NOOP(
        "Leaflet",
        "Place yourselves in the diagram by drawing the line from your scores in the table below.",
    ),
    QT_TRANSLATE_NOOP(
        "Leaflet",
        "It is a good idea to carry out the dialogue exercise in one or more smaller groups.",
    ),
)
# In the window the chart draws the line (the sentence above stays on the printed sheet, which
# has the table below its chart).
EXERCISE_CHART_NOTE = QT_TRANSLATE_NOOP(
    "Leaflet", "The chart draws your line from your scores as you rate the factors."
)
SIX_FACTORS_HEADING = QT_TRANSLATE_NOOP(
    "Leaflet", "The six factors in the work-environment competence model"
)
FACTORS_HEADING = QT_TRANSLATE_NOOP("Leaflet", "Factors")
SCORE_HEADING = QT_TRANSLATE_NOOP("Leaflet", "Score")

# "Dialogspørgsmål"
QUESTIONS_HEADING = QT_TRANSLATE_NOOP("Leaflet", "Dialogue questions")
DIALOGUE_QUESTIONS: tuple[Text, ...] = (
    QT_TRANSLATE_NOOP("Leaflet", "Why does our work-environment competence look the way it does?"),
    QT_TRANSLATE_NOOP(
        "Leaflet",
        "Which factors do we particularly need to do something about to strengthen our "
        "work-environment competence?",
    ),
    QT_TRANSLATE_NOOP("Leaflet", "What should we do more of?"),
    QT_TRANSLATE_NOOP("Leaflet", "What should we do less of?"),
    QT_TRANSLATE_NOOP(
        "Leaflet",
        "How can we together make an effort to strengthen our joint work-environment effort and "
        "work-environment competence?",
    ),
)
