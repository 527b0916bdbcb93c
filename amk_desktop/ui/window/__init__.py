"""The main window: menus, actions, the three steps and the status bar."""
