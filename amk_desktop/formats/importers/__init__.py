"""Reading other files into a session (coming: groups collected from other .amk files, the
survey's CSV and xlsx). Each importer returns plain core objects and a preview of what would
change; applying it is one command (`amk_desktop.core.commands`)."""
