"""Bundles: one file that carries cases (records and evidence files) between workstations.

The format is described in docs/bundle-format.md.  `workbench.services.sync` is the API
the window and the command line call; the modules here do one step each.
"""
