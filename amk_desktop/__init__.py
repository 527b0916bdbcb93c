"""AMK Desktop: run NFA's work-environment competence dialogue (Arbejdsmiljøkompetencemodellen)."""

import os


def _version() -> str:
    """The version has one place, `pyproject.toml`. Found cheaply (importlib.metadata costs
    60 ms at every start, tomllib 15 ms): in a checkout, the `version = "…"` line of that
    file's [project] table; in an installed wheel or a built bundle, the name of the package's
    `amk_desktop-<version>.dist-info` folder beside it."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    try:
        with open(os.path.join(root, "pyproject.toml"), encoding="utf-8") as pyproject:
            table = ""
            for line in pyproject:
                stripped = line.strip()
                if stripped.startswith("["):
                    table = stripped
                elif table == "[project]" and stripped.startswith("version"):
                    key, _, value = stripped.partition("=")
                    if key.strip() == "version":
                        return value.strip().strip('"')
    except OSError:
        pass
    try:
        names = os.listdir(root)
    except OSError:
        names = []
    for name in names:
        if name.startswith("amk_desktop-") and name.endswith(".dist-info"):
            return name.removeprefix("amk_desktop-").removesuffix(".dist-info")
    return "unknown"


__version__ = _version()
APP_NAME = "AMK Desktop"
APP_ID = "dk.amkdesktop.AmkDesktop"
