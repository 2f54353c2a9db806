"""``strategy-lineage serve`` refuses bad input with one line and a non-zero exit."""

from __future__ import annotations

from typer.testing import CliRunner

from cli import app

runner = CliRunner()


def test_serve_without_a_store_fails_clearly(tmp_path):
    result = runner.invoke(app, ["serve", "--store", str(tmp_path / "missing")])
    assert result.exit_code == 1
    assert "no store at" in result.output and "load some sources first" in result.output


def test_serve_rejects_a_malformed_setting(tmp_path):
    result = runner.invoke(app, ["serve", "--store", str(tmp_path)], env={"STRATEGY_LINEAGE_QUERY_TIMEOUT": "soon"})
    assert result.exit_code == 1
    assert "STRATEGY_LINEAGE_QUERY_TIMEOUT must be a number" in result.output


def test_serve_rejects_a_bad_port(tmp_path):
    assert runner.invoke(app, ["serve", "--store", str(tmp_path), "--port", "0"]).exit_code == 2
