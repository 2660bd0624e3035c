"""The only part of the workbench that talks SQL.

`rows` holds the typed SQLAlchemy tables, `database` opens (and migrates) a
database file, `case_list` reads the case list through the DB-API alone so the
first window paint does not wait for SQLAlchemy to import.
"""
