"""The Qt-free core: the model, its content, the radar geometry. Nothing here imports Qt."""

# The session file's suffix, here so that the window can know it without importing the
# (heavier) file-format module at start-up.
SESSION_FILE_SUFFIX = ".amk"
