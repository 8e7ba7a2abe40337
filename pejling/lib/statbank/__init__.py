"""Danmarks Statistik's StatBank API v1: client, formats, request planning, typed errors."""
