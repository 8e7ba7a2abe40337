"""`pejling nginx-config` writes the front for this installation: its static root and its gunicorn."""

from pathlib import Path

from tests.conftest import run_command


def test_it_prints_a_server_block_for_this_installation(capsys, settings, tmp_path):
    settings.STATIC_ROOT = tmp_path / "static"
    settings.PEJLING_BIND = "127.0.0.1:8123"
    code, out = run_command(capsys, "nginx_config", "--server-name", "pejling.randers.dk")
    assert code == 0
    assert out.startswith("# Pejling behind nginx. Written by `pejling nginx-config`")
    assert "    server 127.0.0.1:8123;\n" in out
    assert f"        alias {tmp_path / 'static'}/;\n" in out
    assert "    server_name pejling.randers.dk;\n" in out
    assert "events {" not in out  # a server block, not a whole nginx.conf


def test_standalone_writes_a_whole_config_into_its_folder(capsys, tmp_path):
    prefix = tmp_path / "front"
    conf = tmp_path / "nginx.conf"
    code, out = run_command(
        capsys, "nginx_config", "--standalone", str(prefix), "--listen", "127.0.0.1:8081", "--output", str(conf)
    )
    assert code == 0
    assert out == f"Skrevet / written: {conf}\n"
    text = conf.read_text(encoding="utf-8")
    assert text.startswith("worker_processes 2;\n")
    assert f"pid {prefix / 'nginx.pid'};" in text
    assert f"proxy_temp_path {prefix / 'proxy_temp'};" in text
    assert f"proxy_cache_path {prefix / 'cache'} " in text  # everything in DIR, the page cache too
    assert Path(prefix).is_dir()
