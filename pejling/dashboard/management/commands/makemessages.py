"""Django's makemessages, also extracting plural messages marked with ``ngettext_noop(singular, plural)`` (the
Django-free registries in lib/ mark their messages without importing Django)."""

from django.core.management.commands import makemessages


class Command(makemessages.Command):
    xgettext_options = [  # noqa: RUF012 (overrides the base class attribute)
        *makemessages.Command.xgettext_options,
        "--keyword=ngettext_noop:1,2",
    ]
