"""``--format html``: one self-contained, escaped page; its structure checked with html.parser."""
import io
import os
import json
from html.parser import HTMLParser

import pytest

from leakguard.cli import main
from leakguard.htmlreport import clean, highlight
from leakguard.model import Finding

PHONE = "090-1234-5678"
VOID = {"meta", "br", "img", "link", "input", "hr", "col", "area", "base", "wbr", "source", "track", "embed"}


class Page(HTMLParser):
    """Records elements with their attributes and text, and checks that tags nest properly."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, int]] = []  # open (tag, element index)
        self.elements: list[tuple[str, dict, list[str]]] = []  # (tag, attrs, ancestor tags)
        self.texts: dict[int, list[str]] = {}
        self.errors: list[str] = []
        self.all_text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs), [t for t, _ in self.stack]))
        if tag not in VOID:
            self.stack.append((tag, len(self.elements) - 1))

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        self.stack.pop()

    def handle_data(self, data):
        self.all_text.append(data)
        for _, index in self.stack:
            self.texts.setdefault(index, []).append(data)

    def find(self, tag, **attrs):
        return [(i, a) for i, (t, a, _) in enumerate(self.elements)
                if t == tag and all(a.get(k) == v for k, v in attrs.items())]

    def text(self, index):
        return "".join(self.texts.get(index, []))


def render(argv):
    out, err = io.StringIO(), io.StringIO()
    status = main(["--format", "html", *argv], stdout=out, stderr=err)
    return status, out.getvalue()


def parse(page: str) -> Page:
    parser = Page()
    parser.feed(page)
    parser.close()
    assert parser.errors == []
    assert parser.stack == []
    return parser


HOSTILE = [
    f'<script>alert(1)</script> 電話は{PHONE}です',
    f'"><img src=x onerror=alert(1)> {PHONE}',
    "メールは<b>taro.yamada@gmail.com</b>まで <!-- --> ]]> &amp; &lt;",
    f"\u202e{PHONE}\u202c ゼロ幅\u200bあり",
    f"制御文字\x00\x07\x1b[31m {PHONE}",
]


@pytest.fixture
def export(tmp_path):
    path = tmp_path / "chat.jsonl"
    rows = [{"id": f"m{i}", "text": t} for i, t in enumerate(["こんにちは", *HOSTILE, "ラインで話しませんか"])]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return path


def test_page_structure_counts_and_highlights(export):
    status, page = render(["--id-field", "id", str(export)])
    assert status == 1
    p = parse(page)
    assert page.startswith("<!DOCTYPE html>")
    # Self-contained: no scripts, no external references, a CSP that forbids loading anything.
    assert not p.find("script") and not p.find("link") and not p.find("img") and not p.find("iframe")
    for _, attrs, _ in p.elements:
        for name, value in attrs.items():
            assert not name.startswith("on"), name
            if name in ("src", "href", "action"):
                raise AssertionError(f"external reference {name}={value}")
    csp = p.find("meta", **{"http-equiv": "Content-Security-Policy"})
    assert csp and "default-src 'none'" in csp[0][1]["content"]
    # Counts at the top.
    block_row = p.find("tr", **{"data-action": "block"})[0][0]
    assert p.text(block_row).strip().endswith(str(len(HOSTILE)))
    phone_row = p.find("tr", **{"data-category": "phone_number"})[0][0]
    assert p.text(phone_row).strip().endswith("4")
    # One article per reported message, each with its findings in <mark> with the reason on hover.
    articles = p.find("article")
    assert len(articles) == len(HOSTILE) + 1
    marks = p.find("mark", **{"data-category": "phone_number"})
    assert len(marks) == 4
    for index, attrs in marks:
        assert p.text(index).startswith(PHONE)  # a trailing invisible character may belong to the span
        assert "電話番号" in attrs["title"] and "phone" in attrs["title"].lower()
        assert "article" in p.elements[index][2]
    email = p.find("mark", **{"data-category": "email_address"})[0]
    assert p.text(email[0]) == "taro.yamada@gmail.com"


def test_hostile_text_is_escaped_and_invisible_characters_shown(export):
    _, page = render([str(export)])
    p = parse(page)
    text = "".join(p.all_text)
    assert "<script>alert(1)</script>" in text  # shown as text...
    assert "<script" not in page.replace("&lt;script", "")  # ...never as markup
    assert "onerror=alert(1)>" in text and not any("onerror" in a for _, a, _ in p.elements)
    assert "\u202e" not in page and "\u200b" not in page and "\x00" not in page and "\x1b" not in page
    ctl = {p.text(i) for i, _ in p.find("span", **{"class": "ctl"})}
    assert {"U+202E", "U+200B", "U+0000", "U+001B"} <= ctl


def test_hide_values(export):
    _, page = render(["--hide-values", str(export)])
    assert PHONE not in page and "taro.yamada" not in page
    p = parse(page)
    assert all(p.text(i) == "［電話番号］" for i, _ in p.find("mark", **{"data-category": "phone_number"}))


def test_empty_report_is_a_valid_page(tmp_path):
    clean_file = tmp_path / "c.txt"
    clean_file.write_text("よろしくお願いします", encoding="utf-8")
    status, page = render([str(clean_file)])
    assert status == 0
    p = parse(page)
    assert not p.find("article") and "No message" in page


def test_long_file_is_shown_as_excerpts(tmp_path):
    doc = tmp_path / "long.txt"
    doc.write_text("あ" * 5000 + f" {PHONE} " + "い" * 5000, encoding="utf-8")
    _, page = render([str(doc)])
    p = parse(page)
    article = p.find("p", **{"class": "text"})[0][0]
    shown = p.text(article)
    assert PHONE in shown and len(shown) < 1000 and "…" in shown


def test_overlapping_findings_share_one_mark():
    text = "abcdefgh"
    findings = (Finding("phone_number", 1, 5, "bcde", "v", 0.9, "理由1", "r1"),
                Finding("external_contact", 3, 7, "defg", "v", 0.8, "理由2", "r2"))
    out = highlight(text, findings)
    assert out.count("<mark") == 1 and "理由1" in out and "理由2" in out
    assert ">bcdefg</mark>" in out


def test_clean_handles_lone_surrogates():
    assert clean("a\ud800b<") == 'a<span class="ctl">U+D800</span>b&lt;'


# -- scale: a capped page with filters (issue #16, part 4) ------------------------------------

def _reports(n):
    """``n`` reported messages: every other one a blocked phone number, the rest warned invitations."""
    from leakguard.model import Action, Report

    phone = Finding("phone_number", 3, 16, PHONE, "+819012345678", 0.95, "電話番号", "phone number")
    invite = Finding("external_contact", 0, 4, "LINE", "line", 0.7, "外部連絡先への誘導", "outside channel")
    for i in range(n):
        if i % 2:
            yield f"chat.jsonl:{i + 1}", Report((phone,), 0.95, Action.BLOCK), f"電話は{PHONE}です。よろしくお願いします。"
        else:
            yield f"chat.jsonl:{i + 1}", Report((invite,), 0.7, Action.WARN), "LINEで話しませんか"


def test_sixty_thousand_messages_make_a_page_of_a_few_mb():
    from leakguard.htmlreport import HtmlWriter

    out = io.StringIO()
    writer = HtmlWriter(out, hide_values=False)
    for where, report, text in _reports(60_000):
        writer.write(where, report, text)
    writer.close({"messages": 60_000, "sources": 1, "actions": {"block": 30_000, "warn": 30_000, "allow": 0},
                  "categories": {"phone_number": 30_000, "external_contact": 30_000}})
    page = out.getvalue()
    assert len(page.encode("utf-8")) < 3_000_000
    p = parse(page)
    assert len(p.find("article", **{"data-action": "block"})) == 1000
    assert len(p.find("article", **{"data-action": "warn"})) == 1000
    capped = p.text(p.find("p", id="capped")[0][0])
    assert "1,000 of 30,000 block messages" in capped and "1,000 of 30,000 warn messages" in capped
    block_row = p.find("tr", **{"data-action": "block"})[0][0]
    assert p.text(block_row).strip().endswith("30,000")  # the counts are of every message


def test_html_limit_option_and_filters(export):
    status, page = render(["--html-limit", "2", str(export)])
    assert status == 1
    p = parse(page)
    assert len(p.find("article", **{"data-action": "block"})) == 2
    assert f"2 of {len(HOSTILE)} block messages" in p.text(p.find("p", id="capped")[0][0])
    radios = {a["id"] for _, a in p.find("input", type="radio")}
    labels = {a["for"] for _, a in p.find("label")}
    assert {"fa-all", "fa-block", "fc-all", "fc-phone_number"} <= radios and labels <= radios
    assert "fa-block" in labels and "fc-phone_number" in labels  # only what the page shows has a label
    assert "#fa-block:checked~main article:not(.block){" not in page  # one rule list, one declaration
    assert "#fa-block:checked~main article:not(.block)," in page
    for _, attrs in p.find("article"):
        assert attrs["class"].split()[0] == attrs["data-action"]
    assert render(["--html-limit", "0", str(export)])[0] == 2


class _Chromium:
    """Headless Chromium driven over --remote-debugging-pipe (NUL-separated JSON on fds 3 and 4),
    so the check needs no driver package."""

    def __init__(self, binary, profile):
        import subprocess

        commands_r, self._commands = os.pipe()
        self._replies, replies_w = os.pipe()

        def child():  # the pipe must be on fds 3 and 4, inheritable
            a, b = os.dup(commands_r), os.dup(replies_w)
            os.dup2(a, 3)
            os.dup2(b, 4)

        self.proc = subprocess.Popen([binary, "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
                                      f"--user-data-dir={profile}", "about:blank"], preexec_fn=child, close_fds=False,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(commands_r)
        os.close(replies_w)
        self.buffer = b""
        self.id = 0
        self.session = None

    def send(self, method, **params):
        self.id += 1
        message = {"id": self.id, "method": method, "params": params}
        if self.session and not method.startswith(("Target.", "Browser.")):
            message["sessionId"] = self.session
        os.write(self._commands, json.dumps(message).encode() + b"\0")
        while True:
            while b"\0" not in self.buffer:
                chunk = os.read(self._replies, 65536)
                if not chunk:
                    raise RuntimeError("chromium closed the pipe")
                self.buffer += chunk
            raw, self.buffer = self.buffer.split(b"\0", 1)
            reply = json.loads(raw)
            if reply.get("id") == self.id:
                assert "error" not in reply, reply
                return reply["result"]

    def open(self, url):
        import time

        target = self.send("Target.createTarget", url=url)["targetId"]
        self.session = self.send("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        for _ in range(200):
            if self.eval("document.URL.startsWith('file:') && document.readyState === 'complete'"):
                return
            time.sleep(0.05)
        raise AssertionError("the page did not load")

    def eval(self, expression):
        return self.send("Runtime.evaluate", expression=expression, returnByValue=True)["result"].get("value")

    def close(self):
        try:
            self.send("Browser.close")
        except (RuntimeError, OSError):
            pass
        self.proc.wait(20)
        os.close(self._commands)
        os.close(self._replies)


def test_filters_work_in_headless_chromium(export, tmp_path):
    import shutil

    binary = next((b for b in ("/usr/lib/chromium/chromium", shutil.which("chromium"), shutil.which("chromium-browser"),
                               shutil.which("google-chrome")) if b and os.path.exists(b)), None)
    if binary is None:
        pytest.skip("no Chromium on this machine")
    _, page = render(["--all", str(export)])
    path = tmp_path / "report.html"
    path.write_text(page, encoding="utf-8")
    browser = _Chromium(binary, tmp_path / "profile")
    try:
        browser.open(path.as_uri())
        visible = "[...document.querySelectorAll('article')].filter(a => a.offsetParent !== null).length"
        click = "document.querySelector('label[for=\"{}\"]').click()"
        assert browser.eval(visible) == len(HOSTILE) + 2  # all, with the clean message (--all)
        browser.eval(click.format("fa-block"))
        assert browser.eval(visible) == len(HOSTILE)
        browser.eval(click.format("fc-email_address"))
        assert browser.eval(visible) == 1
        browser.eval(click.format("fa-all"))
        browser.eval(click.format("fc-all"))
        assert browser.eval(visible) == len(HOSTILE) + 2
        # The CSP still holds: the page itself cannot run a script.
        assert browser.eval("document.querySelectorAll('script').length") == 0
    finally:
        browser.close()
