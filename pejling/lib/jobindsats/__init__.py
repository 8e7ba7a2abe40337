"""Jobindsats (STAR) API v3: client and parser."""
