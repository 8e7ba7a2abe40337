"""A published contribution without going through the form (the form has its own tests)."""

from __future__ import annotations

from datetime import datetime

from pejling.participation import actions
from pejling.participation.models import Contribution
from pejling.plans.models import PlanEntity


def published(moderator, now: datetime, key: str = "1.1", email: str = "borger@example.dk", **fields) -> Contribution:
    entity = PlanEntity.objects.get(kind="target", key=key)
    given = actions.Submission(
        kind=fields.pop("kind", "idea"),
        giver=fields.pop("giver", "citizen"),
        text=fields.pop("text", "Flere stier langs Gudenåen."),
        email=email,
        **fields,
    )
    contribution = actions.confirm(now, actions.submit(now, entity, given))
    if contribution.visibility == "held":
        actions.moderate(moderator, now, contribution, actions.PUBLISH)
    return contribution
