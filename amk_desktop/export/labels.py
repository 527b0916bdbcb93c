"""The fixed texts of the printed sheets, in the Linguist context "Sheet" (Danish in
translations/amk_da.ts). They are kept in this one module, as literal `QT_TRANSLATE_NOOP` calls
that pyside6-lupdate can find; `SHEET_TEXTS` lists them all."""

from __future__ import annotations

from amk_desktop.core.text import QT_TRANSLATE_NOOP, Text
from amk_desktop.core.vocabulary import AGREEMENT_FIELD_LABELS, OUTCOME_LABEL, STATUS_LABELS

SHEET_KIND = QT_TRANSLATE_NOOP("Sheet", "Agreements sheet")
DEFAULT_TITLE = QT_TRANSLATE_NOOP("Sheet", "Dialogue about work-environment competence")
WORKPLACE = QT_TRANSLATE_NOOP("Sheet", "Workplace")
DEPARTMENT = QT_TRANSLATE_NOOP("Sheet", "Department")
DATE = QT_TRANSLATE_NOOP("Sheet", "Date")
FACILITATOR = QT_TRANSLATE_NOOP("Sheet", "Facilitator")
PARTICIPANTS = QT_TRANSLATE_NOOP("Sheet", "Participants")
GROUP_N = QT_TRANSLATE_NOOP("Sheet", "Group %1")
SCORES_HEADING = QT_TRANSLATE_NOOP("Sheet", "The groups’ scores")
CHART_CAPTION = QT_TRANSLATE_NOOP(
    "Sheet", "Each factor is rated from 1 (low, inner ring) to 5 (high, outer ring)."
)
RATED_COUNT = QT_TRANSLATE_NOOP("Sheet", "%1 of %2 rated")
NOT_RATED_KEY = QT_TRANSLATE_NOOP("Sheet", "– = not rated")
JOINT_SUMMARY_HEADING = QT_TRANSLATE_NOOP("Sheet", "Joint summary")
JOINT_SUMMARY_CAPTION = QT_TRANSLATE_NOOP(
    "Sheet",
    "The line is the groups’ mean; the band on each axis reaches from the lowest to the highest "
    "score. Unrated factors are left out, not counted as 0.",
)
NO_GROUPS = QT_TRANSLATE_NOOP("Sheet", "No group has been added.")
AGREEMENTS_HEADING = QT_TRANSLATE_NOOP("Sheet", "Agreements")
NO_AGREEMENTS = QT_TRANSLATE_NOOP("Sheet", "No agreements have been recorded.")
COL_NUMBER = QT_TRANSLATE_NOOP("Sheet", "No.")
# the agreement's fields: the window's words (amk_desktop.core.vocabulary)
COL_ACTION = AGREEMENT_FIELD_LABELS["action"]
COL_GOAL = AGREEMENT_FIELD_LABELS["goal"]
COL_EVALUATION = AGREEMENT_FIELD_LABELS["evaluation"]
COL_RESPONSIBLE = AGREEMENT_FIELD_LABELS["responsible"]
COL_DEADLINE = AGREEMENT_FIELD_LABELS["deadline"]
COL_FOLLOW_UP = AGREEMENT_FIELD_LABELS["follow_up"]
FACTORS_LEAD = QT_TRANSLATE_NOOP("Sheet", "Factors:")
STATUS_LEAD = QT_TRANSLATE_NOOP("Sheet", "Status:")
# printed under an agreement that is no longer open (follow-up over the year): the window's words
STATUS_TEXTS = {key: label for key, label in STATUS_LABELS.items() if key != "open"}
# a follow-up meeting (issue 12): this meeting beside the earlier one, and its agreements
COMPARISON_HEADING = QT_TRANSLATE_NOOP("Sheet", "Compared with the earlier meeting")
COMPARISON_FROM = QT_TRANSLATE_NOOP(
    "Sheet",
    "The earlier meeting: %1 (%2). Each factor's mean over the groups that rated it, then and "
    "now; the change is the mean now minus the mean then.",
)
COL_FACTOR = QT_TRANSLATE_NOOP("Sheet", "Factor")
COL_EARLIER_MEAN = QT_TRANSLATE_NOOP("Sheet", "Earlier mean")
COL_MEAN_NOW = QT_TRANSLATE_NOOP("Sheet", "Mean now")
COL_CHANGE = QT_TRANSLATE_NOOP("Sheet", "Change")
EARLIER_AGREEMENTS_HEADING = QT_TRANSLATE_NOOP("Sheet", "The earlier meeting’s agreements")
COL_STATUS = AGREEMENT_FIELD_LABELS["status"]
COL_OUTCOME = OUTCOME_LABEL
# the annual work-environment discussion record (issue 12; the points are Arbejdstilsynet's,
# as shared/domain.md gives them)
RECORD_TITLE = QT_TRANSLATE_NOOP("Sheet", "The annual work-environment discussion")
RECORD_SUBTITLE = QT_TRANSLATE_NOOP(
    "Sheet",
    "Written record of the year's work on work-environment competence: %1. Made %2 with AMK "
    "Desktop from %3.",
)
RECORD_MEETINGS = QT_TRANSLATE_NOOP("Sheet", "The year's meetings")
RECORD_SCORES = QT_TRANSLATE_NOOP("Sheet", "The scores through the year")
RECORD_SCORES_NOTE = QT_TRANSLATE_NOOP(
    "Sheet",
    "Each factor's mean over the groups that rated it, at each meeting; the change is the last "
    "meeting's mean minus the first's.",
)
RECORD_AGREED = QT_TRANSLATE_NOOP("Sheet", "What was agreed, and how it went")
RECORD_ONE_MEETING = QT_TRANSLATE_NOOP(
    "Sheet",
    "The record has one meeting: its agreements are the goals for the coming year, below.",
)
RECORD_CHAIN_FULL = QT_TRANSLATE_NOOP(
    "Sheet",
    "A session file keeps at most %1 earlier meetings: meetings before these may be missing. "
    "Give their files too to include them.",
)
RECORD_GOALS = QT_TRANSLATE_NOOP("Sheet", "Goals for the coming year")
RECORD_GOALS_NOTE = QT_TRANSLATE_NOOP("Sheet", "The agreements of the latest meeting, %1.")
RECORD_POINTS = QT_TRANSLATE_NOOP("Sheet", "What the annual discussion covers")
RECORD_POINTS_NOTE = QT_TRANSLATE_NOOP(
    "Sheet",
    "The Danish rules require the employer to hold the discussion with the employees or the "
    "work-environment organisation every year, and to be able to show in writing that it took "
    "place. Write what you agreed under each point.",
)
RECORD_POINT_PLAN = QT_TRANSLATE_NOOP(
    "Sheet", "The content of next year's cooperation on safety and health"
)
RECORD_POINT_ORGANISE = QT_TRANSLATE_NOOP("Sheet", "How the cooperation is organised")
RECORD_POINT_GOALS_MET = QT_TRANSLATE_NOOP("Sheet", "Whether last year's goals were met")
RECORD_POINT_NEW_GOALS = QT_TRANSLATE_NOOP("Sheet", "Goals for the coming year")
RECORD_POINT_COMPETENCE = QT_TRANSLATE_NOOP(
    "Sheet",
    "Under 10 employees without a work-environment organisation: whether the necessary "
    "knowledge of the working environment is present. Larger workplaces: the competence plan "
    "of the work-environment organisation's members",
)
RECORD_HELD_ON = QT_TRANSLATE_NOOP("Sheet", "The discussion was held on")
RECORD_TOOK_PART = QT_TRANSLATE_NOOP("Sheet", "Took part")
RECORD_SIGNATURES = QT_TRANSLATE_NOOP("Sheet", "Signatures")
RECORD_SIGN_EMPLOYER = QT_TRANSLATE_NOOP("Sheet", "For the employer")
RECORD_SIGN_EMPLOYEES = QT_TRANSLATE_NOOP(
    "Sheet", "For the employees / the work-environment organisation"
)
RECORD_SIGN_LINE = QT_TRANSLATE_NOOP("Sheet", "Date and signature")
RECORD_MEETING = QT_TRANSLATE_NOOP("Sheet", "Meeting")
RECORD_GROUPS = QT_TRANSLATE_NOOP("Sheet", "Groups")
RECORD_NO_DATE = QT_TRANSLATE_NOOP("Sheet", "no date")
CLOSING_HEADING = QT_TRANSLATE_NOOP("Sheet", "Closing")
NOT_ANSWERED = QT_TRANSLATE_NOOP("Sheet", "Not answered.")
NOTES_HEADING = QT_TRANSLATE_NOOP("Sheet", "The groups’ notes")
NO_NOTES = QT_TRANSLATE_NOOP("Sheet", "No notes.")
PAGE_OF = QT_TRANSLATE_NOOP("Sheet", "Page %1 of %2")
SCALE_KEY = QT_TRANSLATE_NOOP("Sheet", "1 = low, 5 = high")
BLANK_NAME_FIELD = QT_TRANSLATE_NOOP("Sheet", "Group:")
BLANK_DATE_FIELD = QT_TRANSLATE_NOOP("Sheet", "Date:")
BLANK_SHEETS_TITLE = QT_TRANSLATE_NOOP("Sheet", "Dialogue exercise – sheets for the groups")
EMPTY_BACK = QT_TRANSLATE_NOOP(
    "Sheet",
    "This page is empty on purpose: printed on both sides, each group’s sheets then begin on "
    "a front page.",
)

# the survey's questionnaire (issue 13; the talk gives no scale anchors: decision D19)
QUESTIONNAIRE_TITLE = QT_TRANSLATE_NOOP("Sheet", "Questionnaire: work-environment competence")
QUESTIONNAIRE_INTRO = QT_TRANSLATE_NOOP(
    "Sheet",
    "How much do you agree with each statement about your workplace? Tick one box for each "
    "statement: 1 = strongly disagree, 5 = strongly agree. Leave a statement out if you cannot "
    "answer it.",
)
QUESTIONNAIRE_DEPARTMENT = QT_TRANSLATE_NOOP("Sheet", "Department:")
QUESTIONNAIRE_LOW = QT_TRANSLATE_NOOP("Sheet", "Strongly disagree")
QUESTIONNAIRE_HIGH = QT_TRANSLATE_NOOP("Sheet", "Strongly agree")
QUESTIONNAIRE_ANSWERS = QT_TRANSLATE_NOOP("Sheet", "Answers")
QUESTIONNAIRE_STATEMENT = QT_TRANSLATE_NOOP("Sheet", "Statement")
QUESTIONNAIRE_ANONYMOUS = QT_TRANSLATE_NOOP(
    "Sheet",
    "Your answers are counted per department only, and a department with fewer than 5 "
    "respondents is not shown.",
)

# the survey report (issue 13)
SURVEY_TITLE = QT_TRANSLATE_NOOP("Sheet", "Work-environment competence by department")
SURVEY_SOURCE = QT_TRANSLATE_NOOP(
    "Sheet", "From %1 (%2 answers, %3 with a score); made %4 with AMK Desktop."
)
SURVEY_RULE = QT_TRANSLATE_NOOP(
    "Sheet",
    "How the scores are worked out: each of NFA's eight items is answered from 1 to 5, which "
    "counts as 0, 25, 50, 75 or 100. A person's score is the mean of the items they answered, "
    "when they answered at least 4 of the 8. A department's score is the mean of its "
    "respondents' scores (0 is the lowest, 100 the highest competence). Departments with fewer "
    "than %1 respondents are not shown, and where needed others are left out as well, so that "
    "no score that is not shown can be worked out.",
)
SURVEY_LEFT_OUT = QT_TRANSLATE_NOOP("Sheet", "Not shown, to protect small groups: %1.")
SURVEY_RESPONDENTS = QT_TRANSLATE_NOOP("Sheet", "%1 (n = %2)")
SURVEY_DEPARTMENT = QT_TRANSLATE_NOOP("Sheet", "Department")
SURVEY_N = QT_TRANSLATE_NOOP("Sheet", "Respondents")
SURVEY_SCORE = QT_TRANSLATE_NOOP("Sheet", "Score (0-100)")
SURVEY_NOT_SHOWN = QT_TRANSLATE_NOOP("Sheet", "not shown")
SURVEY_NOT_SHOWN_SECONDARY = QT_TRANSLATE_NOOP("Sheet", "not shown (protects a smaller one)")
SURVEY_ITEMS_HEADING = QT_TRANSLATE_NOOP("Sheet", "The eight items")
SURVEY_NOTHING = QT_TRANSLATE_NOOP("Sheet", "No department can be shown.")

SHEET_TEXTS: tuple[Text, ...] = tuple(
    value
    for value in list(globals().values())
    if isinstance(value, Text) and value.context == "Sheet"
)
