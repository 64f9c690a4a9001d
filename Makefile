# One command each for a newcomer: `make run` and `make test`. Both build their own venv.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
PORT   ?= 8501

.PHONY: run test test-fast bench lint demo chromium nginx clean

$(VENV)/.runtime: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: $(VENV)/.runtime requirements-dev.txt
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

## run: install, fill the database with national demo data if it is empty, start the app
## (each step says what it does and how long it took: where the first start's time goes)
run:
	@t0=$$(date +%s); \
	if [ ! -f $(VENV)/.runtime ] || [ requirements.txt -nt $(VENV)/.runtime ]; then \
		echo "[1/3] Paket Python (venv $(VENV), requirements.txt), sekali saja: sekitar 40 detik..."; fi; \
	$(MAKE) --no-print-directory $(VENV)/.runtime || exit 1; \
	t1=$$(date +%s); echo "[1/3] Paket Python siap ($$((t1 - t0)) detik)."; \
	echo "[2/3] Basis data: buat/migrasi, isi data demo nasional bila kosong, terbitkan untuk aplikasi..."; \
	$(PY) -m analytics init || exit $$?; \
	t2=$$(date +%s); echo "[2/3] Basis data siap ($$((t2 - t1)) detik)."; \
	echo "[3/3] Aplikasi di http://localhost:$(PORT) (persiapan $$((t2 - t0)) detik: paket $$((t1 - t0)), data $$((t2 - t1)))."; \
	exec $(PY) -m ui.shell.serve --server.port $(PORT)

## test: install, then lint and run every test (unit, page and browser)
test: $(VENV)/.dev chromium nginx
	$(VENV)/bin/ruff check .
	$(PY) -m pytest

## test-fast: every test except the browser ones
test-fast: $(VENV)/.dev
	$(PY) -m pytest -m "not browser"

## bench: time demo generation, import and every page at national scale
bench: $(VENV)/.dev
	$(PY) -m scripts.bench

lint: $(VENV)/.dev
	$(VENV)/bin/ruff check .

## chromium: Debian's Chromium for the browser tests (installed only when root and missing)
chromium:
	@if command -v chromium >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installing Debian chromium for browser tests..."; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else echo "chromium not found and not root: browser tests will be skipped"; fi

## nginx: Debian's nginx, to test the README's several-processes example (installed only when root and missing)
nginx:
	@if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then :; \
	elif [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installing Debian nginx for the serving tests..."; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null; \
	else echo "nginx not found and not root: the nginx example test will be skipped"; fi

clean:
	rm -rf $(VENV) .pytest_cache
