"""The app's edge over real HTTP, with the outside probe's own requests (issue 18).

Each test runs the real app (real model, real index, real review log) on a free port and
sends what an attacker sent: foreign Origins behind a real host name, deep links, uploads,
the file route, a password spray, malformed API calls.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from gradio_client import Client

from assistant.config import Settings
from tests.conftest import CORPUS, REVIEWER, free_port, serve_in_thread

EVIL = {"Host": "reviewer.example.org", "Origin": "https://evil.example"}
JOIN = {"data": ["", "", "", "", ""], "fn_index": 0, "session_hash": "probe"}
FORM = {"content-type": "application/x-www-form-urlencoded"}


@contextmanager
def running(assistant, index_dir: Path, tmp_path: Path, **overrides: object) -> Iterator[str]:
    from app import create_app

    settings = Settings(
        index_dir=index_dir, corpus_dir=CORPUS, log_path=tmp_path / "review.db", reviewers=":".join(REVIEWER)
    ).with_overrides(**overrides)
    server, thread = serve_in_thread(create_app(settings, assistant), port := free_port())
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture()
def app_url(assistant, index_dir: Path, tmp_path: Path) -> Iterator[str]:
    with running(assistant, index_dir, tmp_path) as url:
        yield url


def login(url: str) -> httpx.Client:
    client = httpx.Client(timeout=30)
    response = client.post(f"{url}/review/login", data={"username": REVIEWER[0], "password": REVIEWER[1]})
    assert response.status_code == 200
    return client


def test_a_foreign_origin_cannot_read_or_write_the_reviewer_view_behind_a_host_name(app_url: str) -> None:
    reviewer = login(app_url)
    for method, path in [
        ("POST", "/review/gradio_api/queue/join"),
        ("GET", "/review/gradio_api/queue/data?session_hash=probe"),
        ("GET", "/review/gradio_api/token"),
        ("GET", "/review/config"),
        ("GET", "/review/export/verdicts.csv"),
    ]:
        response = reviewer.request(method, app_url + path, json=JOIN if method == "POST" else None, headers=EVIL)
        assert response.status_code == 403, f"{method} {path}: {response.status_code}"
        assert "access-control-allow-origin" not in response.headers
        assert "access-control-allow-credentials" not in response.headers
    # The same requests from the reviewer's own page (same host in Origin) still work.
    own = {"Host": "reviewer.example.org", "Origin": "https://reviewer.example.org"}
    assert reviewer.get(f"{app_url}/review/config", headers=own).status_code == 200


def test_a_foreign_origin_gets_no_cors_and_cannot_post_to_the_public_chat(app_url: str) -> None:
    join = httpx.post(f"{app_url}/gradio_api/queue/join", json=JOIN, headers=EVIL, timeout=30)
    assert join.status_code == 403
    read = httpx.get(f"{app_url}/config", headers=EVIL, timeout=30)
    assert "access-control-allow-origin" not in read.headers
    preflight = httpx.options(
        f"{app_url}/gradio_api/queue/join",
        headers={**EVIL, "Access-Control-Request-Method": "POST"},
        timeout=30,
    )
    assert preflight.status_code == 403 and "access-control-allow-origin" not in preflight.headers


def test_a_configured_origin_may_call_the_public_api_without_credentials(assistant, index_dir, tmp_path) -> None:
    partner = "https://partner.example"
    with running(assistant, index_dir, tmp_path, allowed_origins=partner) as url:
        preflight = httpx.options(
            f"{url}/gradio_api/queue/join",
            headers={"Origin": partner, "Access-Control-Request-Method": "POST"},
            timeout=30,
        )
        assert preflight.headers.get("access-control-allow-origin") == partner
        assert "access-control-allow-credentials" not in preflight.headers
        review = httpx.get(f"{url}/review/config", headers={"Origin": partner}, timeout=30)
        assert review.status_code == 403, "a configured origin is for the public API, never the reviewer view"


def test_reviewer_cookies_are_strict_scoped_and_expire(assistant, index_dir, tmp_path) -> None:
    with running(assistant, index_dir, tmp_path, review_session_hours=2 / 3600) as url:
        reviewer = login(url)
        cookies = reviewer.post(
            f"{url}/review/login", data={"username": REVIEWER[0], "password": REVIEWER[1]}
        ).headers.get_list("set-cookie")
        assert cookies and all("SameSite=Strict" in c and "Path=/review" in c and "Max-Age=2" in c for c in cookies)
        assert reviewer.get(f"{url}/review/config").status_code == 200
        assert reviewer.get(f"{url}/review/gradio_api/token").status_code == 404, "page script cannot read a token"
        time.sleep(2.5)
        assert reviewer.get(f"{url}/review/config").status_code == 401, "an expired token no longer opens the view"
        assert reviewer.get(f"{url}/review/export/verdicts.csv").status_code == 401


def test_exports_go_only_to_a_logged_in_reviewer_and_leave_no_file(app_url: str) -> None:
    before = set(Path(tempfile.gettempdir()).rglob("verdicts.*"))
    reviewer = login(app_url)
    export = reviewer.get(f"{app_url}/review/export/verdicts.csv")
    assert export.status_code == 200 and export.text.startswith("id,")
    assert export.headers["content-disposition"].startswith("attachment")
    assert reviewer.get(f"{app_url}/review/export/verdicts.json").json() == []
    assert httpx.get(f"{app_url}/review/export/verdicts.csv", timeout=30).status_code == 401
    assert set(Path(tempfile.gettempdir()).rglob("verdicts.*")) == before, "an export was written to disk"
    for path in ["/gradio_api/file=/etc/hostname", "/review/gradio_api/file=/etc/hostname"]:
        assert reviewer.get(app_url + path).status_code == 404, f"{path} still serves files"


def test_no_deep_link_upload_monitoring_or_custom_component_route(app_url: str) -> None:
    Client(f"{app_url}/", verbose=False).predict("what is klonopin withdrawal?", [], api_name="/chat")
    for path in [
        "/gradio_api/deep_link?session_hash=abc",
        "/config?deep_link=abc",
        "/?deep_link=abc",
        "/monitoring/summary",
        "/monitoring",
        "/gradio_api/startup-events",
        "/review/gradio_api/startup-events",
        "/custom_component/abc/x/component/index.js",
        "/gradio_api/custom_component/abc/x/component/index.js",
        "/gradio_api/app_id",
        "/gradio_api/token",
        "/openapi.json",
        "/docs",
    ]:
        assert httpx.get(app_url + path, timeout=30).status_code == 404, path
    started = time.perf_counter()
    upload = httpx.post(f"{app_url}/gradio_api/upload", files={"files": ("x.bin", b"0" * 20_000_000)}, timeout=60)
    assert upload.status_code == 404
    print(f"20 MB upload refused in {time.perf_counter() - started:.2f} s")


def test_the_review_log_keeps_no_usable_session_id(app_url: str, tmp_path: Path) -> None:
    client = Client(f"{app_url}/", verbose=False)
    client.predict("what is klonopin withdrawal?", [], api_name="/chat")
    with sqlite3.connect(tmp_path / "review.db") as db:
        [(session,)] = db.execute("SELECT session FROM exchanges").fetchall()
    assert session != client.session_hash and len(session) == 16


def test_login_is_throttled_per_account_and_per_address(app_url: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="klonopin_guide.edge")
    with httpx.Client(timeout=30) as attacker:
        codes = [
            attacker.post(f"{app_url}/review/login", data={"username": REVIEWER[0], "password": f"guess-{i}"})
            for i in range(8)
        ]
        assert [c.status_code for c in codes] == [400] * 5 + [429] * 3
        assert int(codes[-1].headers["retry-after"]) > 0
        right = attacker.post(f"{app_url}/review/login", data={"username": REVIEWER[0], "password": REVIEWER[1]})
        assert right.status_code == 429, "a locked account stays locked even with the right password"
        for i in range(20):  # other names from the same address: the address locks too
            attacker.post(f"{app_url}/review/login", data={"username": f"user{i}", "password": "x"})
        fresh = attacker.post(f"{app_url}/review/login", data={"username": "nobody-yet", "password": "x"})
        assert fresh.status_code == 429
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "reviewer login failed: account ann" in logged
    assert "guess-" not in logged and REVIEWER[1] not in logged and "user1" not in logged


def test_login_counts_the_account_gradio_checks(app_url: str) -> None:
    url = f"{app_url}/review/login"
    decoys = [("username", "decoy"), ("username", REVIEWER[0]), ("password", "guess")]
    with httpx.Client(timeout=30) as attacker:
        for _ in range(7):  # repeated names: Gradio would check the last, so none is passed on
            assert attacker.post(url, content=httpx.QueryParams(decoys).__str__(), headers=FORM).status_code == 400
        as_json = attacker.post(url, json={"username": REVIEWER[0], "password": "guess"})
        assert as_json.status_code == 400
        # The browser's own login form sends multipart: it still works, and is still counted.
        browser = attacker.post(url, files={"username": (None, REVIEWER[0]), "password": (None, REVIEWER[1])})
        assert browser.status_code == 200
        for i in range(5):
            attacker.post(url, files={"username": (None, REVIEWER[0]), "password": (None, f"guess-{i}")})
        assert attacker.post(url, data={"username": REVIEWER[0], "password": "x"}).status_code == 429


def test_concurrent_guesses_are_counted_as_they_arrive(app_url: str) -> None:
    async def burst() -> list[int]:
        limits = httpx.Limits(max_connections=60)
        async with httpx.AsyncClient(timeout=60, limits=limits) as client:
            guesses = [
                client.post(f"{app_url}/review/login", data={"username": REVIEWER[0], "password": f"burst-{i}"})
                for i in range(60)
            ]
            return [r.status_code for r in await asyncio.gather(*guesses)]

    codes = asyncio.run(burst())
    assert codes.count(400) <= 5 and codes.count(429) >= 55, codes


def test_a_trailing_newline_does_not_pass_the_route_allow_list(app_url: str) -> None:
    for path in ["/gradio_api/info%0A", "/gradio_api/info%0a", "/review/login%0A"]:
        assert httpx.get(app_url + path, timeout=30).status_code == 404, path


def test_a_preflight_reaches_cors_only_for_a_route_that_answers(assistant, index_dir, tmp_path) -> None:
    partner = "https://partner.example"
    with running(assistant, index_dir, tmp_path, allowed_origins=partner) as url:
        for path, method in [("/gradio_api/upload", "POST"), ("/gradio_api/queue/join", "DELETE"), ("/x", "GET")]:
            headers = {"Origin": partner, "Access-Control-Request-Method": method}
            preflight = httpx.options(url + path, headers=headers, timeout=30)
            assert preflight.status_code == 404 and "access-control-allow-origin" not in preflight.headers, path


def test_the_reviewer_view_cannot_be_framed(app_url: str) -> None:
    page = httpx.get(f"{app_url}/review/", timeout=30)
    assert page.headers["x-frame-options"] == "DENY"
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
    assert httpx.get(f"{app_url}/", timeout=30).headers["x-content-type-options"] == "nosniff"


def test_errors_say_nothing_about_internals(app_url: str) -> None:
    marker = "zebra-echo-5521"
    for body in [
        {"data": [marker], "fn_index": 999, "session_hash": "q"},
        {"data": marker, "fn_index": "x"},
        {"data": [marker, None, None], "fn_index": 0, "session_hash": "q", "event_data": {"x": object.__name__}},
    ]:
        response = httpx.post(f"{app_url}/gradio_api/queue/join", json=body, timeout=30)
        text = response.text
        assert marker not in text and " at 0x" not in text and "Traceback" not in text, text
        if response.status_code >= 400 and response.status_code != 404:
            assert "reference" in response.json(), text
    huge = httpx.post(
        f"{app_url}/gradio_api/queue/join",
        content=b"{" + b" " * 2_000_000 + b"}",
        timeout=60,
        headers={"content-type": "application/json"},
    )
    assert huge.status_code == 413


def test_a_failed_call_in_the_event_stream_says_nothing_about_internals(app_url: str) -> None:
    marker = "zebra-echo-5521"
    # The chat function, given a conversation that is not one: it fails while reading its inputs.
    join = {"data": [marker, {"not": f"a chat {marker}"}, None], "fn_index": 0, "session_hash": "stream-probe"}
    assert httpx.post(f"{app_url}/gradio_api/queue/join", json=join, timeout=30).status_code == 200
    events = []
    with httpx.stream("GET", f"{app_url}/gradio_api/queue/data?session_hash=stream-probe", timeout=60) as stream:
        for line in stream.iter_lines():
            if line.startswith("data: "):
                events.append(line)
                if '"process_completed"' in line or '"close_stream"' in line:
                    break
    text = "\n".join(events)
    assert '"process_completed"' in text, text
    assert marker not in text and "preprocess" not in text and "Error" not in text.replace('"error"', ""), text
    assert "reference" in text


def test_the_visitor_and_the_log_get_the_same_reference(caplog: pytest.LogCaptureFixture) -> None:
    from starlette.testclient import TestClient

    from assistant.edge import EdgeGuard

    async def broken(scope, receive, send) -> None:
        raise RuntimeError("secret detail zebra-echo-5521")

    caplog.set_level(logging.WARNING, logger="klonopin_guide.edge")
    response = TestClient(EdgeGuard(broken)).get("/gradio_api/info")
    assert response.status_code == 500
    reference = response.json()["reference"]
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 1 and reference in lines[0] and "zebra" not in lines[0], lines
