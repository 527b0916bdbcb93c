"""Widgets the pages are built from. They reach the session only through the model they are
given, never a service or the window."""
