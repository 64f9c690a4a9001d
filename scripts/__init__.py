"""Developer scripts: benchmark, screenshots (run as `python -m scripts.NAME`)."""
