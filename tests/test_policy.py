"""Policy: stage tables, presets, TOML files, message score, allowlists, explanations."""
import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import leakguard
from leakguard import Action, Context, Finding, Policy, PolicyError
from leakguard.model import CATEGORIES, EMAIL, EXTERNAL, LINE_ID, PAYMENT, PHONE, WARN_ONLY_SCORE

STAGES = ("before_contract", "contracted", "escrow_funded", "completed")
B, W, A = Action.BLOCK, Action.WARN, Action.ALLOW

# A confident finding of each category, as its detector would report it (values fictional).
FINDINGS = {
    PHONE: Finding(PHONE, 0, 13, "090-1234-5678", "+819012345678", 0.9, "携帯電話番号が含まれています。"),
    EMAIL: Finding(EMAIL, 0, 16, "taro@mail.test.jp", "taro@mail.test.jp", 0.95, "メールアドレスが含まれています。"),
    LINE_ID: Finding(LINE_ID, 0, 9, "taro_1234", "taro_1234", 0.9, "LINE IDが含まれています。"),
    PAYMENT: Finding(PAYMENT, 0, 6, "直接振り込みで", "直接振り込み", 0.85, "サイト外での支払いの提案です。"),
    EXTERNAL: Finding(EXTERNAL, 0, 10, "LINEで話しましょう", "line", 0.8, "外部の連絡手段への誘いです。"),
}
CHATWORK = Finding(EXTERNAL, 0, 12, "Chatworkに移りましょう", "chatwork", 0.8, "外部の連絡手段への誘いです。")

# Expected action by (category, stage); None is "no context". From issue 7's stage table.
ESCROW_GATED = {
    PHONE: {None: B, "before_contract": B, "contracted": B, "escrow_funded": B, "completed": B},
    EMAIL: {None: B, "before_contract": B, "contracted": B, "escrow_funded": B, "completed": B},
    LINE_ID: {None: B, "before_contract": B, "contracted": B, "escrow_funded": B, "completed": B},
    PAYMENT: {None: B, "before_contract": B, "contracted": B, "escrow_funded": B, "completed": B},
    EXTERNAL: {None: W, "before_contract": B, "contracted": B, "escrow_funded": W, "completed": W},
}
STRICT = {cat: {stage: B for stage in (None, *STAGES)} for cat in CATEGORIES}


def _context(stage):
    return None if stage is None else Context(stage=stage)


@pytest.mark.parametrize("category", CATEGORIES)
@pytest.mark.parametrize("stage", (None, *STAGES))
def test_escrow_gated_stage_table(category, stage):
    _, action = Policy().decide([FINDINGS[category]], _context(stage))
    assert action == ESCROW_GATED[category][stage]


@pytest.mark.parametrize("category", CATEGORIES)
@pytest.mark.parametrize("stage", (None, *STAGES))
def test_strict_stage_table(category, stage):
    _, action = Policy.preset("strict").decide([FINDINGS[category]], _context(stage))
    assert action == STRICT[category][stage]


@pytest.mark.parametrize("stage, completed_deals, expected", [
    (None, 0, W),                   # stage unknown: the Foundation default
    ("before_contract", 0, B),
    ("contracted", 0, B),
    ("escrow_funded", 0, W),
    ("completed", 0, A),            # this deal completed: a permitted channel is fine
    ("before_contract", 1, A),      # a new deal with someone they already completed one with
    ("escrow_funded", 3, A),
])
def test_permitted_channel_is_allowed_once_a_deal_completed(stage, completed_deals, expected):
    context = None if stage is None else Context(stage=stage, completed_deals=completed_deals)
    assert Policy().decide([CHATWORK], context)[1] == expected
    # LINE is not a permitted channel: completing a deal does not make an invitation to it fine.
    line_expected = W if stage in (None, "escrow_funded", "completed") else B
    if stage == "before_contract" and completed_deals:
        line_expected = B
    assert Policy().decide([FINDINGS[EXTERNAL]], context)[1] == line_expected


@pytest.mark.parametrize("stage", STAGES)
@pytest.mark.parametrize("completed_deals", (0, 2))
def test_strict_permits_no_channel(stage, completed_deals):
    context = Context(stage=stage, completed_deals=completed_deals)
    assert Policy.preset("strict").decide([CHATWORK], context)[1] == B


@pytest.mark.parametrize("stage, expected", [(None, B), ("before_contract", B), ("contracted", B), ("escrow_funded", B), ("completed", B)])
def test_identifiers_block_at_every_stage_through_scan(stage, expected):
    for text in ("090-1234-5678までお電話ください", "taro.yamada@gmail.com に送ってください"):
        assert leakguard.scan(text, context=_context(stage)).action == expected
        assert leakguard.scan(text, policy=Policy.preset("strict"), context=_context(stage)).action == expected


def test_context_accepts_a_stage_name_or_a_mapping():
    policy = Policy()
    assert policy.decide([FINDINGS[EXTERNAL]], "escrow_funded")[1] == W
    assert policy.decide([CHATWORK], {"stage": "contracted", "completed_deals": 1})[1] == A
    with pytest.raises(ValueError, match="unknown stage"):
        policy.decide([CHATWORK], "paid")
    with pytest.raises(ValueError, match="unknown context field"):
        Context.coerce({"stag": "contracted"})


@pytest.mark.parametrize("kwargs, message", [
    ({"stage": "signed"}, "unknown stage"),
    ({"completed_deals": -1}, "completed_deals"),
])
def test_context_is_validated(kwargs, message):
    with pytest.raises(ValueError, match=message):
        Context(**kwargs)
    with pytest.raises(TypeError):
        Context(completed_deals=1.5)


def test_no_findings_allows_at_every_stage():
    for stage in (None, *STAGES):
        assert Policy().decide([], _context(stage)) == (0.0, A)
        assert Policy.preset("strict").decide([], _context(stage)) == (0.0, A)


# -- presets and files ------------------------------------------------------------------------

def test_default_policy_equals_the_shipped_escrow_gated_file():
    assert Policy() == Policy.preset("escrow_gated") == leakguard.DEFAULT_POLICY
    assert hash(Policy()) == hash(Policy.preset("escrow_gated"))
    assert Policy.preset("strict") != Policy()


def test_unknown_preset_names_the_choices():
    with pytest.raises(PolicyError, match="escrow_gated, strict"):
        Policy.preset("lenient")


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "platform.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_from_toml_full_file(tmp_path):
    path = _write(tmp_path, """
name = "our-market"
min_score = 0.6
region = "jp"

[score]
warn_at = 0.55
block_at = 0.7
[score.weights]
external_contact = 0.8

[actions]
external_contact = "block"

[stages.escrow_funded]
email_address = "warn"    # e-mail is fine once escrow is funded
external_contact = "warn"

[allow]
emails = ["Support@Our-Market.example.jp"]
phones = ["0120-123-456"]
domains = ["our-market.example.jp"]

[channels]
permitted = ["chatwork", "zoom"]
from_stage = "escrow_funded"
""")
    policy = Policy.from_toml(path)
    assert policy.name == "our-market" and policy.min_score == 0.6 and policy.region == "JP"
    assert (policy.warn_at, policy.block_at) == (0.55, 0.7)
    assert policy.weight(EXTERNAL) == 0.8 and policy.weight(PHONE) == 1.0
    assert policy.actions[EXTERNAL] == B and policy.actions[PHONE] == B   # unnamed keys keep the default
    assert policy.decide([FINDINGS[EMAIL]], Context("escrow_funded"))[1] == W
    assert policy.decide([FINDINGS[EMAIL]], Context("contracted"))[1] == B
    assert policy.actions_for(None)[EXTERNAL] == B
    # ... but 0.8 × weight 0.8 = 0.64 is under block_at 0.7, so the score caps it at warn.
    assert policy.decide([FINDINGS[EXTERNAL]], None)[1] == W
    assert policy.decide([FINDINGS[EXTERNAL], FINDINGS[PHONE]], None)[1] == B
    assert policy.decide([CHATWORK], Context("escrow_funded"))[1] == A
    assert not policy.channel_permitted("chatwork", Context("contracted"))
    assert policy.actions_for(Context("contracted"))[EXTERNAL] == B   # stages kept from the default
    assert policy.allow_emails == {"support@our-market.example.jp"}
    assert policy.allow_phones == {"+81120123456"}
    assert policy.permitted_channels == {"chatwork", "zoom"}


def test_from_toml_extends_a_preset(tmp_path):
    path = _write(tmp_path, 'extends = "strict"\nname = "strict-but-email"\n[stages.completed]\nemail_address = "allow"\n')
    policy = Policy.from_toml(path)
    assert policy.decide([FINDINGS[EXTERNAL]], Context("completed"))[1] == B
    assert policy.decide([FINDINGS[EMAIL]], Context("completed"))[1] == A
    assert policy.decide([FINDINGS[EMAIL]], Context("escrow_funded"))[1] == B


def test_empty_file_is_the_default_policy(tmp_path):
    assert Policy.from_toml(_write(tmp_path, "# nothing to change\n")) == Policy()


@pytest.mark.parametrize("body, key", [
    ('colour = "red"\n', "colour: unknown key"),
    ('[actions]\nphone_number = "deny"\n', "actions.phone_number: unknown action 'deny'"),
    ('[actions]\nfax_number = "block"\n', "actions.fax_number: unknown category"),
    ('[stages.paid]\nexternal_contact = "warn"\n', "stages.paid: unknown stage"),
    ('[stages.contracted]\nexternal_contact = 1\n', "stages.contracted.external_contact"),
    ('[score]\nwarn_at = 0.9\nblock_at = 0.5\n', "score.warn_at (0.9) must not exceed score.block_at"),
    ('[score]\nblock_at = 1.5\n', "score.block_at: must be within 0..1"),
    ('[score]\nwarn = 0.5\n', "score.warn: unknown key"),
    ('[score.weights]\nphone_number = "high"\n', "score.weights.phone_number: expected a number"),
    ('min_score = true\n', "min_score: expected a number"),
    ('region = "Japan"\n', "region: expected a two-letter region code"),
    ('[allow]\nemails = ["support"]\n', "allow.emails[0]: 'support' is not an e-mail address"),
    ('[allow]\nemails = "support@x.jp"\n', "allow.emails: expected a list of strings"),
    ('[allow]\nphones = ["0120-123-456", "call us"]\n', "allow.phones[1]: 'call us' is not"),
    ('[allow]\ndomains = ["localhost"]\n', "allow.domains[0]: 'localhost' is not a domain name"),
    ('[allow]\nurls = []\n', "allow.urls: unknown key"),
    ('[channels]\npermitted = ["chatwrok"]\n', "channels.permitted[0]: unknown channel 'chatwrok'"),
    ('[channels]\nfrom_stage = "after_escrow"\n', "channels.from_stage: unknown stage"),
    ('extends = "lenient"\n', "extends: unknown preset 'lenient'"),
    ('actions = "block"\n', "actions: expected a table"),
    ('[actions\nphone_number = "block"\n', "not valid TOML"),
])
def test_bad_policy_file_names_the_file_and_key(tmp_path, body, key):
    path = _write(tmp_path, body)
    with pytest.raises(PolicyError) as info:
        Policy.from_toml(path)
    message = str(info.value)
    assert message.startswith(str(path) + ":")
    assert key in message


def test_missing_policy_file(tmp_path):
    with pytest.raises(PolicyError, match="cannot read policy file"):
        Policy.from_toml(tmp_path / "nope.toml")


def test_policy_error_is_a_value_error_and_constructor_validates():
    assert issubclass(PolicyError, ValueError)
    with pytest.raises(PolicyError, match="actions.phone_number"):
        Policy(actions={PHONE: "maybe"})
    with pytest.raises(PolicyError, match="min_score"):
        Policy(min_score=2)


# -- message score ----------------------------------------------------------------------------

def _f(category, score, value=None, warn_only=False):
    return Finding(category, 0, 1, "x", value, score, "r", warn_only=warn_only)


def test_score_is_noisy_or():
    score, _ = Policy().decide([_f(PHONE, 0.9), _f(EMAIL, 0.8)])
    assert math.isclose(score, 1 - (1 - 0.9) * (1 - 0.8))   # 0.98
    weighted = Policy(weights={EXTERNAL: 0.5})
    score, _ = weighted.decide([_f(EXTERNAL, 0.8), _f(PHONE, 0.5)])
    assert math.isclose(score, 1 - (1 - 0.5 * 0.8) * (1 - 0.5))  # 0.7


def test_score_ceiling_caps_the_action():
    policy = Policy(warn_at=0.6, block_at=0.8, min_score=0.0)
    assert policy.decide([_f(PHONE, 0.9)])[1] == B
    assert policy.decide([_f(PHONE, 0.7)])[1] == W       # a doubtful phone number only warns
    assert policy.decide([_f(PHONE, 0.5)])[1] == A
    assert policy.decide([_f(PHONE, 0.5), _f(EMAIL, 0.6)])[1] == B   # 0.8 together: two weak signals add up
    assert policy.decide([_f(EXTERNAL, 0.99)])[1] == W   # the ceiling never raises a category's action


FINDING = st.builds(
    _f, st.sampled_from(CATEGORIES), st.floats(0.0, 1.0), st.sampled_from([None, "line", "chatwork", "+819012345678"]),
    st.booleans())
POLICIES = st.sampled_from([Policy(), Policy.preset("strict"), Policy(warn_at=0.3, block_at=0.9, weights={EXTERNAL: 0.4})])
CONTEXTS = st.one_of(st.none(), st.builds(Context, st.sampled_from(STAGES), st.integers(0, 2)))


@settings(max_examples=300, deadline=None)
@given(POLICIES, st.lists(FINDING, max_size=6), FINDING, CONTEXTS)
def test_adding_a_finding_never_lowers_score_or_action(policy, findings, extra, context):
    before_score, before_action = policy.decide(findings, context)
    after_score, after_action = policy.decide([*findings, extra], context)
    assert 0.0 <= before_score <= after_score <= 1.0
    assert after_action.severity >= before_action.severity
    assert policy.decide(list(reversed(findings)), context)[1] == before_action   # order does not matter


# -- allowlists -------------------------------------------------------------------------------

def test_platform_contacts_are_never_findings():
    policy = Policy(allow_emails=["support@help.example-market.jp"], allow_phones=["0120-123-456"],
                    allow_domains=["notice.example-market.jp"])
    text = "お問い合わせは support@help.example-market.jp か 0120-123-456 へ。通知は no-reply@mail.notice.example-market.jp から届きます"
    report = leakguard.scan(text, policy=policy)
    assert report.findings == () and report.action == A
    assert leakguard.mask(text, policy=policy) == text
    # Someone else's address in the same message is still found.
    report = leakguard.scan(text + "。私は taro.yamada@gmail.com です", policy=policy)
    assert [f.value for f in report.findings] == ["taro.yamada@gmail.com"] and report.action == B
    # Without the allowlist the platform's contacts are findings like any other.
    # (「0120-123-456 へ」 also invites the reader to call it: its external_contact finding is the fourth)
    assert sorted((f.category, f.value) for f in leakguard.scan(text).findings) == [
        ("email_address", "no-reply@mail.notice.example-market.jp"), ("email_address", "support@help.example-market.jp"),
        ("external_contact", "phone"), ("phone_number", "+81120123456")]


def test_allowlisted_domain_covers_urls_in_values():
    policy = Policy(allow_domains=["example-market.jp"])
    link = Finding(LINE_ID, 0, 5, "x", "https://shop.example-market.jp/help", 0.9, "r")
    other = Finding(LINE_ID, 0, 5, "x", "https://line.me/ti/p/~taro_1234", 0.9, "r")
    assert policy.is_allowlisted(link) and not policy.is_allowlisted(other)
    assert not policy.is_allowlisted(Finding(EMAIL, 0, 5, "x", "a@badexample-market.jp", 0.9, "r"))


# -- explanations -----------------------------------------------------------------------------

PLATFORM_NAMES = ("ココナラ", "クラウドワークス", "ランサーズ", "メルカリ", "coconala", "crowdworks", "lancers", "mercari", "fiverr", "upwork")


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_explain_masks_values_and_says_what_to_do(lang):
    text = "連絡は090-1234-5678か taro.yamada@gmail.com までお願いします"
    report = leakguard.scan(text)
    paragraph = report.explain(lang)
    assert "\n" not in paragraph and len(paragraph) < 600
    for secret in ("090-1234-5678", "09012345678", "+819012345678", "taro.yamada", "1234-5678"):
        assert secret not in paragraph
    assert ("電話番号" in paragraph and "メールアドレス" in paragraph) if lang == "ja" else ("phone number" in paragraph and "e-mail address" in paragraph)
    assert "090******78" in paragraph and "t***@gmail.com" in paragraph
    assert ("送信できません" in paragraph) if lang == "ja" else ("cannot be sent" in paragraph)
    assert ("メッセージ機能" in paragraph) if lang == "ja" else ("keep the conversation in these messages" in paragraph)
    assert not any(name in paragraph.lower() for name in PLATFORM_NAMES)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_explain_for_payment_and_channels(lang):
    report = leakguard.Report((FINDINGS[EXTERNAL], FINDINGS[PAYMENT]), 0.97, B, "")
    paragraph = report.explain(lang)
    assert "LINE" in paragraph
    assert ("仮払い" in paragraph) if lang == "ja" else ("escrow" in paragraph)
    assert "直接振り込み" not in paragraph
    assert not any(name in paragraph.lower() for name in PLATFORM_NAMES)


def test_explain_warn_allow_and_nothing():
    warn = leakguard.Report((FINDINGS[EXTERNAL],), 0.8, W, "").explain()
    assert "ご確認ください" in warn and "送信できません" not in warn
    allowed = leakguard.Report((CHATWORK,), 0.8, A, "").explain("en")
    assert "can be sent" in allowed and "Chatwork" in allowed
    assert "見つかりませんでした" in leakguard.scan("よろしくお願いします").explain()
    with pytest.raises(ValueError, match="unknown language"):
        leakguard.scan("hi").explain("fr")


# -- #14 §1: handles are not invitations -------------------------------------------------------

@pytest.mark.parametrize("text, kind, action", [
    ("Discordのユーザー名は kuma_88 です、フレンド申請して", "handle", B),
    ("Skypeはこちら live:.cid.8f3a2b1c よろしく", "handle", B),
    ("Zoomで打ち合わせしませんか", "invitation", W),
    ("明日の打ち合わせは https://zoom.us/j/1234567890 でお願いします", "invitation", W),
    ("よかったらLINE交換しませんか", "invitation", W),
    ("電話番号を教えていただけますか", "request", W),
])
def test_external_contact_findings_say_what_they_are(text, kind, action):
    report = leakguard.scan(text)
    kinds = {f.kind for f in report.findings if f.category == EXTERNAL}
    assert kind in kinds, report.findings
    assert report.action == action
    assert all(f.kind is None for f in report.findings if f.category != EXTERNAL)
    assert all(d["kind"] in ("handle", "invitation", "request") for d in report.to_dict()["findings"]
               if d["category"] == EXTERNAL)
    assert leakguard.Report.from_dict(report.to_dict(), text) == report


def test_a_policy_sets_an_action_per_kind():
    handle = "Discordのユーザー名は kuma_88 です、フレンド申請して"
    invite = "Zoomで打ち合わせしませんか"
    assert leakguard.scan(handle, policy=Policy(kinds={})).action == W  # one action for all again
    assert leakguard.scan(invite, policy=Policy(kinds={"invitation": "block"})).action == B
    # a permitted channel is still allowed once a deal is completed, whatever its kind
    chatwork = "ChatworkのIDは kuma_88 です"
    assert leakguard.scan(chatwork).action == B
    assert leakguard.scan(chatwork, context=Context(stage="completed")).action == A
    with pytest.raises(PolicyError, match="kinds.meeting: unknown category"):
        Policy(kinds={"meeting": "warn"})


def test_kinds_in_a_policy_file(tmp_path):
    path = tmp_path / "ours.toml"
    path.write_text('extends = "escrow_gated"\n[kinds]\nhandle = "warn"\ninvitation = "block"\n', encoding="utf-8")
    policy = Policy.from_toml(path)
    assert policy.kinds == {"handle": W, "invitation": B}
    assert Policy().kinds == {"handle": B} and Policy.preset("strict").kinds == {"handle": B}


# -- warn-only readings -----------------------------------------------------------------------

def _warn_only(category):
    return Finding(category, 0, 1, "x", None, WARN_ONLY_SCORE, "r", warn_only=True)


def test_warn_only_readings_count_as_one_term():
    # three quoted requests are no more the writer's than one: they warn together, never block
    quoted = [_warn_only(PAYMENT), _warn_only(PAYMENT), _warn_only(EXTERNAL)]
    score, action = Policy().decide(quoted)
    assert math.isclose(score, WARN_ONLY_SCORE) and action == W
    # the same scores without the flag are independent readings, and add up to a block
    assert Policy().decide([_f(PAYMENT, WARN_ONLY_SCORE), _f(PAYMENT, WARN_ONLY_SCORE)])[1] == B
    # a warn-only reading still adds to a reading that is not
    assert Policy().decide([_f(PAYMENT, WARN_ONLY_SCORE), _warn_only(EXTERNAL)])[1] == B


@pytest.mark.parametrize("text", ["「手数料かかるので直接振り込んでもらえますか」", "「LINE交換しませんか」「直接取引しましょう」",
                                  "銀振でも送金できるよ"])
def test_quotations_and_told_payments_are_marked_warn_only(text):
    report = leakguard.scan(text)
    assert report.action == W and report.findings
    assert all(f.warn_only and f.score == WARN_ONLY_SCORE for f in report.findings)
    for finding in report.findings:
        data = finding.to_dict()
        assert data["warn_only"] is True and Finding.from_dict(data) == finding


def test_warn_only_is_left_out_of_other_findings_dicts():
    finding = leakguard.scan("090-1234-5678").findings[0]
    assert not finding.warn_only and "warn_only" not in finding.to_dict()
