"""Installable on the meeting-room laptop (issue 11): the version in one place, the self-test,
documents opened by the system (macOS), the per-user Linux install, the licences shipped, and
the build scripts of the three systems (checked here as far as this machine can)."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from amk_desktop import APP_ID, __version__
from tests.test_cli import run

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"


def test_the_version_has_one_place() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert __version__ == pyproject["project"]["version"]
    assert "version" not in pyproject["project"].get("dynamic", [])
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"AMK Desktop {__version__}"


def test_the_version_is_found_in_an_installed_package_or_a_bundle(tmp_path: Path) -> None:
    """Beside the package: a checkout's pyproject.toml, or (wheel, bundle) the .dist-info
    folder named after the version; neither: "unknown", never a crash."""
    source = (ROOT / "amk_desktop" / "__init__.py").read_text("utf-8")
    for layout, expected in (("dist-info", "7.8.9"), ("pyproject", "1.2.3"), ("none", "unknown")):
        root = tmp_path / layout
        (root / "amk_desktop").mkdir(parents=True)
        (root / "amk_desktop" / "__init__.py").write_text(source, "utf-8")
        if layout == "dist-info":
            (root / "amk_desktop-7.8.9.dist-info").mkdir()
        elif layout == "pyproject":
            (root / "pyproject.toml").write_text(
                '[build-system]\nversion = "0"\n[project]\nname = "x"\nversion = "1.2.3"\n', "utf-8"
            )
        found = subprocess.run(
            [
                sys.executable,
                "-I",  # not the installed package: the one in `root`
                "-c",
                "import sys; sys.path.insert(0, '.'); import amk_desktop; "
                "print(amk_desktop.__version__, amk_desktop.__file__)",
            ],
            cwd=root,
            capture_output=True,
            text=True,
            timeout=60,
        )
        version, where = found.stdout.split()
        assert (version, Path(where).parent) == (expected, root / "amk_desktop"), found.stderr


def test_the_self_test_passes_with_an_empty_environment(tmp_path: Path) -> None:
    """As a built bundle is checked: no display, no settings, nothing of the user's touched."""
    environment = {"HOME": str(tmp_path), "PATH": os.defpath, "LANG": "C.UTF-8"}
    result = subprocess.run(
        [sys.executable, "-m", "amk_desktop", "--self-test"],
        capture_output=True,
        text=True,
        env=environment,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"AMK Desktop {__version__} self-test")
    assert [line.split(":")[0] for line in lines[1:-1]] == [
        "ok  Qt and the main window",
        "ok  Danish and English",
        "ok  the example session",
        "ok  the live chart",
        "ok  a PDF",
        "ok  printing",
    ]
    assert lines[-1] == "self-test passed"
    assert list(tmp_path.iterdir()) == []  # no settings, autosave or recent files left


def test_the_self_test_names_the_one_thing_that_failed(qapp, monkeypatch, capsys) -> None:
    from amk_desktop.self_test import run_self_test
    from amk_desktop.ui.window.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "open_example", lambda self: False)
    assert run_self_test() == 1
    out, err = capsys.readouterr()
    assert "ok  Danish and English" in out and "self-test passed" not in out
    assert err.strip() == (
        "self-test failed: the example session: RuntimeError: the example session did not open"
    )


def test_a_document_the_system_opens_reaches_the_window(qapp, qtbot, tmp_path) -> None:
    """macOS hands a double-clicked .amk file to the program as a QFileOpenEvent (not in
    argv), also before the window exists: both open it."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFileOpenEvent

    from amk_desktop.app import DocumentOpener

    opened: list[str] = []
    opener = DocumentOpener(qapp)
    try:
        early, late = str(tmp_path / "før.amk"), str(tmp_path / "efter.amk")
        assert QCoreApplication.sendEvent(qapp, QFileOpenEvent(early))
        assert opener.waiting == [early] and opened == []
        opener.open_with(opened.append)
        assert opened == [early]
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(late))
        qtbot.waitUntil(lambda: opened == [early, late])
    finally:
        qapp.removeEventFilter(opener)
        opener.deleteLater()


def test_the_linux_install_is_per_user_and_registers_the_file_type(tmp_path: Path) -> None:
    """install.sh from an unpacked tarball (a stand-in program) puts everything under the
    user's ~/.local, with a menu entry that names the program by its full path and validates;
    uninstall.sh takes it all away again and leaves session files alone."""
    unpacked = tmp_path / "amk-desktop-0.1.0"
    program = unpacked / "amk-desktop"
    program.mkdir(parents=True)
    (program / "amk-desktop").write_text('#!/bin/sh\necho started "$@"\n', "utf-8")
    (program / "amk-desktop").chmod(0o755)
    shutil.copy2(PACKAGING / "linux" / "install.sh", unpacked)
    shutil.copy2(PACKAGING / "linux" / "uninstall.sh", unpacked)
    (unpacked / "share").mkdir()
    for name in (f"{APP_ID}.desktop", f"{APP_ID}-mime.xml", f"{APP_ID}.metainfo.xml"):
        shutil.copy2(PACKAGING / "linux" / name, unpacked / "share")
    shutil.copy2(ROOT / "resources" / "icons" / "amk-desktop.svg", unpacked / "share")
    home = tmp_path / "home"
    home.mkdir()
    session = home / "møde.amk"
    session.write_text("{}", "utf-8")
    environment = {"HOME": str(home), "PATH": os.defpath}
    result = subprocess.run(
        ["sh", str(unpacked / "install.sh")], capture_output=True, text=True, env=environment
    )
    assert result.returncode == 0, result.stdout + result.stderr
    data = home / ".local" / "share"
    app = data / "amk-desktop" / "amk-desktop"
    desktop = data / "applications" / f"{APP_ID}.desktop"
    assert app.is_file() and os.access(app, os.X_OK)
    assert (home / ".local" / "bin" / "amk-desktop").resolve() == app.resolve()
    assert f'Exec="{app}" %f' in desktop.read_text("utf-8")
    assert (data / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True)
        assert check.returncode == 0, check.stdout
    if shutil.which("update-mime-database"):  # the .amk type is known to the user's database
        assert "application/x-amk-session" in (data / "mime" / "globs2").read_text("utf-8")
    started = subprocess.run(
        [str(home / ".local" / "bin" / "amk-desktop"), str(session)], capture_output=True, text=True
    )
    assert started.stdout.strip() == f"started {session}"
    # again over an installed copy: replaced, not nested
    assert subprocess.run(["sh", str(unpacked / "install.sh")], env=environment).returncode == 0
    assert not (data / "amk-desktop" / "amk-desktop" / "amk-desktop").exists()
    removed = subprocess.run(
        ["sh", str(unpacked / "uninstall.sh")], capture_output=True, text=True, env=environment
    )
    assert removed.returncode == 0, removed.stderr
    assert not app.exists() and not desktop.exists()
    assert not (home / ".local" / "bin" / "amk-desktop").exists()
    assert session.read_text("utf-8") == "{}"


def test_the_licences_ship_with_the_program() -> None:
    """Every distribution the bundle carries has its licence texts in resources/licenses
    (scripts/collect_licenses.py), and the About box points there."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from collect_licenses import BUNDLED
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    licences = ROOT / "resources" / "licenses"
    for name in BUNDLED:
        assert any((licences / name).iterdir()), name
    readme = (licences / "README.txt").read_text("utf-8")
    assert "GPL-3.0-or-later" in readme and "DejaVu" in readme
    assert (
        (licences / "GPL-3.0.txt")
        .read_text("utf-8")
        .startswith("                    GNU GENERAL PUBLIC LICENSE")
    )
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (licences / "LGPL-3.0.txt").read_text("utf-8")


def test_the_about_box_has_the_version_nfa_and_the_licences(window, dialogs) -> None:
    window.about_action.trigger()
    kind, text = dialogs.calls[-1]
    assert kind == "about"
    assert f"AMK Desktop</b> {__version__}" in text
    assert "NFA" in text and "GNU General Public License" in text
    assert "LGPL 3" in text and "DejaVu" in text
    assert "licenses" in text  # where the texts are
    assert "udviklerne" in text  # where to report a problem (Danish window)


def test_the_build_scripts_of_the_three_systems_agree() -> None:
    """The spec is Python that names the launcher and the data; the shell scripts parse; the
    Windows installer is per user and associates .amk under HKCU; the CI workflow parses and
    builds each system with the one build command."""
    import yaml

    spec = (PACKAGING / "amk-desktop.spec").read_text("utf-8")
    ast.parse(spec)
    assert "launcher.py" in spec and '"licenses"' in spec and "CFBundleDocumentTypes" in spec
    assert "UTExportedTypeDeclarations" in spec and '"amk"' in spec
    for script in ("build.sh", "linux/install.sh", "linux/uninstall.sh"):
        shell = "bash" if script == "build.sh" else "sh"
        assert subprocess.run([shell, "-n", str(PACKAGING / script)]).returncode == 0
    inno = (PACKAGING / "windows" / "amk-desktop.iss").read_text("utf-8")
    assert "PrivilegesRequired=lowest" in inno
    assert 'Root: HKA; Subkey: "Software\\Classes\\.amk"' in inno
    assert "ChangesAssociations=yes" in inno and '""%1""' in inno
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "bundles.yml").read_text("utf-8"))
    jobs = workflow["jobs"]
    assert set(jobs) == {"linux", "windows", "macos"}
    for job in jobs.values():
        commands = [step.get("run", "") for step in job["steps"]]
        assert "bash packaging/build.sh" in commands
    assert "bash packaging/build.sh" in (ROOT / "packaging" / "README.md").read_text("utf-8")


def test_the_launcher_is_the_command_line() -> None:
    launcher = (PACKAGING / "launcher.py").read_text("utf-8")
    assert "from amk_desktop.cli import main" in launcher
    result = subprocess.run(
        [sys.executable, str(PACKAGING / "launcher.py"), "--version"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == f"AMK Desktop {__version__}"


@pytest.mark.skipif(
    not (ROOT / "dist" / "amk-desktop" / "amk-desktop").exists(), reason="no bundle built"
)
def test_a_built_bundle_checks_itself(tmp_path: Path) -> None:
    """When packaging/build.sh has run: the bundle answers --version and passes its
    self-test with an empty environment (no venv, no Python on PATH)."""
    program = ROOT / "dist" / "amk-desktop" / "amk-desktop"
    environment = {"HOME": str(tmp_path), "LANG": "C.UTF-8"}
    version = subprocess.run(
        [program, "--version"], capture_output=True, text=True, env=environment
    )
    assert version.stdout.strip() == f"AMK Desktop {__version__}"
    checked = subprocess.run(
        [program, "--self-test"], capture_output=True, text=True, env=environment, timeout=120
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "ok  printing" in checked.stdout
    # no TLS (no network), and printing through the machine's own CUPS client library
    internal = program.parent / "_internal"
    names = {path.name for path in internal.rglob("*")}
    system_only = ("libssl.", "libcrypto.", "libcups.", "libgnutls.", "libkrb5.", "libQt6Network.")
    assert not [name for name in names if name.startswith(system_only)]
    assert (internal / "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so").is_file()
