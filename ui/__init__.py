"""The PySide6 user interface.  Holds no SQL and no business rules: it calls
`workbench.services` and turns codes into translated words."""
