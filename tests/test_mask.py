"""Masking (issue #16 part 3): identifiers only by default, phrases on request, and the operators."""
import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import leakguard
from leakguard import Finding, Pseudonymizer
from leakguard.masking import is_identifier, mask_findings
from leakguard.model import EMAIL, EXTERNAL, PAYMENT, PHONE, mask_spans

# Fictional people, numbers and accounts.
EMAIL_TEXT = "資料は hanako.suzuki@yahoo.co.jp までお送りください"
MIXED = "LINE交換しませんか？IDはtaro_1234です。電話は090-1234-5678へ"
HANDLE = "discordのID: taro#1234 で追加してください"
PAYMENT_TEXT = "PayPayで送金してください。よろしくお願いします"


def test_the_words_around_an_address_stay():
    assert leakguard.mask(EMAIL_TEXT) == "資料は ［メールアドレス］ までお送りください"
    assert leakguard.scan(EMAIL_TEXT).masked() == "資料は ［メールアドレス］ までお送りください"


def test_the_invitation_around_the_address_is_a_finding_of_its_own():
    # Why the words used to vanish: the e-mail finding is the address alone, but an invitation
    # finding spans the whole phrase and masking merged the two.
    findings = leakguard.find(EMAIL_TEXT)
    email = next(f for f in findings if f.category == EMAIL)
    assert email.text == "hanako.suzuki@yahoo.co.jp"
    invitation = next(f for f in findings if f.category == EXTERNAL)
    assert invitation.start <= email.start and invitation.end > email.end
    assert not is_identifier(invitation)


def test_identifiers_masked_phrases_kept():
    assert leakguard.mask(MIXED) == "LINE交換しませんか？IDは［LINE ID］です。電話は［電話番号］へ"
    assert leakguard.mask(HANDLE) == "discordのID: ［外部連絡先］ で追加してください"
    assert leakguard.mask(PAYMENT_TEXT) == PAYMENT_TEXT  # a payment request is a phrase, no identifier


def test_phrases_on_request():
    assert leakguard.mask(EMAIL_TEXT, spans="all") == "資料は ［メールアドレス］"
    assert leakguard.mask(PAYMENT_TEXT, categories=[PAYMENT]) == "［外部決済］。よろしくお願いします"
    # categories alone masks whole spans of those categories and nothing else
    assert leakguard.mask(MIXED, categories={EXTERNAL}) == "［外部連絡先］IDはtaro_1234です。電話は090-1234-5678へ"
    # categories with spans="identifiers": identifiers of those categories only
    assert leakguard.mask(MIXED, categories={PHONE}, spans="identifiers") == "LINE交換しませんか？IDはtaro_1234です。電話は［電話番号］へ"


def test_placeholders_str_or_per_category():
    assert leakguard.mask(MIXED, "***") == "LINE交換しませんか？IDは***です。電話は***へ"
    assert leakguard.mask(MIXED, {PHONE: "<TEL>"}) == "LINE交換しませんか？IDは［LINE ID］です。電話は<TEL>へ"


def test_redact_and_partial():
    assert leakguard.mask(MIXED, operator="redact") == "LINE交換しませんか？IDはです。電話はへ"
    assert leakguard.mask(MIXED, operator="partial") == "LINE交換しませんか？IDは****_**34です。電話は***-****-**78へ"


def test_hash_is_keyed_and_follows_the_value_not_the_spelling():
    text = "電話は090-1234-5678、または０９０１２３４５６７８へ"
    masked = leakguard.mask(text, operator="hash", salt="platform secret")
    first, second = (part.split("］")[0] for part in masked.split("［")[1:])
    assert first == second and first.startswith("電話番号:") and len(first) == len("電話番号:") + 12
    assert leakguard.mask(text, operator="hash", salt="other secret") != masked
    assert "1234" not in masked and "5678" not in masked


def test_pseudonyms_are_consistent_across_a_conversation():
    conversation = Pseudonymizer()
    one = leakguard.mask("090-1234-5678 か 080-9876-5432 へ", operator="pseudonym", pseudonyms=conversation)
    two = leakguard.mask("やはり080-9876-5432にお願いします。taro@example.com", operator="pseudonym",
                         pseudonyms=conversation)
    assert one == "［電話番号1］ か ［電話番号2］ へ"
    assert two == "やはり［電話番号2］にお願いします。［メールアドレス1］"
    assert len(conversation) == 3
    # Without a Pseudonymizer the numbering is per call.
    assert leakguard.mask("080-9876-5432", operator="pseudonym") == "［電話番号1］"


def test_a_kept_pseudonymizer_holds_no_value():
    conversation = Pseudonymizer()
    leakguard.mask("090-1234-5678 taro@example.com", operator="pseudonym", pseudonyms=conversation)
    stored = pickle.dumps(conversation)
    for secret in (b"1234", b"5678", b"taro", b"example"):
        assert secret not in stored
    again = pickle.loads(stored)
    assert leakguard.mask("taro@example.com", operator="pseudonym", pseudonyms=again) == "［メールアドレス1］"


def test_report_masked_takes_the_same_options():
    report = leakguard.scan(MIXED)
    assert report.masked(operator="partial") == leakguard.mask(MIXED, operator="partial")
    # spans="all" masks phrases too: 「090-…へ」 invites a call, so the particle goes with the number
    assert report.masked(spans="all") == leakguard.mask(MIXED, spans="all") == "［外部連絡先］IDは［LINE ID］です。電話は［電話番号］"


def test_mask_spans_still_masks_exactly_what_it_is_given():
    findings = leakguard.find(EMAIL_TEXT)
    assert mask_spans(EMAIL_TEXT, findings) == "資料は ［メールアドレス］"


def test_a_platform_value_finding_of_one_word_is_an_identifier():
    member = Finding("member_number", 3, 12, "M-1234567", "M1234567", 0.9, "会員番号です。")
    assert is_identifier(member)
    assert mask_findings("会員 M-1234567 です", [Finding("member_number", 3, 12, "M-1234567", "M1234567", 0.9, "")],
                         {"member_number": "［会員番号］"}) == "会員 ［会員番号］ です"
    phrase = Finding(PAYMENT, 0, 6, "直接振り込みで", None, 0.85, "")
    assert not is_identifier(phrase)


@pytest.mark.parametrize("kwargs, error", [
    ({"operator": "scramble"}, ValueError),
    ({"spans": "some"}, ValueError),
    ({"operator": "hash"}, ValueError),                     # no salt
    ({"salt": "x"}, ValueError),                            # salt without hash
    ({"operator": "redact", "placeholder": "***"}, ValueError),
    ({"pseudonyms": Pseudonymizer()}, ValueError),          # pseudonyms without the operator
    ({"operator": "pseudonym", "pseudonyms": {}}, TypeError),
    ({"categories": "phone_number"}, TypeError),
    ({"placeholder": 3}, TypeError),
])
def test_bad_options_raise_before_scanning(kwargs, error):
    with pytest.raises(error) as exc:
        leakguard.mask(MIXED, **kwargs)
    assert str(exc.value)


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from([
    "090-1234-5678", "taro@example.com", "LINE ID: taro_1234", "よろしくお願いします", "Chatworkで話しましょう",
    "PayPayで送金してください", "、", " ", "\n", "納期は12/31です",
]), min_size=1, max_size=6))
def test_identifier_masking_keeps_every_character_outside_identifiers(parts):
    text = "".join(parts)
    findings = leakguard.find(text)
    identifiers = [f for f in findings if is_identifier(f)]
    masked = leakguard.mask(text, "\0")
    covered = set()
    for f in identifiers:
        covered.update(range(f.start, f.end))
    kept = "".join(ch for i, ch in enumerate(text) if i not in covered)
    assert masked.replace("\0", "") == kept
    for f in leakguard.find(masked.replace("\0", "［x］")):
        assert not is_identifier(f) or f.category not in {PHONE, EMAIL}
