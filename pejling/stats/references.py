"""Reference series: slices of official tables that no Mål binds but another context needs — the population
by age band that inddragelse sets its participants against. Contexts register a provider (in their AppConfig);
``pejling sync`` fetches what they ask for through the same path as the bindings' series."""

from __future__ import annotations

from collections.abc import Callable

from pejling.lib.bindings import SeriesRequest

Provider = Callable[[], list[tuple[str, SeriesRequest]]]
_PROVIDERS: dict[str, Provider] = {}


def register(name: str, provider: Provider) -> None:
    """Add (or replace) the provider called ``name``; it returns (label, request) pairs."""
    _PROVIDERS[name] = provider


def reference_requests() -> list[tuple[str, SeriesRequest]]:
    """Every registered provider's requests, each slice once."""
    found: dict[str, tuple[str, SeriesRequest]] = {}
    for name in sorted(_PROVIDERS):
        for label, request in _PROVIDERS[name]():
            found.setdefault(request.key, (label, request))
    return list(found.values())
