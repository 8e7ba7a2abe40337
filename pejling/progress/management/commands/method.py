"""``pejling method evaluate --values "2015:10.2,2016:10.9" --direction up [--target V --target-year Y]``."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from pejling.lib.progress import DEFAULT_METHOD, METHODS
from pejling.lib.progress.opensdg import SeriesSpec
from pejling.lib.progress.projection import as_dict, project
from pejling.progress.labels import reason_texts, status_labels


def parse_values(text: str) -> dict[int, float]:
    """ "2015:10.2,2016:10.9" → {2015: 10.2, 2016: 10.9}; a decimal comma is not allowed here (the list uses commas)."""
    values: dict[int, float] = {}
    for item in text.split(","):
        if not item.strip():
            continue
        try:
            year, value = item.split(":")
            values[int(year)] = float(value)
        except ValueError:
            raise CommandError(
                f"ugyldig værdi / invalid value {item.strip()!r}; brug / use ÅR:VÆRDI, e.g. 2015:10.2"
            ) from None
    if not values:
        raise CommandError("ingen værdier / no values")
    return values


class Command(BaseCommand):
    help = "Regn en status efter Pejlings metode på vilkårlige tal / run the status method on any numbers."

    def add_arguments(self, parser: CommandParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True)
        evaluate = actions.add_parser("evaluate", help="vurdér én serie / assess one series")
        evaluate.add_argument("--values", required=True, help='"2015:10.2,2016:10.9,..."')
        evaluate.add_argument("--direction", required=True, choices=["up", "down"])
        evaluate.add_argument("--target", type=float)
        evaluate.add_argument("--target-year", type=int, default=2030)
        evaluate.add_argument("--threshold", type=float, help="binært mål, fx 0 for nettotilflytning > 0")
        evaluate.add_argument("--base-year", type=int, help="standard: første år / default: the first year")
        evaluate.add_argument("--limit", type=float, help="naturlig grænse (metode 1) / natural limit")
        evaluate.add_argument("--method", choices=sorted(METHODS), default=DEFAULT_METHOD)
        evaluate.add_argument("--format", choices=["text", "json"], default="text")

    def handle(self, *args: Any, **options: Any) -> None:
        values = parse_values(options["values"])
        spec = SeriesSpec(
            values=values,
            direction=1 if options["direction"] == "up" else -1,
            base_year=options["base_year"] or min(values),
            target=options["target"],
            target_year=options["target_year"],
            limit=options["limit"],
        )
        result = METHODS[options["method"]](spec, options["threshold"])
        projections = project(values, spec.base_year, [spec.target_year, 2040])
        payload = result.as_dict() | status_labels(result.status) | reason_texts(result.reason, result.reason_params)
        payload["projection"] = [as_dict(p) for p in projections]
        if options["format"] == "json":
            self.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2))
            return
        self.stdout.write(f"Status: {payload['label_da']} / {payload['label_en']} (metode {result.method})")
        self.stdout.write(f"Score: {'—' if result.score is None else f'{result.score:.2f}'}")
        if result.reason:
            self.stdout.write(f"Begrundelse / reason: {payload['reason_da']} / {payload['reason_en']}")
        for name, value in result.components.items():
            self.stdout.write(f"  {name}: {value}")
        for p in projections:
            self.stdout.write(
                f"  fremskrivning / projection {p.year}: {p.value:.3g} (90 %: {p.low:.3g} – {p.high:.3g})"
            )
