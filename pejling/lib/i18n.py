"""Marking text for translation without Django: ``lib/`` holds Danish msgids that ``makemessages`` extracts and
the apps translate with gettext where they are shown."""

from __future__ import annotations


def gettext_noop(message: str) -> str:
    """Marks a Danish msgid for the translation catalogue; returns it as is."""
    return message
