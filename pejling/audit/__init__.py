"""The audit trail: every change to initiatives, milestones, budgets, updates, local data, interpretations and
users, with actor, time, before and after. Audited models refuse any write outside an action's ``change()``."""
