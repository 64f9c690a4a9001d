"""A Streamlit session without a browser: what the load test and the multi-process tests drive.

It speaks the app's own protocol, as the browser's JavaScript does: one WebSocket to
/_stcore/stream carrying protobuf messages (BackMsg up, ForwardMsg down). `open(page, query)` asks
for a script run of a page, as following a link does, and returns when the server says the run
finished, with the elements it drew: the time a browser would wait before the page is complete,
minus drawing. Widgets are set the way the browser sets them (their states sent with the rerun),
and a file is uploaded the way the browser uploads it (file URLs asked over the socket, the bytes
PUT over HTTP with the XSRF cookie), so a session can use Kelola Data like an official.

Costs a few milliseconds of CPU per page, so thirty of them in one process leave the cores to the
server being measured.
"""

from __future__ import annotations

import http.cookiejar
import json
import time
import urllib.request
import uuid
from dataclasses import dataclass, field

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from websockets.sync.client import connect

WIDGET_KINDS = ("selectbox", "radio", "checkbox", "button", "file_uploader", "text_input", "number_input",
                "multiselect", "download_button", "segmented_control", "button_group", "toggle")  # fmt: skip
TEXT_KINDS = ("markdown", "html", "heading", "alert", "text", "metric")
ERROR_WORDS = ("Kode rujukan", "Reference code")  # ui.shell.guard's message when a page fails


class ServerGone(RuntimeError):
    """The connection closed or the server did not finish a run in time."""


@dataclass
class Drawn:
    """One finished script run as the browser received it."""

    seconds: float
    status: str
    elements: list = field(default_factory=list)  # (kind, proto) in arrival order
    page_not_found: bool = False

    def texts(self) -> list[str]:
        """Every markdown, HTML, heading, alert, caption and metric text drawn, in order."""
        out = []
        for kind, proto in self.elements:
            if kind == "markdown":
                out.append(proto.body)
            elif kind == "html":
                out.append(proto.body)
            elif kind == "heading":
                out.append(proto.body)
            elif kind == "alert":
                out.append(proto.body)
            elif kind == "metric":
                out.append(f"{proto.label} {proto.body}")
        return out

    def text(self) -> str:
        return "\n".join(self.texts())

    def exceptions(self) -> list[str]:
        """Tracebacks Streamlit drew, and the app's own "something went wrong" messages."""
        found = [proto.message for kind, proto in self.elements if kind == "exception"]
        found += [t for t in self.texts() if any(w in t for w in ERROR_WORDS)]
        return found

    def widget_id(self, key: str) -> tuple[str, object] | None:
        """(element id, proto) of the widget whose user key is `key` (ids end with "-<key>")."""
        for kind, proto in self.elements:
            if kind in WIDGET_KINDS and getattr(proto, "id", "").endswith(f"-{key}"):
                return proto.id, proto
        return None


class Session:
    """One browser tab's session on a running Cakupan (`base` like http://127.0.0.1:8501)."""

    def __init__(self, base: str, *, cookie: str = "", timeout: float = 120):
        self.base, self.timeout = base.rstrip("/"), timeout
        self.jar = http.cookiejar.CookieJar()
        self.http = urllib.request.build_opener(urllib.request.ProxyHandler({}),  # never via a proxy
                                                urllib.request.HTTPCookieProcessor(self.jar))
        self.http.addheaders = [("Cookie", cookie)] if cookie else []
        self.http.open(self.base + "/", timeout=timeout).read()  # the page, as a browser loads it first,
        self.http.open(self.base + "/_stcore/health", timeout=timeout).read()  # then its script: the XSRF cookie
        cookies = "; ".join([*(f"{c.name}={c.value}" for c in self.jar), *([cookie] if cookie else [])])
        host = self.base.split("://", 1)[1]
        self.ws = connect(f"ws://{host}/_stcore/stream", subprotocols=["streamlit"], origin=self.base,
                          additional_headers={"Cookie": cookies} if cookies else None, max_size=None,
                          open_timeout=timeout, close_timeout=2).__enter__()  # closed by close()  # fmt: skip
        self.session_id = ""
        self.widgets: dict[str, object] = {}  # element id -> WidgetState, as the browser keeps them
        self.page, self.query = "", ""
        self.timers: dict[str, float] = {}  # fragment id -> seconds: the page's run_every fragments

    def close(self) -> None:
        try:
            self.ws.close()
        except Exception:  # noqa: BLE001 — closing a dead socket
            pass

    # ----------------------------------------------------------------- script runs

    def open(self, page: str = "", query: str = "") -> Drawn:
        """Follow a link to `page` (its URL path; "" the home page) with `query` ("wilayah=32&…")."""
        self.page, self.query, self.widgets = page, query, {}
        return self._rerun()

    def set(self, key: str, drawn: Drawn, **value) -> Drawn:
        """Change the widget with user key `key` as drawn in `drawn` (value as WidgetState field,
        e.g. string_value="…", bool_value=True, trigger_value=True) and wait for the rerun."""
        found = drawn.widget_id(key)
        if found is None:
            raise KeyError(f"no widget {key!r} on the page")
        wid = found[0]
        from streamlit.proto.WidgetStates_pb2 import WidgetState

        state = WidgetState(id=wid, **{k: v for k, v in value.items() if k != "file_uploader_state_value"})
        if "file_uploader_state_value" in value:
            state.file_uploader_state_value.CopyFrom(value["file_uploader_state_value"])
        self.widgets[wid] = state
        try:
            return self._rerun()
        finally:
            if "trigger_value" in value:  # a button press lasts one run, as in the browser
                self.widgets.pop(wid, None)

    def tick(self) -> Drawn | None:
        """What the browser's timers send once their interval has passed: a run of every timed
        fragment the page holds (st.fragment(run_every=…)). The page drawn again when a fragment
        asked for a full rerun, else None."""
        again = None
        for fragment_id in list(self.timers):
            drawn = self._rerun(fragment_id)
            if drawn.status == "FINISHED_SUCCESSFULLY":
                again = drawn
        return again

    def _rerun(self, fragment_id: str = "") -> Drawn:
        msg = BackMsg()
        msg.rerun_script.query_string = self.query
        msg.rerun_script.page_name = self.page
        if fragment_id:
            msg.rerun_script.fragment_id = fragment_id
            msg.rerun_script.is_auto_rerun = True
        else:
            self.timers.clear()  # a full run registers the page's timers anew
        for state in self.widgets.values():
            msg.rerun_script.widget_states.widgets.append(state)
        start = time.perf_counter()
        self.ws.send(msg.SerializeToString())
        drawn = Drawn(0.0, "")
        while True:
            fwd = self._receive(start)
            kind = fwd.WhichOneof("type")
            if kind == "new_session":
                self.session_id = fwd.new_session.initialize.session_id or self.session_id
                drawn.elements.clear()  # a new run started (st.rerun inside the script): its page counts
            elif kind == "auto_rerun":
                self.timers[fwd.auto_rerun.fragment_id] = fwd.auto_rerun.interval
            elif kind == "page_not_found":
                drawn.page_not_found = True
            elif kind == "delta" and fwd.delta.WhichOneof("type") == "new_element":
                element = fwd.delta.new_element
                el_kind = element.WhichOneof("type")
                drawn.elements.append((el_kind, getattr(element, el_kind)))
            elif kind == "script_finished":
                status = ForwardMsg.ScriptFinishedStatus.Name(fwd.script_finished)
                if status == "FINISHED_EARLY_FOR_RERUN":
                    continue  # the script asked for a rerun: the page is drawn when that one ends
                if status == "FINISHED_FRAGMENT_RUN_SUCCESSFULLY" and not fragment_id:
                    continue  # a timer fragment that is not ours to wait for
                drawn.seconds, drawn.status = time.perf_counter() - start, status
                return drawn

    def _receive(self, start: float) -> ForwardMsg:
        left = self.timeout - (time.perf_counter() - start)
        if left <= 0:
            raise ServerGone(f"no finished run within {self.timeout:.0f} s")
        try:
            data = self.ws.recv(timeout=left)
        except TimeoutError as exc:
            raise ServerGone(f"no finished run within {self.timeout:.0f} s") from exc
        except Exception as exc:  # noqa: BLE001 — closed socket, reset connection
            raise ServerGone(f"{type(exc).__name__}: {exc}") from exc
        fwd = ForwardMsg()
        fwd.ParseFromString(data)
        return fwd

    # ----------------------------------------------------------------- uploads

    def upload(self, key: str, drawn: Drawn, name: str, data: bytes) -> Drawn:
        """Put a file into the file uploader with user key `key`, as the browser does."""
        found = drawn.widget_id(key)
        if found is None:
            raise KeyError(f"no file uploader {key!r} on the page")
        request = BackMsg()
        request_id = uuid.uuid4().hex
        request.file_urls_request.request_id = request_id
        request.file_urls_request.file_names.append(name)
        request.file_urls_request.session_id = self.session_id
        start = time.perf_counter()
        self.ws.send(request.SerializeToString())
        while True:
            fwd = self._receive(start)
            if fwd.WhichOneof("type") == "file_urls_response" and fwd.file_urls_response.response_id == request_id:
                urls = fwd.file_urls_response.file_urls[0]
                break
        self._put(urls.upload_url, name, data)
        from streamlit.proto.Common_pb2 import FileUploaderState

        state = FileUploaderState()
        info = state.uploaded_file_info.add()
        info.name, info.size, info.file_id = name, len(data), urls.file_id
        info.file_urls.CopyFrom(urls)
        return self.set(key, drawn, file_uploader_state_value=state)

    def _put(self, url: str, name: str, data: bytes) -> None:
        boundary = uuid.uuid4().hex
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename={json.dumps(name)}\r\n"
                "Content-Type: application/octet-stream\r\n\r\n").encode() + data + f"\r\n--{boundary}--\r\n".encode()  # fmt: skip
        xsrf = next((c.value for c in self.jar if c.name == "_streamlit_xsrf"), "")
        target = url if url.startswith("http") else self.base + url
        req = urllib.request.Request(target, data=body, method="PUT", headers={
            "Content-Type": f"multipart/form-data; boundary={boundary}", "X-Xsrftoken": xsrf, "Origin": self.base})
        self.http.open(req, timeout=self.timeout).read()
