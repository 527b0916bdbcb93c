"""The Qt-free core: the model, its content, the radar geometry. Nothing here imports Qt."""
