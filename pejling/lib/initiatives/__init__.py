"""Initiatives (udmøntningsplaner): statuses, reporting schedules, reminders and delivery against outcome."""
