"""Django settings, all read from environment variables (12-factor).

SQLite is the default so that a fresh clone runs with no services; production sets ``DATABASE_URL``
(PostgreSQL). See docs/operations.md for every variable.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import dj_database_url

from pejling.lib.env import env_bool, env_float, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("PEJLING_DEBUG", False)
SECRET_KEY = env_str("PEJLING_SECRET_KEY", "pejling-insecure-development-key-change-me")
ALLOWED_HOSTS = env_list("PEJLING_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "testserver"])
# Behind the nginx front with TLS there: trust its X-Forwarded-Proto so that Django knows the request was https.
PEJLING_BEHIND_TLS_PROXY = env_bool("PEJLING_BEHIND_TLS_PROXY", False)
if PEJLING_BEHIND_TLS_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Production over HTTPS (docs/operations.md): redirect http to https, HSTS, cookies only over TLS.
PEJLING_HTTPS = env_bool("PEJLING_HTTPS", False)
SECURE_SSL_REDIRECT = PEJLING_HTTPS
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$", r"^metrics$"]  # probes from inside the host
SECURE_HSTS_SECONDS = env_int("PEJLING_HSTS_SECONDS", 31_536_000 if PEJLING_HTTPS else 0, minimum=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("PEJLING_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("PEJLING_HSTS_PRELOAD", False)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = PEJLING_HTTPS
SESSION_COOKIE_HTTPONLY = CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = CSRF_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Asking browsers' HSTS preload lists to include the site is the municipality's own decision (hstspreload.org);
# until PEJLING_HSTS_PRELOAD is set, Django's reminder about it is not a warning of `check --deploy`.
SILENCED_SYSTEM_CHECKS = [] if SECURE_HSTS_PRELOAD else ["security.W021"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "pejling.apps.PejlingConfig",
    "pejling.plans",
    "pejling.stats",
    "pejling.progress",
    "pejling.dashboard",
    "pejling.operations",
    "pejling.audit",
    "pejling.accounts",
    "pejling.editor",
    "pejling.reports",
    "pejling.participation",
    "ninja",
    "axes",
    "csp",
    "django_prometheus",
]

MIDDLEWARE = [
    "django_prometheus.middleware.PrometheusBeforeMiddleware",
    "pejling.operations.http.AllowedMethodsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "pejling.dashboard.caching.LanguageFromPathVaryMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "pejling.dashboard.caching.PublicApiMiddleware",
    "axes.middleware.AxesMiddleware",
    "django_prometheus.middleware.PrometheusAfterMiddleware",
]

# Logins: failed attempts are counted per user name and client address (django-axes); after
# PEJLING_LOGIN_FAILURE_LIMIT failures that pair is locked out for PEJLING_LOGIN_LOCKOUT_MINUTES.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("PEJLING_LOGIN_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("PEJLING_LOGIN_LOCKOUT_MINUTES", 30, minimum=1))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
LOGIN_URL = "editor:login"
LOGIN_REDIRECT_URL = "editor:mine"
LOGOUT_REDIRECT_URL = "editor:login"
AXES_CLIENT_IP_CALLABLE = "pejling.operations.clientip.client_ip"
AXES_VERBOSE = False
AXES_LOCKOUT_CALLABLE = "pejling.operations.lockout.lockout"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Content-Security-Policy (django-csp): everything from this site only; no inline scripts or styles, no eval
# (charts use Vega's expression interpreter). PEJLING_CSP_REPORT_ONLY=true sends it as report-only.
_CSP = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
if env_bool("PEJLING_CSP_REPORT_ONLY", False):
    CONTENT_SECURITY_POLICY_REPORT_ONLY = _CSP
else:
    CONTENT_SECURITY_POLICY = _CSP

ROOT_URLCONF = "pejling.urls"
WSGI_APPLICATION = "pejling.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "pejling.dashboard.context.site",
            ]
        },
    }
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("PEJLING_DB_CONN_MAX_AGE", 0, minimum=0),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

LANGUAGE_CODE = "da"
LANGUAGES = [("da", "Dansk"), ("en", "English")]
TIME_ZONE = "Europe/Copenhagen"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
# Uploaded local data files (kept with each upload; never served by the site).
MEDIA_ROOT = Path(env_str("PEJLING_MEDIA_ROOT", str(BASE_DIR / "var" / "media")))
# The byrådsrapport's DOCX template (a restyled copy of the default; see docs/reports.md).
PEJLING_REPORT_DOCX_TEMPLATE = Path(
    env_str(
        "PEJLING_REPORT_DOCX_TEMPLATE",
        str(Path(__file__).resolve().parent / "reports" / "templates" / "reports" / "byraadsrapport.docx"),
    )
)
STATIC_ROOT = Path(env_str("PEJLING_STATIC_ROOT", str(BASE_DIR / "var" / "static")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True  # serve app static files without collectstatic (clone and run)
WHITENOISE_MAX_AGE = env_int("PEJLING_STATIC_MAX_AGE", 3600, minimum=0)
LOCALE_PATHS = [BASE_DIR / "pejling" / "locale"]
PEJLING_CACHE_SECONDS = env_int("PEJLING_CACHE_SECONDS", 600, minimum=0)
# A file cache is shared by every server worker and by the commands, so that `plan load`, `sync` and `assess`
# clearing it reaches the running site at once.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": env_str("PEJLING_CACHE_DIR", str(BASE_DIR / "var" / "cache")),
        "TIMEOUT": PEJLING_CACHE_SECONDS,
    },
}
# Inddragelse's rate limits and used proof-of-work challenges live in a cache every server process shares: Redis
# when PEJLING_REDIS_URL is set, else a table in the database (created by the participation app's migration).
PEJLING_REDIS_URL = env_str("PEJLING_REDIS_URL", "")
LIMITS_TABLE = "pejling_limits"
if PEJLING_REDIS_URL:
    CACHES["limits"] = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": PEJLING_REDIS_URL}
else:
    CACHES["limits"] = {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": LIMITS_TABLE}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("PEJLING_LOG_LEVEL", "INFO")},
    "loggers": {"httpx": {"level": "WARNING"}, "httpcore": {"level": "WARNING"}},
}

# Pejling's own settings
# The plan (its `plan.id`) the site shows at / and commands use by default; empty: the first loaded plan by id.
PEJLING_PLAN = env_str("PEJLING_PLAN", "")
PEJLING_STATBANK_URL = env_str("PEJLING_STATBANK_URL", "https://api.statbank.dk/v1")
PEJLING_JOBINDSATS_URL = env_str("PEJLING_JOBINDSATS_URL", "https://api.jobindsats.dk")
PEJLING_JOBINDSATS_KEY = env_str("PEJLING_JOBINDSATS_KEY", "")
PEJLING_HTTP_TIMEOUT = env_float("PEJLING_HTTP_TIMEOUT", 30.0, minimum=0.1)
PEJLING_REQUESTS_PER_SECOND = env_float("PEJLING_REQUESTS_PER_SECOND", 2.0, minimum=0.01)
PEJLING_AUTHORITY = env_str("PEJLING_AUTHORITY", "Randers Kommune")
PEJLING_AUTHORITY_URL = env_str("PEJLING_AUTHORITY_URL", "https://www.randers.dk")
PEJLING_WAS_URL = env_str("PEJLING_WAS_URL", "https://was.digst.dk/randers-dk")
PEJLING_PRIVACY_URL = env_str("PEJLING_PRIVACY_URL", "https://www.randers.dk/privatlivspolitik")
PEJLING_GEOJSON = Path(env_str("PEJLING_GEOJSON", str(BASE_DIR / "var" / "geo" / "kommuner.geojson")))
PEJLING_GEOJSON_ATTRIBUTION = env_str("PEJLING_GEOJSON_ATTRIBUTION", "Kilde: kortgrundlaget er ikke angivet")
# `pejling serve` (gunicorn): where it listens and how many worker processes.
PEJLING_BIND = env_str("PEJLING_BIND", "127.0.0.1:8000")
PEJLING_WORKERS = env_int("PEJLING_WORKERS", 2, minimum=1)
# Public pages: how long browsers and a shared front cache (nginx) may keep them; see docs/operations.md.
PEJLING_BROWSER_MAX_AGE = env_int("PEJLING_BROWSER_MAX_AGE", 60, minimum=0)
PEJLING_PROXY_MAX_AGE = env_int("PEJLING_PROXY_MAX_AGE", 10, minimum=0)
# The API never answers more than this many rows in one page (?limit= above it is a 422).
NINJA_PAGINATION_MAX_LIMIT = env_int("PEJLING_API_MAX_LIMIT", 1000, minimum=1)
# When the systemd timer written by `pejling deploy systemd` runs `pejling refresh` (systemd OnCalendar).
PEJLING_REFRESH_SCHEDULE = env_str("PEJLING_REFRESH_SCHEDULE", "*-*-* 05:30:00")
# Who may read /metrics: a bearer token, or these addresses when they ask directly (not through the front).
PEJLING_METRICS_TOKEN = env_str("PEJLING_METRICS_TOKEN", "")
PEJLING_METRICS_ALLOW = env_list("PEJLING_METRICS_ALLOW", ["127.0.0.1", "::1"])
# Where `pejling serve` lets its gunicorn workers keep their request metrics (emptied at each start).
PEJLING_METRICS_DIR = Path(env_str("PEJLING_METRICS_DIR", str(BASE_DIR / "var" / "metrics")))
# /readyz answers 503 when the newest completed sync is older than this.
PEJLING_READY_MAX_DATA_AGE_HOURS = env_int("PEJLING_READY_MAX_DATA_AGE_HOURS", 192, minimum=1)
# Where `pejling refresh` keeps its lock file when the SQLite database has no file of its own.
PEJLING_LOCK_DIR = Path(env_str("PEJLING_LOCK_DIR", str(BASE_DIR / "var")))
PEJLING_HTTP_ATTEMPTS = env_int("PEJLING_HTTP_ATTEMPTS", 5, minimum=1)
PEJLING_HTTP_BACKOFF = env_float("PEJLING_HTTP_BACKOFF", 0.5, minimum=0.0)
# Initiatives (docs/operations.md): optional Danish holidays that are days off besides the public ones, when an
# update is due (working days after its period ends), and when reminders and escalations go out.
PEJLING_EXTRA_DAYS_OFF = env_list("PEJLING_EXTRA_DAYS_OFF", ["Grundlovsdag", "Juleaftensdag", "Nytårsaften"])
PEJLING_UPDATE_DUE_AFTER_DAYS = env_int("PEJLING_UPDATE_DUE_AFTER_DAYS", 10, minimum=0)
PEJLING_REMIND_BEFORE_DAYS = env_int("PEJLING_REMIND_BEFORE_DAYS", 5, minimum=0)
PEJLING_ESCALATE_AFTER_DAYS = env_int("PEJLING_ESCALATE_AFTER_DAYS", 10, minimum=1)
# OpenID Connect (docs/operations.md): set the issuer to turn it on; the endpoints come from its discovery
# document. Roles come from the claim PEJLING_OIDC_ROLES_CLAIM, its values mapped by PEJLING_OIDC_ROLE_MAP.
PEJLING_OIDC_ISSUER = env_str("PEJLING_OIDC_ISSUER", "")
PEJLING_OIDC_NAME = env_str("PEJLING_OIDC_NAME", "kommunens login")
PEJLING_OIDC_ROLES_CLAIM = env_str("PEJLING_OIDC_ROLES_CLAIM", "groups")
PEJLING_OIDC_ROLE_MAP = env_list("PEJLING_OIDC_ROLE_MAP", [])
OIDC_RP_CLIENT_ID = env_str("PEJLING_OIDC_CLIENT_ID", "")
OIDC_RP_CLIENT_SECRET = env_str("PEJLING_OIDC_CLIENT_SECRET", "")
OIDC_RP_SIGN_ALGO = env_str("PEJLING_OIDC_SIGN_ALGO", "RS256")
OIDC_RP_SCOPES = "openid email profile"
OIDC_USE_PKCE = True
OIDC_STORE_ID_TOKEN = True  # the hint for logging out at the provider
OIDC_OP_LOGOUT_URL_METHOD = "pejling.accounts.oidc.provider_logout_url"
OIDC_TIMEOUT = PEJLING_HTTP_TIMEOUT
LOGIN_REDIRECT_URL_FAILURE = "/redaktion/log-ind/?oidc=fejl"
if PEJLING_OIDC_ISSUER:
    AUTHENTICATION_BACKENDS.append("pejling.accounts.oidc.Backend")
# E-mail (reminders): an SMTP server; PEJLING_SITE_URL is the address links in mails point at.
EMAIL_BACKEND = env_str("PEJLING_EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env_str("PEJLING_SMTP_HOST", "localhost")
EMAIL_PORT = env_int("PEJLING_SMTP_PORT", 25, minimum=1)
EMAIL_HOST_USER = env_str("PEJLING_SMTP_USER", "")
EMAIL_HOST_PASSWORD = env_str("PEJLING_SMTP_PASSWORD", "")
EMAIL_USE_TLS = env_bool("PEJLING_SMTP_STARTTLS", False)
EMAIL_TIMEOUT = env_int("PEJLING_SMTP_TIMEOUT", 30, minimum=1)
DEFAULT_FROM_EMAIL = env_str("PEJLING_MAIL_FROM", "pejling@localhost")
PEJLING_SITE_URL = env_str("PEJLING_SITE_URL", "http://127.0.0.1:8000")
# How long the signed link in a reminder opens the update form.
PEJLING_UPDATE_LINK_DAYS = env_int("PEJLING_UPDATE_LINK_DAYS", 30, minimum=1)
# Inddragelse (docs/participation.md): how long a confirmation or "mine data" link works, how many contributions
# one e-mail address and one (hashed) IP address may send per hour, how many flags hide a contribution, the answer
# deadline, the proof of work's cost (PBKDF2 iterations per attempt), and when personal data are deleted (days
# after the person was last active, with a warning mail some days before).
PEJLING_CONFIRM_LINK_HOURS = env_int("PEJLING_CONFIRM_LINK_HOURS", 48, minimum=1)
PEJLING_INPUT_PER_EMAIL_PER_HOUR = env_int("PEJLING_INPUT_PER_EMAIL_PER_HOUR", 5, minimum=1)
PEJLING_INPUT_PER_IP_PER_HOUR = env_int("PEJLING_INPUT_PER_IP_PER_HOUR", 20, minimum=1)
PEJLING_FLAGS_TO_HIDE = env_int("PEJLING_FLAGS_TO_HIDE", 3, minimum=1)
PEJLING_ANSWER_DAYS = env_int("PEJLING_ANSWER_DAYS", 30, minimum=1)
PEJLING_ALTCHA_COST = env_int("PEJLING_ALTCHA_COST", 5000, minimum=1)
PEJLING_ALTCHA_MINUTES = env_int("PEJLING_ALTCHA_MINUTES", 20, minimum=1)
PEJLING_PERSONAL_DATA_DAYS = env_int("PEJLING_PERSONAL_DATA_DAYS", 730, minimum=1)
PEJLING_DELETION_WARNING_DAYS = env_int("PEJLING_DELETION_WARNING_DAYS", 30, minimum=1)
# "Verificeret borger" (optional): an OpenID Connect client against a MitID broker. Only whether the person lives
# in the plan's municipality (the claim PEJLING_CITIZEN_MUNICIPALITY_CLAIM, a municipality code) and their age
# band (from PEJLING_CITIZEN_BIRTHDATE_CLAIM) are kept — never a CPR number or a name.
PEJLING_CITIZEN_OIDC_ISSUER = env_str("PEJLING_CITIZEN_OIDC_ISSUER", "")
PEJLING_CITIZEN_OIDC_NAME = env_str("PEJLING_CITIZEN_OIDC_NAME", "MitID")
PEJLING_CITIZEN_OIDC_CLIENT_ID = env_str("PEJLING_CITIZEN_OIDC_CLIENT_ID", "")
PEJLING_CITIZEN_OIDC_CLIENT_SECRET = env_str("PEJLING_CITIZEN_OIDC_CLIENT_SECRET", "")
PEJLING_CITIZEN_OIDC_SCOPES = env_str("PEJLING_CITIZEN_OIDC_SCOPES", "openid")
PEJLING_CITIZEN_MUNICIPALITY_CLAIM = env_str("PEJLING_CITIZEN_MUNICIPALITY_CLAIM", "municipality_code")
PEJLING_CITIZEN_BIRTHDATE_CLAIM = env_str("PEJLING_CITIZEN_BIRTHDATE_CLAIM", "birthdate")
