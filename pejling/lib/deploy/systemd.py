"""systemd units for an installation: the web server, and a timer that runs ``pejling refresh``.

``pejling deploy systemd`` writes them with this installation's paths; ``systemd-analyze verify`` accepts
them. The refresh runs as a oneshot service, so a refresh still running when the timer fires again is not
started twice (and the data lock guards against a manual one).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class SystemdUnits:
    """Where Pejling lives and runs, and when it refreshes (a systemd ``OnCalendar`` expression)."""

    pejling: Path  # the `pejling` console script, e.g. /srv/pejling/.venv/bin/pejling
    workdir: Path
    environment_file: Path  # PEJLING_* settings and DATABASE_URL, one per line
    user: str = "pejling"
    schedule: str = "*-*-* 05:30:00"

    def files(self) -> dict[str, str]:
        return {
            "pejling.service": self.web(),
            "pejling-refresh.service": self.refresh(),
            "pejling-refresh.timer": self.timer(),
        }

    def _common(self) -> str:
        return f"""User={self.user}
Group={self.user}
WorkingDirectory={self.workdir}
EnvironmentFile={self.environment_file}
NoNewPrivileges=yes
PrivateTmp=yes
ProtectSystem=full
ProtectHome=yes"""

    def web(self) -> str:
        return f"""# Written by `pejling deploy systemd`; see docs/operations.md.
[Unit]
Description=Pejling web server (gunicorn)
After=network.target postgresql.service

[Service]
Type=simple
{self._common()}
ExecStart={self.pejling} serve
Restart=on-failure
RestartSec=5

[Install]
WantedBy=multi-user.target
"""

    def refresh(self) -> str:
        return f"""# Written by `pejling deploy systemd`; see docs/operations.md.
[Unit]
Description=Pejling refresh: sync, assess, clear caches
After=network-online.target postgresql.service
Wants=network-online.target

[Service]
Type=oneshot
{self._common()}
ExecStart={self.pejling} refresh
TimeoutStartSec=2h
"""

    def timer(self) -> str:
        return f"""# Written by `pejling deploy systemd`; see docs/operations.md.
[Unit]
Description=Pejling refresh on a schedule

[Timer]
OnCalendar={self.schedule}
Persistent=true
RandomizedDelaySec=10min

[Install]
WantedBy=timers.target
"""
