"""The Qt-free core: the model, its content, the radar geometry. Nothing here imports Qt."""

# The session file's suffix, here so that the window can know it without importing the
# (heavier) file-format module at start-up.
SESSION_FILE_SUFFIX = ".amk"
# The longest text (a note, a name) a session file may hold, in characters.
MAX_TEXT_LENGTH = 1_000_000
