"""Desktop integration files validate with the real tools, and the built package carries the
one copy of the data files (resources/) where the installed program finds them."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from amk_desktop import APP_ID

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
PIP_WHEEL = [
    sys.executable,
    "-m",
    "pip",
    "wheel",
    "-q",
    "--no-deps",
    "--no-build-isolation",
    "--no-index",
]


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_desktop_entry_validates() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(LINUX / f"{APP_ID}.desktop")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream")
def test_appstream_metainfo_validates() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_one_application_id_everywhere() -> None:
    desktop = (LINUX / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f"Icon={APP_ID}" in desktop
    assert "MimeType=application/x-amk-session;" in desktop
    assert f"<id>{APP_ID}</id>" in (LINUX / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    assert '<glob pattern="*.amk"/>' in (LINUX / f"{APP_ID}-mime.xml").read_text(encoding="utf-8")


def test_there_is_one_copy_of_the_data_files() -> None:
    from amk_desktop.resources import data_dir

    assert not (ROOT / "amk_desktop" / "data").exists()  # a checkout reads resources/ itself
    assert data_dir() == ROOT / "resources"


@pytest.mark.timeout(600)
def test_the_installed_package_finds_its_data_files(tmp_path: Path) -> None:
    """Build the wheel (offline, with the test environment's setuptools), install it into an
    empty folder and ask the installed package where its fonts, icon and example are."""
    source = tmp_path / "source"  # (a build writes into the tree it builds)
    for name in ("amk_desktop", "resources"):
        shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    wheels = tmp_path / "wheels"
    build = subprocess.run(
        [*PIP_WHEEL, "-w", str(wheels), str(source)],
        capture_output=True,
        text=True,
        timeout=540,
    )
    assert build.returncode == 0, build.stderr
    (wheel,) = wheels.glob("amk_desktop-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for folder in ("examples", "fonts", "icons", "licenses", "schema"):
        for source in (ROOT / "resources" / folder).rglob("*"):
            if source.is_file():
                inside = source.relative_to(ROOT / "resources").as_posix()
                assert f"amk_desktop/data/{inside}" in names
    if (ROOT / "amk_desktop" / "i18n" / "amk_da.qm").exists():  # (built by the set-up)
        assert "amk_desktop/i18n/amk_da.qm" in names
    assert not any(name.startswith("resources/") for name in names)

    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)  # what pip install puts in site-packages
    probe = (
        "import amk_desktop.resources as r, pathlib, sys;"
        "fonts = r.data_path('fonts', 'DejaVuSans.ttf');"
        "print(r.data_dir(), fonts.is_file(), r.data_path('examples', 'eksempel-afdeling.amk')"
        ".is_file(), r.data_path('icons', 'amk-desktop.svg').is_file());"
        "import amk_desktop; print(amk_desktop.__version__)"
    )
    found = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(site)!r}); {probe}"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
    )
    assert found.returncode == 0, found.stderr
    from amk_desktop import __version__

    assert found.stdout.split() == [
        str(site / "amk_desktop" / "data"),
        "True",
        "True",
        "True",
        __version__,  # from the .dist-info folder beside the installed package
    ]


@pytest.mark.gui
def test_the_window_has_the_icon(qapp) -> None:
    from amk_desktop.app import create_application

    app = create_application(["amk-desktop"])
    assert not app.windowIcon().isNull()
    assert app.desktopFileName() == APP_ID
