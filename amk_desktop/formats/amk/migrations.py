"""Versions: check that a parsed document is an AMK session of a version this program reads,
and bring an older one up to `SCHEMA_VERSION` through the `MIGRATIONS` ladder.

`_migrate` reads `MIGRATIONS` from this module at every load, so a test that swaps the ladder
replaces it here (the package's re-export is only another name for the same dict).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import Any

from amk_desktop.core.agenda import ITEM_COUNT, LEAFLET_MINUTES
from amk_desktop.formats.amk.constants import FORMAT_NAME, SCHEMA_VERSION, Document
from amk_desktop.formats.amk.errors import _describe, _ProblemError, _short

Migration = Callable[[Document], Document]


# Upgrade steps: MIGRATIONS[n] turns a document of schema version n into one of version n + 1.
# A step is a pure function without I/O; it changes the content, the ladder then sets
# "schema_version". The loader validates the result of the whole ladder against the current
# version. The oldest readable version is min(MIGRATIONS) (or SCHEMA_VERSION when empty).
def _give_groups_an_identity(document: Document) -> Document:
    """Version 1 → 2: every group gets an identity ("id") and a time of change ("modified").

    The identity is derived from the file itself (its creation time, the group's place and
    content), not drawn at random: the same version-1 file gives its groups the same identities
    at every load, so collecting it twice recognises its groups the second time (and a copy
    saved in version 2 keeps them). The time of change is the file's own "modified". Anything
    that is not as version 1 has it is left for validation to refuse."""
    groups = document.get("groups")
    if not isinstance(groups, list):
        return document
    created = document.get("created")
    for index, group in enumerate(groups):
        if not isinstance(group, dict):
            continue
        content = json.dumps([created, index, group], sort_keys=True, ensure_ascii=True)
        identity = hashlib.sha256(content.encode("ascii")).hexdigest()[:32]
        upgraded = {"id": identity, **group, "modified": document.get("modified")}
        group.clear()
        group.update(upgraded)
    return document


def _add_the_agenda(document: Document) -> Document:
    """Version 2 → 3: the timed agenda ("agenda"): the leaflet's 60 minutes, not started."""
    document.setdefault(
        "agenda",
        {
            "meeting_minutes": LEAFLET_MINUTES,
            "current": 0,
            "spent": [0] * ITEM_COUNT,
            "added": [0] * ITEM_COUNT,
        },
    )
    return document


def _add_the_follow_up(document: Document) -> Document:
    """Version 3 → 4 (issue 12): each agreement's outcome (how it went: "" until it is followed
    up) and the earlier meeting the session follows up ("baseline": none)."""
    if "baseline" in document:
        raise _ProblemError(
            "unknown_field",
            'unknown field "baseline" (format version 3 has no such field)',
            "baseline",
        )
    agreements = document.get("agreements")
    if isinstance(agreements, list):
        for index, agreement in enumerate(agreements):
            if isinstance(agreement, dict):
                if "outcome" in agreement:
                    raise _ProblemError(
                        "unknown_field",
                        'unknown field "outcome" (format version 3 has no such field)',
                        f"agreements[{index}].outcome",
                    )
                agreement["outcome"] = ""
    document["baseline"] = None
    return document


MIGRATIONS: dict[int, Migration] = {
    1: _give_groups_an_identity,
    2: _add_the_agenda,
    3: _add_the_follow_up,
}


def _migrate(document: Any) -> Document:
    """Check the kind and version of the document and bring it to SCHEMA_VERSION."""
    if not isinstance(document, dict) or "format" not in document:
        raise _ProblemError(
            "not_amk_file",
            f'the file holds JSON, but not an AMK session (it has no "format": "{FORMAT_NAME}")',
        )
    kind = document["format"]
    if kind != FORMAT_NAME:
        shown = _short(kind) if isinstance(kind, str) else _describe(kind)
        raise _ProblemError(
            "not_amk_file",
            f'the file is of another kind ("format" is {shown}), not an AMK session file',
        )
    version = document.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise _ProblemError(
            "bad_version",
            'the file has no valid "schema_version" (a whole number), so its format version '
            "is unknown",
            "schema_version",
        )
    if version > SCHEMA_VERSION:
        writer = document.get("app_version")
        by = f" (AMK Desktop {writer[:20]})" if isinstance(writer, str) and writer else ""
        raise _ProblemError(
            "newer_version",
            f"the file was saved by a newer program{by} in format version {version}; this "
            f"program reads up to version {SCHEMA_VERSION}. Update AMK Desktop to open it",
        )
    oldest = min(MIGRATIONS, default=SCHEMA_VERSION)
    if version < oldest:
        raise _ProblemError(
            "bad_version",
            f"format version {version} does not exist or is too old to read "
            f"(this program reads versions {oldest} to {SCHEMA_VERSION})",
            "schema_version",
        )
    while version < SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        try:
            if step is None:
                raise LookupError(f"no migration from version {version}")
            document = step(document)
            if not isinstance(document, dict):
                raise TypeError("the migration did not return an object")
        except _ProblemError:
            raise  # the document is not as its version has it: said as for any other file
        except Exception as exc:
            raise _ProblemError(
                "migration_failed",
                f"the file could not be upgraded from format version {version} to "
                f"{version + 1} ({type(exc).__name__}: {exc})",
            ) from None
        version += 1
        document["schema_version"] = version
    return document
