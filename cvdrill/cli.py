"""The command line: thin commands over the library modules (bank, quiz, judge, store)."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="cvdrill: drill for computer-vision deep-learning interviews.\n\n"
                       "Example: cvdrill quiz losses")


@app.callback()
def _root():
    """cvdrill: drill for computer-vision deep-learning interviews.

    Example: cvdrill quiz losses
    """


@app.command()
def validate(bank: Optional[list[Path]] = typer.Option(None, "--bank", help="A bank folder to check instead of the built-in one (repeatable).")):
    """Check a question bank and exit non-zero on any error.

    Example: cvdrill validate --bank ~/my-cards
    """
    from . import bank as bankmod

    dirs = list(bank) if bank else bankmod.bank_dirs()
    errors = bankmod.validate(dirs)
    for e in errors:
        typer.echo(e, err=True)
    if errors:
        typer.echo(f"{len(errors)} error(s)", err=True)
        raise typer.Exit(1)
    b = bankmod.load(dirs, cache=False)
    n = sum(len(t["cards"]) for t in b.topics.values())
    typer.echo(f"ok: {len(b.topics)} topics, {n} cards, {len(b.problems)} problems")


def main():
    app()
