"""Desktop integration files validate with the real tools, and packaged copies match the
published sources in resources/."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from amk_desktop import APP_ID

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"


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


@pytest.mark.parametrize("name", ["examples/eksempel-afdeling.amk", "icons/amk-desktop.svg"])
def test_packaged_data_is_the_published_source(name: str) -> None:
    packaged = ROOT / "amk_desktop" / "data" / name
    assert packaged.read_bytes() == (ROOT / "resources" / name).read_bytes()


@pytest.mark.gui
def test_the_window_has_the_icon(qapp) -> None:
    from amk_desktop.app import create_application

    app = create_application(["amk-desktop"])
    assert not app.windowIcon().isNull()
    assert app.desktopFileName() == APP_ID
