"""Start the app: `python -m ui.serve [streamlit options]` is `streamlit run app.py` done right.

Streamlit keeps an old route for apps with a `pages/` folder: until some session has called
st.navigation, a request for `/tren` runs pages/tren.py on its own and shows a "Page not found"
dialog (streamlit/streamlit#9992). So the first official who opens a bookmarked link after the
server starts would see an error. The flag behind that route is process-wide; switching it off
before the server starts makes every request go through app.py and st.navigation.
(ui.state.current() also recovers when the app is started with plain `streamlit run app.py`.)
"""

from __future__ import annotations

import sys
from pathlib import Path

from streamlit.runtime.pages_manager import PagesManager
from streamlit.web import cli

APP = Path(__file__).resolve().parent.parent / "app.py"


def main(argv: list[str]) -> int:
    PagesManager.uses_pages_directory = False
    sys.argv = ["streamlit", "run", str(APP), *argv]
    return cli.main()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
