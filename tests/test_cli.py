"""The command line: --version and --help answer without starting Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from amk_desktop import __version__


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "amk_desktop", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"AMK Desktop {__version__}"


def test_help_names_the_file_argument() -> None:
    result = run("--help")
    assert result.returncode == 0
    assert "usage: amk-desktop [-h] [--version] [--self-test] [FILE]" in result.stdout


def test_unknown_option_is_one_clear_error() -> None:
    result = run("--frobnicate")
    assert result.returncode == 1
    assert "unrecognized arguments: --frobnicate" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("args", [["--bogus", "--version"], ["-x", "--help"]])
def test_an_unknown_option_before_version_is_not_ignored(args) -> None:
    result = run(*args)
    assert result.returncode == 1
    assert f"unrecognized arguments: {args[0]}" in result.stderr
    assert result.stdout == ""


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs Linux /proc")
def test_a_folder_that_takes_no_files_is_not_called_missing(tmp_path) -> None:
    result = run("sheets", "--pdf", "/proc/x.pdf")
    assert result.returncode == 1
    assert "no file can be created in this folder" in result.stderr
    assert "does not exist" not in result.stderr and "Save As" not in result.stderr


def test_version_does_not_import_qt() -> None:
    code = (
        "import sys; from amk_desktop.cli import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
        "print('PySide6' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip().endswith("False")


EXAMPLE = (
    Path(__file__).resolve().parent.parent / "resources" / "examples" / "eksempel-afdeling.amk"
)


def test_validate_accepts_the_example_and_names_each_bad_file(tmp_path) -> None:
    bad = tmp_path / "halv.amk"
    bad.write_bytes(EXAMPLE.read_bytes()[:200])
    result = run("validate", str(EXAMPLE), str(bad), str(tmp_path / "mangler.amk"))
    assert result.returncode == 1
    assert f"{EXAMPLE}: ok" in result.stdout
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 2
    assert errors[0].startswith(f"{bad}: ")
    assert "mangler.amk" in errors[1]
    assert "Traceback" not in result.stderr
    assert run("validate", str(EXAMPLE)).returncode == 0


def test_export_writes_the_agreements_sheet_in_the_chosen_language(tmp_path) -> None:
    from pypdf import PdfReader

    out = tmp_path / "aftaler.pdf"
    out.write_bytes(b"old content")
    result = run("export", str(EXAMPLE), "--pdf", str(out))
    assert result.returncode == 0, result.stderr
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Aftaler" in text and "Side 1 af" in text
    result = run("export", str(EXAMPLE), "--pdf", str(out), "--lang", "en", "--paper", "letter")
    assert result.returncode == 0, result.stderr
    reader = PdfReader(out)
    assert "Page 1 of" in reader.pages[0].extract_text()
    assert (float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)) == (
        612.0,
        792.0,
    )


def test_export_of_a_bad_file_is_one_line_and_leaves_the_output_alone(tmp_path) -> None:
    out = tmp_path / "aftaler.pdf"
    out.write_bytes(b"keep me")
    bad = tmp_path / "bad.amk"
    bad.write_text("[1, 2", encoding="utf-8")
    result = run("export", str(bad), "--pdf", str(out))
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "bad.amk" in result.stderr
    assert out.read_bytes() == b"keep me"


def test_sheets_with_copies(tmp_path) -> None:
    from pypdf import PdfReader

    one, three = tmp_path / "1.pdf", tmp_path / "3.pdf"
    assert run("sheets", "--pdf", str(one)).returncode == 0
    assert run("sheets", "--pdf", str(three), "--copies", "3").returncode == 0
    assert len(PdfReader(three).pages) - len(PdfReader(one).pages) == 2 * 4  # 4 per group
    assert "Dialogøvelse" in PdfReader(one).pages[2].extract_text()  # (page 2: an empty back)


@pytest.mark.parametrize(
    "args",
    [
        ["sheets", "--pdf", "x.pdf", "--copies", "0"],
        ["sheets", "--pdf", "x.pdf", "--paper", "a3"],
        ["export", "--pdf", "x.pdf"],
        ["sheets"],
        ["sheets", "--pdf", "/nonexistent-folder/x.pdf"],
    ],
)
def test_bad_arguments_are_one_line_and_exit_1(args, tmp_path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "amk_desktop", *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("target", ["same", "other.amk", "", "-"])
def test_export_never_writes_a_pdf_over_a_session_file(tmp_path, target) -> None:
    session = tmp_path / "møde.amk"
    session.write_bytes(EXAMPLE.read_bytes())
    other = tmp_path / "other.amk"
    other.write_bytes(EXAMPLE.read_bytes())
    out = {"same": str(session), "other.amk": str(other)}.get(target, target)
    result = run("export", str(session), "--pdf", out)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert session.read_bytes() == EXAMPLE.read_bytes()
    assert other.read_bytes() == EXAMPLE.read_bytes()


def test_opening_the_window_without_a_display_is_one_clear_line() -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "amk_desktop"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 1
    assert "no display found" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


# -- collect (issue 9) ---------------------------------------------------------------------------


def _meeting_files(tmp_path: Path) -> tuple[Path, Path, Path]:
    from dataclasses import replace

    from amk_desktop.core.session import Group, Session
    from amk_desktop.formats.amk import save_session

    ours = Group("Gruppe 1", id="a" * 32, modified="2026-11-30T10:00:00Z")
    meeting = Session(groups=[ours], closing_answers=["Ja", "", "", ""])
    laptop2 = Session(groups=[Group("Gruppe 2 <&>", id="b" * 32)])
    newer = replace(ours, scores={**ours.scores, "trust": 2}, modified="2026-11-30T11:00:00Z")
    laptop3 = Session(groups=[newer, Group("Gruppe 1", id="c" * 32)])
    laptop3.closing_answers = ["Andet svar", "", "", ""]
    paths = tmp_path / "meeting.amk", tmp_path / "laptop2.amk", tmp_path / "laptop3.amk"
    for session, path in zip((meeting, laptop2, laptop3), paths, strict=True):
        save_session(session, path)
    return paths


def test_collect_brings_every_group_into_the_meeting_once(tmp_path: Path) -> None:
    from amk_desktop.formats.amk import backup_path, load_session

    meeting, laptop2, laptop3 = _meeting_files(tmp_path)
    before = meeting.read_bytes()
    result = run("collect", str(meeting), str(laptop2), str(laptop3))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "added\tGruppe 2 <&>",
        "updated\tGruppe 1",
        "renamed\tGruppe 1 (2)",
    ]
    collected = load_session(meeting)
    assert [(g.name, g.scores["trust"]) for g in collected.groups] == [
        ("Gruppe 1", 2),
        ("Gruppe 2 <&>", None),
        ("Gruppe 1 (2)", None),
    ]
    assert collected.closing_answers[0] == "Ja"  # the other files' answers are not merged
    assert backup_path(meeting).read_bytes() == before
    # the same files again: nothing to add, nothing written
    written = meeting.read_bytes()
    again = run("collect", str(meeting), str(laptop2), str(laptop3))
    assert again.returncode == 0
    assert [line.split("\t")[0] for line in again.stdout.splitlines()] == ["unchanged"] * 3
    assert meeting.read_bytes() == written


def test_collect_writes_elsewhere_with_output_and_refuses_bad_input(tmp_path: Path) -> None:
    meeting, laptop2, _ = _meeting_files(tmp_path)
    before = meeting.read_bytes()
    out = tmp_path / "alle grupper.amk"
    result = run("collect", str(meeting), str(laptop2), "--output", str(out))
    assert result.returncode == 0 and out.exists() and meeting.read_bytes() == before
    broken = tmp_path / "broken.amk"
    broken.write_text('{"format": "amk-session", "schema_version": 2', encoding="utf-8")
    refused = run("collect", str(meeting), str(laptop2), str(broken))
    assert refused.returncode == 1 and refused.stdout == ""
    assert len(refused.stderr.strip().splitlines()) == 1 and "broken.amk" in refused.stderr
    assert meeting.read_bytes() == before


def test_collecting_a_version_1_file_twice_adds_nothing_the_second_time(tmp_path: Path) -> None:
    import shutil

    from amk_desktop.core.session import Session
    from amk_desktop.formats.amk import load_session, save_session

    golden = Path(__file__).parent / "data" / "golden" / "session-v1.amk"
    other = tmp_path / "gammel.amk"
    shutil.copy(golden, other)
    meeting = tmp_path / "meeting.amk"
    save_session(Session.new("Vores gruppe"), meeting)
    first = run("collect", str(meeting), str(other))
    assert first.stdout.splitlines() == ["added\tGruppe 1", "added\tGruppe 2"]
    second = run("collect", str(meeting), str(other))
    assert second.stdout.splitlines() == ["unchanged\tGruppe 1", "unchanged\tGruppe 2"]
    assert len(load_session(meeting).groups) == 3
    assert other.read_bytes() == golden.read_bytes()  # the other file is only read


def test_three_laptops_end_in_one_file_and_one_sheet_with_every_group(tmp_path: Path) -> None:
    """Issue 9's whole story without a window: three groups rate on three laptops, the
    facilitator collects them into the meeting file and prints one sheet with every group, the
    joint summary and the agreements."""
    from pypdf import PdfReader

    from amk_desktop.core.factors import FACTOR_KEYS
    from amk_desktop.core.session import Agreement, Group, Session
    from amk_desktop.formats.amk import load_session, save_session

    def laptop(name: str, scores: tuple[int, ...], note: str) -> Session:
        group = Group(name, scores=dict(zip(FACTOR_KEYS, scores, strict=True)))
        group.notes[0] = note
        return Session(groups=[group])

    meeting = laptop("Køkkenet", (4, 3, 4, 2, 3, 3), "Vi taler åbent")
    meeting.agreements = [Agreement(action="Fast punkt om arbejdsmiljø", responsible="Lars")]
    others = [
        laptop("Natholdet", (2, 2, 3, 1, 2, 4), "Travlt om natten"),
        laptop("Rengøring & <drift>", (3, 4, 5, 2, 2, 3), "Mere sparring 😀"),
    ]
    paths = [tmp_path / name for name in ("meeting.amk", "laptop2.amk", "laptop3.amk")]
    for session, path in zip((meeting, *others), paths, strict=True):
        save_session(session, path)

    result = run("collect", *map(str, paths))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["added\tNatholdet", "added\tRengøring & <drift>"]
    collected = load_session(paths[0])
    assert [g.name for g in collected.groups] == ["Køkkenet", "Natholdet", "Rengøring & <drift>"]

    pdf = tmp_path / "aftaler.pdf"
    result = run("export", str(paths[0]), "--pdf", str(pdf))
    assert result.returncode == 0, result.stderr
    # (table cells wrap: compare with the line breaks as spaces)
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    for expected in (
        "Fælles opsamling",
        "Køkkenet",
        "Natholdet",
        "Rengøring & <drift>",
        "Travlt om natten",
        "Fast punkt om arbejdsmiljø",
        "Gennemsnit",
    ):
        assert expected in text, expected
    # resources: 2, 1, 2 -> the mean 1,7 (Danish decimal comma), the lowest rated
    assert "1,7" in text and "Lavest vurderet" in text
