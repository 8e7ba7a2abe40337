"""nginx in front of Pejling's gunicorn: static files from disk, public pages from nginx's cache.

The application decides what may be cached: public pages say ``Cache-Control: public, s-maxage=P`` and
answer revalidations (If-None-Match / If-Modified-Since) with 304; the admin says ``no-store``; answers
without a lifetime are not stored. So the front holds no rules of its own about which URL is public.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

TEMP_DIRS = ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")


def find_program(name: str = "nginx") -> str | None:
    """A program on PATH or in /usr/sbin (where Debian puts nginx, outside a normal user's PATH)."""
    found = shutil.which(name)
    if found is None and Path("/usr/sbin", name).exists():
        found = str(Path("/usr/sbin", name))
    return found


@dataclass(frozen=True)
class NginxFront:
    """Where nginx listens, where gunicorn answers, and where static files and the page cache live."""

    listen: str
    upstream: str
    static_root: Path
    cache_dir: Path
    server_name: str = "_"
    cache_size: str = "1g"
    static_max_age: int = 3600

    def site(self) -> str:
        """A server block for ``/etc/nginx/sites-enabled/`` (Debian's nginx.conf supplies the rest)."""
        return f"""# Pejling behind nginx. Written by `pejling nginx-config`; see docs/operations.md.
proxy_cache_path {self.cache_dir} levels=1:2 keys_zone=pejling:10m max_size={self.cache_size} inactive=1d
                 use_temp_path=off;

upstream pejling_app {{
    server {self.upstream};
    keepalive 16;
}}

server {{
    listen {self.listen};
    server_name {self.server_name};
    client_max_body_size 2m;

    # Collected static files (`pejling collectstatic`), with the .gz copies WhiteNoise made beside them.
    location /static/ {{
        alias {self.static_root}/;
        gzip_static on;
        expires {self.static_max_age}s;
        access_log off;
    }}

    # Everything else from gunicorn; kept only as long as the application's s-maxage allows, then
    # revalidated with its ETag (a 304 costs the application no rendering).
    location / {{
        proxy_pass http://pejling_app;
        proxy_http_version 1.1;
        proxy_set_header Connection "";
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto $scheme;
        proxy_cache pejling;
        proxy_cache_key $scheme$host$request_uri;
        proxy_cache_revalidate on;
        proxy_cache_lock on;
        proxy_cache_background_update on;
        proxy_cache_use_stale error timeout updating http_500 http_502 http_503 http_504;
        add_header X-Cache-Status $upstream_cache_status always;
    }}
}}
"""

    def standalone(self, prefix: Path, *, workers: int = 2, mime_types: Path = Path("/etc/nginx/mime.types")) -> str:
        """A complete nginx.conf that runs as ``nginx -c FILE -p PREFIX`` with every runtime file in ``prefix``.

        Started as root, nginx' workers run as ``nobody``: ``prefix`` and the static root must be readable
        (and ``prefix`` traversable) by it; nginx creates the temporary and cache folders itself.
        """
        temp = "\n".join(f"    {name}_temp_path {prefix / (name + '_temp')};" for name in TEMP_DIRS)
        site = "\n".join(f"    {line}" if line else "" for line in self.site().splitlines())
        return f"""worker_processes {workers};
pid {prefix / "nginx.pid"};
error_log {prefix / "error.log"};

events {{
    worker_connections 1024;
}}

http {{
    include {mime_types};
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    tcp_nopush on;
{temp}

{site}
}}
"""
