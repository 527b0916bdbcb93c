"""The format's names and numbers: what a session file is called and the limits it keeps.

`amk_desktop.formats.amk` re-exports them all; they live here, at the bottom of the package, so
that every other module of it can import them.
"""

from __future__ import annotations

from typing import Any

from amk_desktop.core import SESSION_FILE_SUFFIX, limits

FORMAT_NAME = "amk-session"
SCHEMA_VERSION = 4
FILE_SUFFIX = SESSION_FILE_SUFFIX
BACKUP_SUFFIX = ".bak"
MEDIA_TYPE = "application/vnd.amk-session+json"

# Limits far above any real meeting; they stop hostile or broken files, and the window keeps
# every session within them (amk_desktop.core.limits owns the numbers).
MAX_FILE_SIZE = limits.MAX_FILE_SIZE  # bytes
MAX_GROUPS = limits.MAX_GROUPS
MAX_AGREEMENTS = limits.MAX_AGREEMENTS
MAX_TEXT_LENGTH = limits.MAX_TEXT_LENGTH  # characters in one text
MAX_DEPTH = 32  # nesting of lists and objects (a valid file nests 4 deep)
MAX_VERSION_LENGTH = 100  # characters in "app_version"

Document = dict[str, Any]  # a session file's JSON object, as json.loads returns it
