"""Reading other programs' files: `survey_table`, the survey's answers from CSV (xlsx coming).
Each importer returns plain core objects and says which rows it could not use and why."""
