"""The Qt widgets: thin views over the core model."""
