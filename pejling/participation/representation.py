"""Who the input comes from, beside who lives there: the contributions' stated age bands against the
municipality's population (FOLK1A, ``population``) and their postal codes (FOLK1A has no postal codes, so
districts are shown without a population share), with the sentence "bidragene kommer især fra …"."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.utils.translation import gettext

from pejling.lib.participation.representativeness import Share, most_over_represented, shares
from pejling.participation.models import Contribution
from pejling.participation.population import by_age_band


def _band(code: str) -> str:
    return code.replace("-", "–")


def _sentence(top_age: Share | None, top_post: Share | None) -> str:
    if top_age and top_post:
        return gettext("Bidragene kommer især fra %(age)s-årige i postnummer %(post)s.") % {
            "age": _band(top_age.group),
            "post": top_post.group,
        }
    if top_age:
        return gettext("Bidragene kommer især fra %(age)s-årige.") % {"age": _band(top_age.group)}
    if top_post:
        return gettext("Bidragene kommer især fra postnummer %(post)s.") % {"post": top_post.group}
    return ""


def representation(area: str, contributions: Iterable[Contribution]) -> dict[str, Any] | None:
    """Age bands and postal codes of ``contributions`` (None when there are none)."""
    found = list(contributions)
    if not found:
        return None
    population = by_age_band(area)
    ages, ages_unstated = shares((c.age_band for c in found), population.by_band if population else {})
    posts, posts_unstated = shares((c.postal_code for c in found), {})
    posts = sorted(posts, key=lambda s: (-s.participants, s.group))
    top_post = posts[0] if posts and (len(posts) == 1 or posts[0].participants > posts[1].participants) else None
    return {
        "ages": [{"band": _band(s.group), "share": s} for s in ages],
        "ages_unstated": ages_unstated,
        "posts": posts,
        "posts_unstated": posts_unstated,
        "sentence": _sentence(most_over_represented(ages), top_post),
        "population": population,
        "total": len(found),
    }
