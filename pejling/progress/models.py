"""Assessments: a status per Mål × municipality × as-of date with every calculation component, and roll-ups."""

from __future__ import annotations

from django.db import models

from pejling.lib.progress.statuses import STATUSES
from pejling.plans.models import PlanEntity, PlanVersion

STATUS_CHOICES = [(status.code, status.label) for status in STATUSES.values()]


class Assessment(models.Model):
    """One Mål for one municipality on one as-of date. Never edited; a new as-of date makes a new row."""

    plan_version = models.ForeignKey(PlanVersion, on_delete=models.CASCADE, related_name="assessments")
    goal = models.ForeignKey(PlanEntity, on_delete=models.CASCADE, related_name="goal_assessments")
    target = models.ForeignKey(PlanEntity, on_delete=models.CASCADE, related_name="assessments")
    area = models.CharField("kommune", max_length=3)
    as_of = models.DateField("opgjort pr.")
    computed_at = models.DateTimeField("beregnet")
    method = models.CharField("metode", max_length=30)
    status = models.CharField("status", max_length=30, choices=STATUS_CHOICES)
    score = models.FloatField("score (−5 … +5)", null=True, blank=True)
    reason = models.TextField("begrundelse", blank=True)  # in Danish; pages render reason_code in their language
    reason_code = models.CharField("begrundelse (kode)", max_length=40, blank=True)
    reason_params = models.JSONField("begrundelsens værdier", default=dict)
    direction = models.SmallIntegerField("retning (+1 op, −1 ned)")
    base_year = models.PositiveSmallIntegerField("basisår", null=True, blank=True)
    base_value = models.FloatField("basisværdi", null=True, blank=True)
    current_year = models.PositiveSmallIntegerField("seneste år", null=True, blank=True)
    current_value = models.FloatField("seneste værdi", null=True, blank=True)
    target_value = models.FloatField("målværdi", null=True, blank=True)
    target_year = models.PositiveSmallIntegerField("målår", null=True, blank=True)
    cagr_observed = models.FloatField("observeret årlig vækst", null=True, blank=True)
    cagr_required = models.FloatField("nødvendig årlig vækst", null=True, blank=True)
    progress_value = models.FloatField("fremdriftsværdi (P eller R)", null=True, blank=True)
    interval_low = models.FloatField("interval, nedre", null=True, blank=True)
    interval_high = models.FloatField("interval, øvre", null=True, blank=True)
    data_vintage = models.JSONField("datagrundlag", default=list)
    next_update = models.DateField("næste forventede opdatering (anslået)", null=True, blank=True)
    first_assessment = models.DateField("første vurdering af fremdrift ventes (anslået)", null=True, blank=True)
    components = models.JSONField("alle beregningsdele", default=dict)
    benchmark = models.JSONField("sammenligning", default=dict)
    projection = models.JSONField("fremskrivning", default=list)
    required_pace = models.JSONField("nødvendigt tempo", null=True, blank=True)
    change_note = models.TextField("ændring siden sidst", blank=True)  # in Danish; pages render ``changes``
    changes = models.JSONField("ændringer siden sidst (koder)", default=list)
    starting_position = models.JSONField("udgangspunkt før planen", null=True, blank=True)
    # the plan's own municipality only: the comparators' series and "Er det os eller hele landet?" as they stood
    references = models.JSONField("sammenligningsgrundlag", null=True, blank=True)

    class Meta:
        verbose_name = "vurdering"
        verbose_name_plural = "vurderinger"
        constraints = [
            models.UniqueConstraint(fields=["plan_version", "target", "area", "as_of"], name="unique_assessment")
        ]
        indexes = [models.Index(fields=["area", "as_of"]), models.Index(fields=["target", "area"])]

    def __str__(self) -> str:
        return f"{self.target.key} {self.area} {self.as_of}: {self.status}"


class RollUp(models.Model):
    """The mean score and the count per status for a målsætning (``goal``) or the whole plan (no goal)."""

    plan_version = models.ForeignKey(PlanVersion, on_delete=models.CASCADE, related_name="rollups")
    goal = models.ForeignKey(
        PlanEntity, on_delete=models.CASCADE, null=True, blank=True, related_name="rollups", verbose_name="målsætning"
    )
    area = models.CharField("kommune", max_length=3)
    as_of = models.DateField("opgjort pr.")
    mean_score = models.FloatField("gennemsnitlig score", null=True, blank=True)
    counts = models.JSONField("antal pr. status", default=dict)

    class Meta:
        verbose_name = "sammentælling"
        verbose_name_plural = "sammentællinger"
        constraints = [
            models.UniqueConstraint(fields=["plan_version", "goal", "area", "as_of"], name="unique_rollup"),
            models.UniqueConstraint(
                fields=["plan_version", "area", "as_of"], condition=models.Q(goal=None), name="unique_plan_rollup"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.goal.key if self.goal else 'plan'} {self.area} {self.as_of}: {self.mean_score}"


class PeerSet(models.Model):
    """A municipality's statistical nearest neighbours for one as-of date, with "why similar" and stability."""

    plan_version = models.ForeignKey(PlanVersion, on_delete=models.CASCADE, related_name="peer_sets")
    as_of = models.DateField("opgjort pr.")
    year = models.PositiveSmallIntegerField("datår")
    area = models.CharField("kommune", max_length=3)
    peers = models.JSONField("naboer")
    imputed = models.JSONField("manglende værdier erstattet af gennemsnittet", default=list)
    stability = models.JSONField("stabilitet mod året før", default=dict)

    class Meta:
        verbose_name = "statistiske naboer"
        verbose_name_plural = "statistiske naboer"
        constraints = [models.UniqueConstraint(fields=["plan_version", "as_of", "area"], name="unique_peer_set")]

    def __str__(self) -> str:
        return f"{self.area} {self.year}: {', '.join(p['area'] for p in self.peers)}"
