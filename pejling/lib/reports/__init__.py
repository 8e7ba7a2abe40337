"""The byrådsrapport's rules, free of Django: its fingerprint (``fingerprint``), its one-page summary and
goalposts (``summary``), and what changed since the previous report, each change with its cause (``since``)."""
