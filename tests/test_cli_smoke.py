"""The console command starts and lists its commands."""

from typer.testing import CliRunner

from distillwatch.cli import app


def test_help_lists_commands() -> None:
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "distillwatch" in result.output.lower() or "Usage" in result.output
