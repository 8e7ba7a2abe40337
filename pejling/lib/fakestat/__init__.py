"""A fake StatBank: deterministic, plausible data for every table the Randers plan binds, served over
real HTTP on loopback with injectable latency and faults. Tests, benchmarks and the offline demo use it;
everything it serves is "Eksempeldata — ikke officielle tal"."""
