"""The data layer: series (table slices owned by their source), raw answers (snapshots), the cells read from
them (observations, with revision history), indicators derived from series and their stored values, sync runs."""

from __future__ import annotations

from django.db import models


class SyncRun(models.Model):
    """One run of `pejling sync` (or an import): when, against what, what happened."""

    class Status(models.TextChoices):
        RUNNING = "running", "kører"
        OK = "ok", "gennemført"
        PARTIAL = "partial", "delvist gennemført"
        FAILED = "failed", "fejlet"

    kind = models.CharField("type", max_length=20, default="sync")
    started_at = models.DateTimeField("startet")
    finished_at = models.DateTimeField("afsluttet", null=True, blank=True)
    status = models.CharField("status", max_length=10, choices=Status.choices, default=Status.RUNNING)
    source_url = models.CharField("kilde-URL", max_length=300, blank=True)
    sample_data = models.BooleanField("eksempeldata (ikke officielle tal)", default=False)
    counts = models.JSONField("tællinger", default=dict)
    report = models.JSONField("fejlrapport", default=list)

    class Meta:
        verbose_name = "synkronisering"
        verbose_name_plural = "synkroniseringer"
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return f"{self.kind} {self.started_at:%Y-%m-%d %H:%M} ({self.status})"


class Series(models.Model):
    """One table slice of one source, shared by every binding in any plan that asks for it: identified by
    ``key``, the sha256 of its canonical selection (``pejling.lib.bindings.SeriesRequest``)."""

    key = models.CharField("nøgle", max_length=64, unique=True)
    source = models.CharField("kilde", max_length=20)
    table = models.CharField("tabel", max_length=100, db_index=True)
    selection = models.JSONField("udvalg (kanonisk)")
    label = models.CharField("betegnelse", max_length=1000)
    created_at = models.DateTimeField("oprettet")

    class Meta:
        verbose_name = "serie"
        verbose_name_plural = "serier"
        ordering = ["table", "label"]

    def __str__(self) -> str:
        return f"{self.source}:{self.label}"


class Snapshot(models.Model):
    """A raw answer exactly as received, with the request that produced it."""

    sync_run = models.ForeignKey(SyncRun, on_delete=models.SET_NULL, null=True, blank=True, related_name="snapshots")
    source = models.CharField("kilde", max_length=20)
    table = models.CharField("tabel", max_length=100)
    series = models.ForeignKey(
        Series, on_delete=models.PROTECT, null=True, blank=True, related_name="snapshots", verbose_name="serie"
    )
    kind = models.CharField("slags", max_length=20)  # tables, tableinfo, data, file
    request = models.JSONField("forespørgsel")
    request_signature = models.CharField("forespørgslens signatur", max_length=64, blank=True)
    content = models.BinaryField("svar (rå bytes)")
    content_type = models.CharField("indholdstype", max_length=100, blank=True)
    sha256 = models.CharField("sha256", max_length=64)
    retrieved_at = models.DateTimeField("hentet")
    table_updated = models.DateTimeField("tabellen opdateret", null=True, blank=True)
    origin = models.CharField("oprindelse", max_length=300, blank=True)
    sample_data = models.BooleanField("eksempeldata", default=False)

    class Meta:
        verbose_name = "rå svar"
        verbose_name_plural = "rå svar"
        ordering = ["-retrieved_at"]

    def __str__(self) -> str:
        return f"{self.source}:{self.table} {self.kind} {self.retrieved_at:%Y-%m-%d %H:%M}"


class Observation(models.Model):
    """One cell: area, period and the other variables' codes, with value and flags."""

    class Flag(models.TextChoices):
        NONE = "", "—"
        MISSING = "missing", "mangler"
        SUPPRESSED = "suppressed", "diskretioneret"
        PRELIMINARY = "preliminary", "foreløbig"

    series = models.ForeignKey(Series, on_delete=models.PROTECT, related_name="observations", verbose_name="serie")
    source = models.CharField("kilde", max_length=20)  # the series' source and table, copied for filtering
    table = models.CharField("tabel", max_length=100, db_index=True)
    area = models.CharField("område", max_length=10)
    period = models.CharField("periode", max_length=20)
    dims = models.JSONField("øvrige koder", default=dict)
    dims_key = models.CharField("nøgle for øvrige koder", max_length=1000)
    value = models.FloatField("værdi", null=True, blank=True)
    flag = models.CharField("markering", max_length=20, choices=Flag.choices, blank=True, default="")
    # What describes a cell without identifying it (local data: its citation and note). Provenance, not a
    # dimension: a re-import with another citation revises the same observation.
    notes = models.JSONField("noter (kilde, bemærkning)", default=dict, blank=True)
    snapshot = models.ForeignKey(Snapshot, on_delete=models.PROTECT, related_name="observations")
    first_seen_at = models.DateTimeField("først set")
    updated_at = models.DateTimeField("senest ændret")

    class Meta:
        verbose_name = "observation"
        verbose_name_plural = "observationer"
        constraints = [
            models.UniqueConstraint(fields=["series", "area", "period", "dims_key"], name="unique_series_observation")
        ]

    def __str__(self) -> str:
        return f"{self.table} {self.area} {self.period} = {self.value}"


class ObservationRevision(models.Model):
    """An earlier value of an observation, kept when the source revised it."""

    observation = models.ForeignKey(Observation, on_delete=models.CASCADE, related_name="revisions")
    value = models.FloatField("tidligere værdi", null=True, blank=True)
    flag = models.CharField("tidligere markering", max_length=20, blank=True)
    snapshot = models.ForeignKey(Snapshot, on_delete=models.PROTECT, related_name="+")
    valid_from = models.DateTimeField("gyldig fra")
    replaced_at = models.DateTimeField("erstattet")

    class Meta:
        verbose_name = "revision"
        verbose_name_plural = "revisioner"
        ordering = ["observation", "replaced_at"]

    def __str__(self) -> str:
        return f"{self.observation_id}: {self.value} (til / until {self.replaced_at:%Y-%m-%d})"


class Indicator(models.Model):
    """A derivation of one series (and a ratio's denominator series) with a period alignment: shared by every
    binding that derives the same thing, its values computed once when its inputs change."""

    key = models.CharField("nøgle", max_length=64, unique=True)
    series = models.ForeignKey(Series, on_delete=models.PROTECT, related_name="indicators", verbose_name="serie")
    denominator = models.ForeignKey(
        Series, on_delete=models.PROTECT, null=True, blank=True, related_name="+", verbose_name="nævnerserie"
    )
    derivation = models.JSONField("afledning")
    period_alignment = models.CharField("periodetilpasning", max_length=40)
    derive_version = models.PositiveSmallIntegerField("beregningsversion", default=0)
    latest_period = models.CharField("seneste periode i kilden", max_length=20, blank=True)
    computed_at = models.DateTimeField("beregnet", null=True, blank=True)

    class Meta:
        verbose_name = "indikator"
        verbose_name_plural = "indikatorer"

    def __str__(self) -> str:
        return f"{self.derivation.get('kind')}({self.series.label})"


class IndicatorValue(models.Model):
    """One stored value of an indicator per area and aligned period, with what it was computed from."""

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="values")
    area = models.CharField("område", max_length=10)
    period = models.CharField("periode", max_length=20)
    value = models.FloatField("værdi", null=True, blank=True)
    note = models.CharField("bemærkning", max_length=300, blank=True)
    numerator = models.FloatField("tæller", null=True, blank=True)
    denominator = models.FloatField("nævner", null=True, blank=True)
    snapshot = models.ForeignKey(Snapshot, on_delete=models.PROTECT, null=True, related_name="+")
    denominator_snapshot = models.ForeignKey(Snapshot, on_delete=models.PROTECT, null=True, related_name="+")

    class Meta:
        verbose_name = "indikatorværdi"
        verbose_name_plural = "indikatorværdier"
        constraints = [models.UniqueConstraint(fields=["indicator", "area", "period"], name="unique_indicator_value")]

    def __str__(self) -> str:
        return f"{self.area} {self.period} = {self.value}"


class TableState(models.Model):
    """Whether a source still updates a table, as the last sync that looked at it found (``active`` in
    StatBank's /tables and /tableinfo), with the latest period of a table that is no longer updated."""

    source = models.CharField("kilde", max_length=20)
    table = models.CharField("tabel", max_length=100)
    active = models.BooleanField("opdateres", default=True)
    latest_period = models.CharField("seneste periode", max_length=20, blank=True)
    checked_at = models.DateTimeField("kontrolleret")

    class Meta:
        verbose_name = "tabelstatus"
        verbose_name_plural = "tabelstatus"
        constraints = [models.UniqueConstraint(fields=["source", "table"], name="unique_table_state")]

    def __str__(self) -> str:
        return f"{self.source}:{self.table} {'aktiv' if self.active else 'inaktiv'}"
