"""A fake Jobindsats (API v2) on loopback for tests, benchmarks and the offline demo; everything it serves is
"Eksempeldata fra Pejlings testserver — ikke tal fra Jobindsats.dk"."""
