"""``python -m beian`` runs the CLI."""

from beian.cli import main

main()
