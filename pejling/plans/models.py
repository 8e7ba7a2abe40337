"""The plan as data. Each load of a changed file makes a new PlanVersion with its own copy of
goals, targets, initiatives, bindings and comparison groups, so every earlier interpretation stays
recoverable (goalpost integrity). Each copied row points at a PlanEntity, the lasting identity of its
målsætning, forudsætning, Mål, initiative or binding across versions, which everything downstream refers to."""

from __future__ import annotations

from django.db import models


class Plan(models.Model):
    """A municipality's strategic plan, identified by the plan file's ``plan.id``."""

    slug = models.SlugField("id", max_length=100, unique=True)
    municipality_code = models.CharField("kommunekode", max_length=3)
    created_at = models.DateTimeField("oprettet", auto_now_add=True)

    class Meta:
        verbose_name = "plan"
        verbose_name_plural = "planer"

    def __str__(self) -> str:
        return self.slug

    def latest_version(self) -> PlanVersion | None:
        return self.versions.order_by("-number").first()


class PlanEntity(models.Model):
    """The lasting identity of a målsætning, forudsætning, Mål, initiative or binding: (plan, kind, key).

    Versions come and go; the entity stays. Assessments, initiative updates, citizen input and reports point
    here, so a Mål whose interpretation changed in a new version is still the same Mål."""

    class Kind(models.TextChoices):
        GOAL = "goal", "målsætning"
        PREREQUISITE = "prerequisite", "forudsætning"
        TARGET = "target", "mål"
        INITIATIVE = "initiative", "initiativ"
        BINDING = "binding", "indikatorbinding"

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="entities", verbose_name="plan")
    kind = models.CharField("slags", max_length=20, choices=Kind.choices)
    key = models.CharField("id", max_length=100)

    class Meta:
        verbose_name = "planelement"
        verbose_name_plural = "planelementer"
        constraints = [models.UniqueConstraint(fields=["plan", "kind", "key"], name="unique_plan_entity")]
        ordering = ["plan", "kind", "key"]

    def __str__(self) -> str:
        return f"{self.plan.slug}:{self.kind}:{self.key}"


def entity_field(related_name: str) -> models.ForeignKey[PlanEntity, PlanEntity]:
    """The versioned row's pointer at its lasting identity."""
    return models.ForeignKey(
        PlanEntity, on_delete=models.CASCADE, related_name=related_name, verbose_name="varig identitet"
    )


class PlanVersion(models.Model):
    """One loaded state of a plan file; never changed after it is written."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="versions", verbose_name="plan")
    number = models.PositiveIntegerField("versionsnummer")
    content_sha256 = models.CharField("indholdets sha256", max_length=64)
    document = models.JSONField("planfilens indhold (valideret)")
    source_text = models.TextField("planfilens tekst")
    source_path = models.CharField("indlæst fra", max_length=500, blank=True)
    loaded_at = models.DateTimeField("indlæst")
    title = models.CharField("titel", max_length=300)
    status = models.CharField("status", max_length=20)
    adopted = models.DateField("vedtaget", null=True, blank=True)
    horizon_min_years = models.PositiveSmallIntegerField("sigte, mindst år")
    horizon_max_years = models.PositiveSmallIntegerField("sigte, højst år")
    intro = models.TextField("indledning", blank=True)
    source_document = models.CharField("kildedokument", max_length=300, blank=True)

    class Meta:
        verbose_name = "planversion"
        verbose_name_plural = "planversioner"
        constraints = [models.UniqueConstraint(fields=["plan", "number"], name="unique_plan_version")]
        ordering = ["plan", "number"]

    def __str__(self) -> str:
        return f"{self.plan.slug} v{self.number}"


class Goal(models.Model):
    """A målsætning."""

    version = models.ForeignKey(PlanVersion, on_delete=models.CASCADE, related_name="goals", verbose_name="planversion")
    entity = entity_field("goal_versions")
    key = models.CharField("id", max_length=50)
    number = models.PositiveSmallIntegerField("nummer")
    title = models.CharField("titel", max_length=300)
    intro = models.TextField("indledning")
    initiatives_intro = models.TextField("indledning til initiativer", blank=True)
    priority = models.PositiveSmallIntegerField("prioritet", null=True, blank=True)
    position = models.PositiveSmallIntegerField("rækkefølge")

    class Meta:
        verbose_name = "målsætning"
        verbose_name_plural = "målsætninger"
        constraints = [models.UniqueConstraint(fields=["version", "key"], name="unique_goal_key")]
        ordering = ["version", "position"]

    def __str__(self) -> str:
        return f"{self.number}. {self.title}"


class Prerequisite(models.Model):
    """A grundlæggende forudsætning."""

    version = models.ForeignKey(
        PlanVersion, on_delete=models.CASCADE, related_name="prerequisites", verbose_name="planversion"
    )
    entity = entity_field("prerequisite_versions")
    key = models.CharField("id", max_length=50)
    title = models.TextField("titel")
    short_title = models.CharField("kort titel", max_length=300, blank=True)
    text = models.TextField("tekst")
    position = models.PositiveSmallIntegerField("rækkefølge")

    class Meta:
        verbose_name = "forudsætning"
        verbose_name_plural = "forudsætninger"
        constraints = [models.UniqueConstraint(fields=["version", "key"], name="unique_prerequisite_key")]
        ordering = ["version", "position"]

    def __str__(self) -> str:
        return self.short_title or self.title


class Initiative(models.Model):
    """A "Sådan gør vi det" initiative."""

    goal = models.ForeignKey(Goal, on_delete=models.CASCADE, related_name="initiatives", verbose_name="målsætning")
    entity = entity_field("initiative_versions")
    key = models.CharField("id", max_length=50)
    text = models.TextField("tekst")
    owner = models.CharField("ansvarlig", max_length=200, blank=True)
    position = models.PositiveSmallIntegerField("rækkefølge")

    class Meta:
        verbose_name = "initiativ"
        verbose_name_plural = "initiativer"
        ordering = ["goal", "position"]

    def __str__(self) -> str:
        return self.text


class Target(models.Model):
    """A Mål with the interpretation used to assess it."""

    goal = models.ForeignKey(Goal, on_delete=models.CASCADE, related_name="targets", verbose_name="målsætning")
    entity = entity_field("target_versions")
    key = models.CharField("id", max_length=50)
    text = models.TextField("planens ordlyd")
    direction = models.CharField("retning", max_length=40)
    ambition = models.CharField("ambitionsord", max_length=20, blank=True)
    base_year = models.PositiveSmallIntegerField("basisår", null=True, blank=True)
    target_year = models.PositiveSmallIntegerField("målår")
    long_view_year = models.PositiveSmallIntegerField("langsigtet år")
    rule = models.CharField("målregel", max_length=20)
    target_value = models.FloatField("målværdi", null=True, blank=True)
    relative_change_percent = models.FloatField("relativ ændring i pct.", null=True, blank=True)
    decided = models.BooleanField("politisk vedtaget", default=False)
    interpretation_note = models.TextField("fortolkning", blank=True)
    note = models.TextField("note", blank=True)
    position = models.PositiveSmallIntegerField("rækkefølge")

    class Meta:
        verbose_name = "mål"
        verbose_name_plural = "mål"
        ordering = ["goal", "position"]

    def __str__(self) -> str:
        return f"{self.key} {self.text}"


class Binding(models.Model):
    """An indicator series bound to a Mål."""

    target = models.ForeignKey(Target, on_delete=models.CASCADE, related_name="bindings", verbose_name="mål")
    entity = entity_field("binding_versions")
    key = models.CharField("id", max_length=100)
    label = models.TextField("betegnelse")
    source = models.CharField("kilde", max_length=20)
    table = models.CharField("tabel", max_length=100)
    area_variable = models.CharField("områdevariabel", max_length=50, blank=True)
    time_variable = models.CharField("tidsvariabel", max_length=50, default="Tid")
    select = models.JSONField("udvalgte koder", default=dict)
    measure = models.CharField("måltal", max_length=200, blank=True)
    derivation = models.JSONField("afledning")
    unit = models.CharField("enhed", max_length=50)
    period_alignment = models.CharField("periodetilpasning", max_length=40)
    verified = models.BooleanField("koder verificeret", default=False)
    note = models.TextField("note", blank=True)
    position = models.PositiveSmallIntegerField("rækkefølge")

    class Meta:
        verbose_name = "indikatorbinding"
        verbose_name_plural = "indikatorbindinger"
        ordering = ["target", "position"]

    def __str__(self) -> str:
        return f"{self.key} ({self.source}:{self.table})"


class ComparisonGroup(models.Model):
    """A named, dated set of areas to compare with."""

    version = models.ForeignKey(
        PlanVersion, on_delete=models.CASCADE, related_name="comparison_groups", verbose_name="planversion"
    )
    key = models.CharField("id", max_length=50)
    name = models.CharField("navn", max_length=200)
    members = models.JSONField("medlemmer (områdekoder)")
    rationale = models.TextField("begrundelse")
    valid_from = models.DateField("gyldig fra")
    valid_to = models.DateField("gyldig til", null=True, blank=True)
    source = models.CharField("kilde", max_length=300, blank=True)
    is_default = models.BooleanField("standardgruppe", default=False)
    position = models.PositiveSmallIntegerField("rækkefølge")

    class Meta:
        verbose_name = "sammenligningsgruppe"
        verbose_name_plural = "sammenligningsgrupper"
        constraints = [models.UniqueConstraint(fields=["version", "key"], name="unique_group_key")]
        ordering = ["version", "position"]

    def __str__(self) -> str:
        return self.name
