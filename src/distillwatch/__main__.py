"""``python -m distillwatch`` runs the CLI."""

from distillwatch.cli import main

main()
