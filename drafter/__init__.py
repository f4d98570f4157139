"""drafter: mine county speeches into a phrase bank and draft new ones from a targets file."""

__version__ = "0.1.0"
