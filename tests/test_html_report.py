"""``--format html``: one self-contained, escaped page; its structure checked with html.parser."""
import io
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
