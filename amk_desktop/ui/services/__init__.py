"""What the window uses but does not show itself: the open document, autosave, output files,
printing, dialogs and settings. Built once by `amk_desktop.app` and handed to the window."""
