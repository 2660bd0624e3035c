"""Domain objects: plain dataclasses and enums, independent of storage and UI."""
