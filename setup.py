"""Packages and package data (everything else is in pyproject.toml).

The data files (fonts, icons, examples, schema) have one copy, in `resources/`; a built package
carries that folder as `amk_desktop/data`, where `amk_desktop.resources` looks first."""

from setuptools import find_packages, setup

DATA_FOLDERS = ("examples", "fonts", "icons", "licenses", "schema")  # the folders of resources/

setup(
    packages=[
        *find_packages(include=["amk_desktop", "amk_desktop.*"]),
        *(f"amk_desktop.data.{folder}" for folder in DATA_FOLDERS),
    ],
    package_dir={"amk_desktop.data": "resources"},
    package_data={
        "amk_desktop": ["i18n/*.qm"],
        **{f"amk_desktop.data.{folder}": ["*", "**/*"] for folder in DATA_FOLDERS},
    },
)
