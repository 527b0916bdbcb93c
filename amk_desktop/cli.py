"""Command line.

    amk-desktop [FILE]                       open the program (with a session file)
    amk-desktop validate FILE...             check session files; exit 0 when all are valid
    amk-desktop export FILE --pdf OUT        print a session's agreements sheet to PDF
    amk-desktop sheets --pdf OUT             print the blank dialogue sheets to PDF
    amk-desktop collect MEETING OTHER...     collect the groups of other laptops' files
    amk-desktop survey FILE.csv|FILE.xlsx    score NFA's 8-item survey per department
    amk-desktop record --pdf OUT SESSION...  the annual work-environment discussion record

Bad input gives one line on stderr and exit status 1, never a traceback; an existing OUT is
replaced atomically. Argument parsing imports no Qt, so `--version` and `--help` answer at once.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from amk_desktop import APP_NAME, __version__

COMMANDS = ("validate", "export", "sheets", "collect", "survey", "record")


class _Parser(argparse.ArgumentParser):
    """Usage errors: one line on stderr and exit status 1."""

    def error(self, message: str) -> NoReturn:
        self.exit(1, f"{self.prog}: error: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="amk-desktop",
        description=(
            f"{APP_NAME}: run NFA's work-environment competence dialogue "
            "(Arbejdsmiljøkompetencemodellen) with a group, offline."
        ),
        epilog=(
            "other commands: 'amk-desktop validate FILE...', "
            "'amk-desktop export FILE.amk --pdf OUT.pdf', 'amk-desktop sheets --pdf OUT.pdf', "
            "'amk-desktop collect MEETING.amk OTHER.amk...', 'amk-desktop survey FILE.csv', "
            "'amk-desktop record --pdf OUT.pdf SESSION.amk...' "
            "(each with --help)"
        ),
    )
    parser.add_argument("file", nargs="?", metavar="FILE", help="a session file (.amk) to open")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=(
            "check this installation without a person (offscreen: the window, both languages, "
            "the example, the chart, a PDF) and exit 0, or 1 with what failed"
        ),
    )
    return parser


def _pdf_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--pdf", required=True, metavar="OUT.pdf", help="the PDF file to write")
    parser.add_argument("--paper", choices=("a4", "letter"), default="a4")
    parser.add_argument("--lang", choices=("da", "en"), default="da", help="language of the sheet")


def build_command_parser(command: str) -> argparse.ArgumentParser:
    prog = f"amk-desktop {command}"
    if command == "validate":
        parser = _Parser(prog=prog, description="Check session files strictly.")
        parser.add_argument("files", nargs="+", metavar="FILE")
    elif command == "export":
        parser = _Parser(prog=prog, description="Write a session's agreements sheet as PDF.")
        parser.add_argument("file", metavar="FILE.amk")
        _pdf_options(parser)
        parser.add_argument(
            "--baseline",
            metavar="EARLIER.amk",
            help=(
                "compare with this earlier meeting (the sheet gets a comparison section and its "
                "agreements); without it, the earlier meeting the session follows up, if any"
            ),
        )
    elif command == "collect":
        parser = _Parser(
            prog=prog,
            description=(
                "Collect the groups of other laptops' session files into a meeting's file. "
                "Prints one line per group: added, unchanged, updated or renamed, a tab, the "
                "group's name. A group changed in both places keeps its newer version. "
                "Meeting details, closing answers and agreements of the other files, and their "
                "review of an earlier meeting's agreements, are left out (the window offers "
                "the agreements and the review)."
            ),
        )
        parser.add_argument("meeting", metavar="MEETING.amk")
        parser.add_argument("others", nargs="+", metavar="OTHER.amk")
        parser.add_argument(
            "--output",
            metavar="OUT.amk",
            help="the file to write (default: MEETING.amk itself, its old version kept as .bak)",
        )
    elif command == "record":
        parser = _Parser(
            prog=prog,
            description=(
                "Write the annual work-environment discussion record (PDF) from the year's "
                "sessions, and the earlier meetings they follow up: the meetings oldest first, "
                "the scores through the year, what was agreed and how it went, the goals for "
                "the coming year, the points the discussion covers, and signatures."
            ),
        )
        parser.add_argument("files", nargs="+", metavar="SESSION.amk")
        _pdf_options(parser)
    elif command == "survey":
        parser = _Parser(
            prog=prog,
            description=(
                "Score NFA's 8-item survey of work-environment competence per department, "
                "0-100: answers 1-5 count as 0, 25, 50, 75, 100; a person's score is the mean "
                "of the items answered (at least 4 of 8); a department's, the mean of its "
                "persons. Departments with fewer respondents than --min-respondents are left "
                "out, and so are others where needed so that none can be worked out. Prints "
                "department,respondents,score (one decimal), sorted by department; a left-out "
                "department has an empty score. Rows that cannot be used are listed on stderr."
            ),
        )
        parser.add_argument("file", metavar="FILE.csv|FILE.xlsx")
        parser.add_argument(
            "--min-respondents",
            type=int,
            default=5,
            metavar="N",
            help="the fewest respondents a department's score is shown for (3 or more)",
        )
        parser.add_argument("--pdf", metavar="OUT.pdf", help="also write the survey report")
        parser.add_argument("--paper", choices=("a4", "letter"), default="a4")
        parser.add_argument("--lang", choices=("da", "en"), default="da", help="of the report")
    else:
        parser = _Parser(prog=prog, description="Write the blank dialogue sheets as PDF.")
        _pdf_options(parser)
        parser.add_argument(
            "--copies", type=int, default=1, help="copies of the group pages (1-100)"
        )
        parser.add_argument(
            "--survey",
            action="store_true",
            help="print NFA's 8-item survey questionnaire instead of the dialogue sheets",
        )
        parser.add_argument(
            "--template",
            metavar="OUT.csv|OUT.xlsx",
            help=(
                "with --survey: also write the blank answers file (department, q1..q8), "
                "an Excel workbook when OUT ends in .xlsx"
            ),
        )
    return parser


def _validate(args: argparse.Namespace) -> int:
    from amk_desktop.formats.amk import SessionFileError, load_session  # noqa: PLC0415

    status = 0
    for name in args.files:
        try:
            load_session(name)
        except SessionFileError as error:
            print(f"{error}", file=sys.stderr)
            status = 1
        else:
            print(f"{name}: ok")
    return status


def _translator(language: str) -> Callable[..., str]:
    """The program's translation catalogue for `language`, without a window."""
    from amk_desktop.i18n import catalogue_translator  # noqa: PLC0415

    return catalogue_translator(language)


def _check_pdf_target(out: str, source: str | None = None) -> str | None:
    """Why `out` must not be written, or None. Never let a PDF replace a session file, also
    not through a symbolic or hard link, nor a session file whose name does not say so."""
    from amk_desktop.formats.amk import SessionFileError, check_output_target  # noqa: PLC0415

    if not out.strip() or out == "-":
        return "--pdf needs the name of a PDF file to write"
    try:
        check_output_target(out, source=source)
    except SessionFileError as error:
        return str(error)
    return None


def _write_pdf(build: Callable[[], bytes], out: str, source: str | None = None) -> int:
    from amk_desktop.formats.amk import SessionFileError, write_file_atomically  # noqa: PLC0415

    problem = _check_pdf_target(out, source)
    if problem is not None:
        print(f"amk-desktop: {problem}", file=sys.stderr)
        return 1
    data = build()
    try:
        write_file_atomically(out, data)
    except SessionFileError as error:
        print(f"amk-desktop: {error}", file=sys.stderr)
        return 1
    return 0


def _export(args: argparse.Namespace) -> int:
    from amk_desktop.formats.amk import SessionFileError, load_session  # noqa: PLC0415

    try:
        session = load_session(args.file)
        if args.baseline is not None:
            from pathlib import Path  # noqa: PLC0415

            from amk_desktop.core.baseline import (  # noqa: PLC0415
                baseline_of,
                baseline_problem,
                with_review_kept,
            )

            earlier = load_session(args.baseline)
            problem = baseline_problem(session, earlier)
            if problem is not None:
                why = {
                    "same": "is the same meeting as",
                    "later": "was held after",
                    "follows": "follows up",
                }[problem]
                print(
                    f"amk-desktop: {args.baseline} {why} {args.file}: "
                    "--baseline is an earlier meeting",
                    file=sys.stderr,
                )
                return 1
            # the earlier meeting this one already follows up keeps its review
            new = baseline_of(earlier, Path(args.baseline).name)
            session.baseline = with_review_kept(new, session.baseline)
    except SessionFileError as error:
        print(f"amk-desktop: {error}", file=sys.stderr)
        return 1
    translate = _translator(args.lang)
    from amk_desktop.export import build_agreements_sheet  # noqa: PLC0415

    return _write_pdf(
        lambda: build_agreements_sheet(session, translate, paper=args.paper, locale=args.lang),
        args.pdf,
        args.file,
    )


def _record(args: argparse.Namespace) -> int:
    from datetime import date  # noqa: PLC0415
    from pathlib import Path  # noqa: PLC0415

    from amk_desktop.core.annual import chain_is_full, year_meetings  # noqa: PLC0415
    from amk_desktop.formats.amk import SessionFileError, load_session  # noqa: PLC0415

    seen: dict[str, str] = {}
    for file in args.files:
        real = os.path.realpath(file)
        if real in seen:
            print(f"amk-desktop: {file} is given twice (as {seen[real]})", file=sys.stderr)
            return 1
        seen[real] = file
    sessions = []
    try:
        for file in args.files:
            sessions.append((Path(file).name, load_session(file)))
    except SessionFileError as error:
        print(f"amk-desktop: {error}", file=sys.stderr)
        return 1
    meetings = year_meetings(sessions)
    translate = _translator(args.lang)
    from amk_desktop.core.dates import written_date  # noqa: PLC0415

    today = date.today()
    made = written_date(today.isoformat(), args.lang)
    sources = ", ".join(name for name, _session in sessions)
    from amk_desktop.export.annual_record import build_annual_record  # noqa: PLC0415

    return _write_pdf(
        lambda: build_annual_record(
            meetings,
            translate,
            sources=sources,
            made=made,
            paper=args.paper,
            locale=args.lang,
            chain_full=chain_is_full(sessions),
        ),
        args.pdf,
    )


def _sheets(args: argparse.Namespace) -> int:
    if not 1 <= args.copies <= 100:
        print("amk-desktop: --copies must be between 1 and 100", file=sys.stderr)
        return 1
    translate = _translator(args.lang)
    if args.survey or args.template:
        return _survey_sheets(args, translate)
    from amk_desktop.export import build_blank_sheets  # noqa: PLC0415

    return _write_pdf(
        lambda: build_blank_sheets(
            translate, paper=args.paper, copies=args.copies, locale=args.lang
        ),
        args.pdf,
    )


def _survey_sheets(args: argparse.Namespace, translate: Callable[..., str]) -> int:
    from amk_desktop.export.survey_report import (  # noqa: PLC0415
        build_survey_questionnaire,
        survey_template_csv,
        survey_template_xlsx,
    )
    from amk_desktop.formats.amk import SessionFileError, write_file_atomically  # noqa: PLC0415

    if args.template and not args.survey:
        print("amk-desktop: --template goes with --survey", file=sys.stderr)
        return 1
    if args.template:
        problem = _check_pdf_target(args.template)  # never over a session file either
        if problem is not None:
            print(f"amk-desktop: {problem}", file=sys.stderr)
            return 1
        try:
            workbook = args.template.lower().endswith(".xlsx")
            template = survey_template_xlsx(translate) if workbook else survey_template_csv()
            write_file_atomically(args.template, template)
        except SessionFileError as error:
            print(f"amk-desktop: {error}", file=sys.stderr)
            return 1
    return _write_pdf(
        lambda: build_survey_questionnaire(translate, paper=args.paper, locale=args.lang),
        args.pdf,
    )


def _collect(args: argparse.Namespace) -> int:
    from amk_desktop.core import commands, limits  # noqa: PLC0415
    from amk_desktop.core.collect import plan_collection  # noqa: PLC0415
    from amk_desktop.formats.amk import (  # noqa: PLC0415
        SessionFileError,
        load_session,
        save_session,
    )

    output = args.output or args.meeting
    try:
        meeting = load_session(args.meeting)
        others = [(name, load_session(name).groups) for name in args.others]
    except SessionFileError as error:
        print(f"amk-desktop: {error}", file=sys.stderr)
        return 1
    plan = plan_collection(meeting.groups, others)
    if len(meeting.groups) + len(plan.added) > limits.MAX_GROUPS:
        print(
            f"amk-desktop: the meeting would have {len(meeting.groups) + len(plan.added)} "
            f"groups; a session holds at most {limits.MAX_GROUPS}",
            file=sys.stderr,
        )
        return 1
    replaced = tuple((index, meeting.groups[index], new) for index, new in plan.replaced)
    commands.apply(meeting, commands.ImportGroups(len(meeting.groups), plan.added, replaced))
    if plan.changes_anything or output != args.meeting:
        try:
            save_session(meeting, output)
        except SessionFileError as error:
            print(f"amk-desktop: {error}", file=sys.stderr)
            return 1
    for item in plan.items:
        print(f"{item.outcome.value}\t{' '.join(item.name.split())}")
    return 0


def _survey(args: argparse.Namespace) -> int:
    import csv  # noqa: PLC0415

    from amk_desktop.core.figures import written  # noqa: PLC0415
    from amk_desktop.core.survey import MIN_RESPONDENTS_FLOOR, score_departments  # noqa: PLC0415
    from amk_desktop.formats.importers.survey_table import (  # noqa: PLC0415
        SurveyFileError,
        read_survey_path,
        responses_from_table,
    )

    if args.min_respondents < MIN_RESPONDENTS_FLOOR:
        print(
            f"amk-desktop: --min-respondents must be {MIN_RESPONDENTS_FLOOR} or more",
            file=sys.stderr,
        )
        return 1
    try:
        imported = responses_from_table(read_survey_path(args.file))
    except (OSError, SurveyFileError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error
        print(f"amk-desktop: {args.file}: {reason}", file=sys.stderr)
        return 1
    for problem in imported.problems:
        print(f"{args.file}:{problem.row}: {problem.reason}", file=sys.stderr)
    result = score_departments(imported.responses, args.min_respondents)
    if not result.shown and not any(d.respondents for d in result.departments):
        print(f"amk-desktop: {args.file}: no answers could be scored", file=sys.stderr)
        return 1
    if args.pdf is not None:
        status = _write_pdf(lambda: _survey_report(args, result, len(imported.responses)), args.pdf)
        if status:
            return status
    writer = csv.writer(sys.stdout, lineterminator="\n")  # one row a department, no heading
    for department in result.departments:
        score = "" if department.score is None else written(department.score, "en")
        writer.writerow([department.name, department.respondents, score])
    return 0


def _survey_report(args: argparse.Namespace, result: Any, answers: int) -> bytes:
    from datetime import date  # noqa: PLC0415
    from pathlib import Path  # noqa: PLC0415

    from amk_desktop.core.dates import written_date  # noqa: PLC0415
    from amk_desktop.export.survey_report import build_survey_report  # noqa: PLC0415

    today = date.today()
    made = written_date(today.isoformat(), args.lang)
    return build_survey_report(
        result,
        _translator(args.lang),
        source=Path(args.file).name,
        answers=answers,
        made=made,
        paper=args.paper,
        locale=args.lang,
    )


def _no_display() -> bool:
    """On Linux/BSD without X11 or Wayland (and no explicit Qt platform) Qt would abort."""
    import os  # noqa: PLC0415

    if not sys.platform.startswith(("linux", "freebsd", "openbsd")):
        return False
    env = os.environ
    return not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY") or env.get("QT_QPA_PLATFORM"))


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments and arguments[0] in COMMANDS:
        command = arguments[0]
        args = build_command_parser(command).parse_args(arguments[1:])
        runs = {
            "validate": _validate,
            "export": _export,
            "sheets": _sheets,
            "collect": _collect,
            "survey": _survey,
            "record": _record,
        }
        run = runs[command]
        try:
            return run(args)
        except KeyboardInterrupt:
            return 130
    parser = build_parser()
    # argparse acts on --version as soon as it meets it; an unknown option before it must
    # still be refused, not ignored
    for argument in arguments:
        if argument == "--":
            break
        if argument.startswith("-") and argument not in (
            "-h",
            "--help",
            "--version",
            "--self-test",
        ):
            parser.error(f"unrecognized arguments: {argument}")
    args = parser.parse_args(arguments)
    if args.self_test:
        from amk_desktop.self_test import run_self_test  # noqa: PLC0415

        return run_self_test()
    if _no_display():
        print(
            "amk-desktop: no display found (DISPLAY/WAYLAND_DISPLAY are not set); start it from "
            "a desktop session, or use 'validate', 'export' or 'sheets'",
            file=sys.stderr,
        )
        return 1
    from amk_desktop.app import run as run_app  # noqa: PLC0415 - Qt only when a window is wanted

    return run_app([sys.argv[0]], args.file)
