"""Claims-dispute review workbench: the core library (no Qt).

The UI (`ui/`) and the command line (`workbench.cli`) both call the typed
services in `workbench.services`; only `workbench.storage` talks to the database.
"""

__version__ = "0.1.0"
