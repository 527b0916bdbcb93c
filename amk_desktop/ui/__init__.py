"""The window: Qt widgets and services, thin over the core (see docs/architecture.md)."""

from amk_desktop.ui.pyside_imports import stop_caching_sources

stop_caching_sources()  # before the window's own modules, pyqtgraph and numpy are imported
