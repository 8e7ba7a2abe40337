"""Inddragelse's rules, free of Django: what a contribution may contain (``text``, ``cvr``), its kinds and the
statuses of the municipality's answer (``kinds``), moderation and answer deadlines (``moderation``), and how
representative the participants are of the population (``representativeness``)."""
