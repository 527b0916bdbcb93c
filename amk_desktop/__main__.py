"""`python -m amk_desktop` is the same as the `amk-desktop` command."""

import sys

from amk_desktop.cli import main

sys.exit(main())
