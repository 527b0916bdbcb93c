"""Compiled translations (.qm), built from translations/*.ts by scripts/build_translations.py."""
