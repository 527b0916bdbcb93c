"""AMK Desktop: run NFA's work-environment competence dialogue (Arbejdsmiljøkompetencemodellen)."""

__version__ = "0.1.0"
APP_NAME = "AMK Desktop"
APP_ID = "dk.amkdesktop.AmkDesktop"
