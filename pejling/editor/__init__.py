"""The staff editor (/redaktion/): initiatives (udmøntningsplaner) with owners, milestones, budgets and updates,
reporting periods and their locks, reminders, and local data entered in the browser."""
