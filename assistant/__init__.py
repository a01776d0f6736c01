"""Compliance assistant: cited, verified answers from regulations and internal policies."""

__version__ = "0.1.0"
