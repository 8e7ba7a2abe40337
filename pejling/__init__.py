"""Pejling: a municipality's strategic plan as data, measured against official statistics."""

__version__ = "0.1.0"
