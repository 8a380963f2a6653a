"""``python -m lapwing`` runs the CLI (used where the console script is not on PATH)."""

from lapwing.cli import main

main()
