"""How sessions are stored and read: the .amk file format, and (coming) importers of other files."""
