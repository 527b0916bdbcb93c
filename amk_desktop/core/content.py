"""The published text of NFA's dialogue tool (the leaflet), as translatable English sources.

Danish is NFA's wording from the leaflet (see translations/amk_da.ts); nothing here is invented
beyond what NFA published. The user interface and the printed sheets both read from here.
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
        "‘Work-environment competence’ describes a group’s competence to act actively on "
        "problems it identifies in the working environment.",
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
    "The model is good as a frame for a dialogue about how the work-environment competence is "
    "at your workplace. It can be for a dialogue:",
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
    "competence that you need to strengthen. In this way the model improves your possibilities "
    "of identifying and solving problems in the psychosocial working environment in the "
    "department or at the workplace.",
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
        "Bring one or more prints of the pages ‘Dialogue exercise’ and ‘Dialogue questions’ "
        "(pages 4 and 5 of the dialogue tool).",
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
        "Present page 2 ‘What is work-environment competence’ and page 3 ‘The six factors in the "
        "work-environment competence model’ of the dialogue tool to the employees, so that they "
        "are tuned in to what work-environment competence means. Talk briefly together about the "
        "model (8 minutes).",
    ),
    QT_TRANSLATE_NOOP(
        "Leaflet",
        "Get the employees started on the dialogue exercise, where they discuss how the six "
        "factors of the work-environment competence model look at your workplace. Use pages 4 "
        "and 5 of the dialogue tool.",
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
