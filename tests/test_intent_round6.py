"""Round-6 classes of issue #14 (data/blind/round-6.jsonl, scored held out and now a dev set):
regional and curt asks beside a value, a shop's channel offered as a service, and the hard negatives
of each (refusals in dialect, values only stated, rules talk). Every number, address and ID is fictional."""
import pytest

import leakguard


def _channels(text):
    return {(f.value, f.kind) for f in leakguard.scan(text).findings if f.category == "external_contact"}


# -- a value and a regional or curt ask to use it ---------------------------------------------------
VALUE_INVITED = [
    # 名古屋: してちょー / してちょうだゃあ
    ("ほんなら携帯に電話してちょー。090-4417-2286だで", "phone"),
    ("店は 052-771-3390。昼ならおるで、電話してちょうだゃあ", "phone"),
    # 東北: 送ってけろ, かけてけ, こっちさ
    ("メアドは kome.tanbo88@gmail.com だ。注文はそっちさ送ってけろ", "email"),
    ("家の電話は0172-38-4410だ。夕方だばいるはんで、かけてけ", "phone"),
    ("0178-52-7731。こっちさかけでもらえれば持ってぐがら", "phone"),
    # 関西: でもかまへん; a plain permission: 構いません, ていいよ, てええよ
    ("080-6623-1195 や、電話でもかまへんで", "phone"),
    ("090-3381-2267 です。急ぎでしたらお電話いただいて構いません", "phone"),
    ("090-5512-7784 公衆電話からでもかけてきていいよ", "phone"),
    ("070-2241-8835、夜でもかけてええよ", "phone"),
    # curt: 追加しといて, 連絡まってます
    ("らいんのQR送れないから、ID打つね　ｙｕｚｕ－ｐｏｎ７　追加しといて", "line"),
    ("☆を@に変えてね aki_turbo7☆yahoo.co.jp 連絡まってます", "email"),
    # a shop's channel as a service taken
    ("自宅は0238-22-6613です。野菜のご注文はお電話でも承ります。", "phone"),
    ("ライン公式 @381kqpwd で予約受付してます", "line"),
    ("ご相談は弊社LINE公式（@552mtrwe）でも受け付けております。", "line"),
]


@pytest.mark.parametrize("text,channel", VALUE_INVITED)
def test_a_regional_ask_beside_a_value_invites_to_it(text, channel):
    assert (channel, "invitation") in _channels(text)


VALUE_ONLY = [
    # refusals in dialect: the same verbs, told not to
    "090-4417-2286 やけど、電話はせんといてちょー",
    "080-6623-1195 は店のやで、電話はかけんでかまへん",
    "090-3381-2267 です。お電話いただかなくても構いません",
    "メアドは kome.tanbo88@gmail.com だけど、そっちさは送らねでけろ、見ねがら",
    # stated, a receptionist, a callback promised (rounds 2-5 label these as stated)
    "名古屋支社の代表番号は052(684)3391です。不在時は受付の者が承ります。",
    "番号は 090-2876-1145 です。出られなかったら折り返します",
    # ちょー as 超, け in other words
    "番号は 090-7712-4458。ちょー古い携帯やけどね",
    "ライン公式 @381kqpwd は先月で受付終了しました",
]


@pytest.mark.parametrize("text", VALUE_ONLY)
def test_a_value_only_stated_or_refused_in_dialect_invites_nothing(text):
    assert not {v for v, kind in _channels(text) if kind == "invitation"}
