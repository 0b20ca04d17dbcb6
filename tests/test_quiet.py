"""Issue #14 part 3, "quiet where it must be": refusals, talk about the rules and paying through
the site itself are allowed; each case sits next to a near miss that is a real proposal and must
still block."""
import pytest

import leakguard

QUIET = [
    # refusals in plain and casual speech, after what they refuse
    "直接取引はお受けしていません。アプリからご購入ください",
    "直取引はしてないです🙏 値引きならアプリ内で少しできます",
    "ごめんね、直での取引はやってないんです。定期便プランを使ってください",
    "PayPayは受け取れないです、ごめんなさい！サイトの方で大丈夫です",
    "口座番号はお送りいただかなくて大丈夫です。支払いはサイトで行いますので。",
    "直接取引はしない主義ですので、今回も見積もり提案からご購入ください。",
    "直取引はちょっと怖いので、ここでお願いします",
    # warnings and talk about the rules
    "直接取引って結局トラブった時に誰も守ってくれないんだよね",
    "出品者の口座に直接振り込んだら、運営は何もしてくれないんですよね",
    "直接取引が見つかると違約金がかかるらしいです",
    # a concession answered by a refusal of the deal it names
    "手数料がもったいないのは分かるけど、直接は違反なんでダメですよ〜",
    # local classifieds, where cash on hand-over is the site's own way
    "お代は受け取りの時に手渡しでお願いします（ジモティーなので）",
    "現金で払いますね（ジモティーの手渡し取引なので）",
    # paying through the site: its checkout page and the payout it handles
    "振込なら購入画面に出るサイトの口座に入れてね！",
    "報酬のお振込みはサイトが代行してくれますので、口座情報の共有は要りません。",
    # a receipt is not a condition: 完了しました is not 完了したら
    "入金確認できました",
    "チケットの入金、完了しました",
    "仮払いナシだと始められないんだ、ごめん！購入してもらえたらすぐ描くね",
    # asking back what was meant, denying having asked, what is lost off the site
    "別の方法というのは、サイト外でのお取引という意味でしょうか。",
    "私は銀行振込でのお支払いのお願いは、一切行っておりません",
    "外でお支払いをすると、運営の方に相談できなくなってしまうと聞きました",
    # the site's own plans and account by name
    "次回は継続プランの方で直接お願いしたいと思います",
    "ココナラ指定の口座が表示されたので、銀行振込で支払おうと思います",
    # a site feature named in quotes; a scammer's request described
    "もし契約を結ぶ場合は、運営の「直接契約」の手続きを確認させていただけますか。",
    "ギフト券番号を送るよう求められることはありません",
]

STILL_BLOCKS = [
    "直接取引でお願いします。アプリは手数料が高いので",
    "直取引しませんか？値引きしますよ",
    "PayPayで払ってください、サイトだと手数料かかるので",
    "口座番号を送りますので、そちらに直接振り込んでください",
    "直接取引はしない主義なのですが、PayPayで先にいただけるなら特別に対応します。",
    "アプリ経由じゃなくていいっす、直で",
    "弊社指定の口座にお振込みをお願いいたします",
    "手数料がもったいないけど、直接取引しませんか",
    "手数料がもったいないけど、直接なら違反にならないですよ",
    "ジモティーの決済だと手数料取られるから、当日現金でお願いします",
    "納品確認できたら口座に振り込みますね",
    "作業が終わったら振り込んでね",
    "仮払いナシで始めましょう",
    "サイト外で取引しませんか",
    "継続プランじゃなくて直接お願いしたいです",
    "ココナラ外で鑑定しますので、銀行振込でお願いします",
    "「直接契約」でお願いできますか",
    "ギフト券番号を送ってください",
]


@pytest.mark.parametrize("text", QUIET)
def test_refusal_rule_talk_and_site_payment_are_not_blocked(text):
    assert leakguard.scan(text).action.value != "block"


@pytest.mark.parametrize("text", STILL_BLOCKS)
def test_near_miss_proposal_still_blocks(text):
    assert leakguard.scan(text).action.value == "block"


LINE_QUIET = [
    "Sorry, I can't share my LINE ID here.",
    "Sorry, no LINE ID here. Let's keep chatting on the site",
    "these abbreviations are super common in LINE messages",
    "You can sell them once you register on LINE Creators Market",
    "I draw cute LINE stickers for small shops",
    'the rules say "do not share Discord, LINE, or e-mail before purchase", so I will wait',
]

LINE_BLOCKS = [
    "my LINE ID is kuma_2525, add me",
    "LINE ID: hanako.88 で追加してください",
]


@pytest.mark.parametrize("text", LINE_QUIET)
def test_line_words_and_sentence_stops_are_no_line_id(text):
    assert not [f for f in leakguard.scan(text).findings if f.category == "line_id"]


@pytest.mark.parametrize("text", LINE_BLOCKS)
def test_line_id_near_miss_still_blocks(text):
    assert leakguard.scan(text).action.value == "block"


# the platform's own call and video features, and a service described as discontinued
NOT_FLAGGED = [
    "口頭のほうが早いので、サイトの音声通話でお話しできますか",
    "ここのビデオ通話でお話ししましょう",
    "ココナラの電話相談で30分お願いしたいです",
    "LINE Payのサービス終了に伴い、LINE Payでのお支払いはできなくなりました",
]

STILL_FLAGGED = [
    "口頭のほうが早いので、LINE通話でお話しできますか",
    "Skypeのビデオ通話でお話ししましょう",
    "電話で30分お話しできますか",
    "LINE Payで払ってください",
]


# a chat tool as the subject of the work, named in English
TOOL_AS_TOPIC = [
    "need someone to transcribe 2 hours of Zoom recordings",
    "Can you build a Slack integration that posts new orders?",
    "need 10 custom Discord emotes for a cat-themed stream",
    "can you make a zoom virtual background with my mascot in it?",
    "I translated the Instagram captions for all 12 posts",
]

TOOL_AS_PLACE = [
    "let's talk on Zoom tomorrow, I'll send the link",
    "can I pay with discord nitro? I have a spare gift link",
    "do you sell other figures? what's your insta shop?",
]


# an invitation someone else sent, quoted and reported
REPORTED = [
    "「ライン交換しませんか？」って来たけど断ったら無視されました笑",
    "「LINE交換しよう」とかよく来るけど全部スルーしてます",
    "「電話で話しませんか？」と聞かれましたが、お断りしました",
    # without brackets, the same report (round-7): the request ends on its form, 言われ says whose
    "LINEで連絡しようか？って言われたけど、ココナラ内じゃないと不安なのでここでお願いしたいです",
    # a script's opening words, quoted as the work
    "ボイスの台本、『もしもし？…電話出てくれてありがと』から始まるやつでお願いします",
    # DMs said closed, and the platform's call that needs no number
    "ちなみに私のXは作品投稿専用で、DMは閉じてます🙏 ご依頼はすべてココナラでお願いします",
    "サイトのアプリからは、番号を教えなくても通話ができますので、急なご連絡はそちらでお願いします。",
    "通話機能がありますので、そちらでご連絡ください。番号を交換しなくても、お互いに通話ができます。",
    # the phone's wiring as the thing repaired
    "固定電話の子機が反応しなくなりました。電話線の差し込み口か、親機の問題か見ていただけますか。",
]

SAID_NOW = [
    "「LINEで話しましょう」と言われたので、LINE教えてください",
    "ライン交換しませんか？",
    "LINEで連絡しようかって言われたので、LINEで話しましょう！",  # the report, then the writer's own
    "電話で子機の設定を教えてください",  # the device talked about on the phone
    "LINEでイラストの相談しませんか",
    "アプリを閉じて、LINEで話しましょう",  # closing something else than DMs
    "ブラウザを閉じたらLINEください",
    "DMは閉じてるので、LINEで連絡ください",  # DMs closed, another channel offered
]


# site features and discontinued services, a tool that is the work, an invitation reported: allowed;
# each near miss beside them (the call or payment outside, the tool as the place, the invitation
# said now) still flagged
@pytest.mark.parametrize("text", NOT_FLAGGED + TOOL_AS_TOPIC + REPORTED)
def test_site_feature_tool_topic_or_reported_invitation_is_not_flagged(text):
    assert leakguard.scan(text).action.value == "allow"


@pytest.mark.parametrize("text", STILL_FLAGGED + TOOL_AS_PLACE + SAID_NOW)
def test_outside_call_tool_as_place_or_invitation_said_now_is_still_flagged(text):
    assert leakguard.scan(text).action.value != "allow"


# examples quoted one a line under a warning: an advice post, not a proposal
WARNING_POST = (
    "【購入者さんへ：こんな連絡には要注意】\n"
    "「手数料が高いので、直接振り込んでもらえますか」\n"
    "「LINEの方が早いので、IDを教えてください」\n"
    "どちらも規約違反です。不審なメッセージは運営に通報しましょう。"
)

# the same lines, said by the sender: not quoted, no warning frames them
PROPOSAL_LINES = (
    "ご検討ください。\n"
    "手数料が高いので、直接振り込んでもらえますか\n"
    "LINEの方が早いので、IDを教えてください"
)


def test_quoted_examples_under_a_warning_are_not_flagged():
    assert leakguard.scan(WARNING_POST).action.value == "allow"


def test_quoted_lines_without_a_warning_still_block():
    assert leakguard.scan(PROPOSAL_LINES).action.value == "block"


def test_a_message_that_is_only_a_quotation_is_warned_not_blocked():
    # a line of an article read on its own, or a request wrapped in 「」 to slip past the check:
    # either way it is warned (detectors/mentions.py), and a value in it still blocks
    assert leakguard.scan("「LINEの方が早いので、IDを教えてください」").action.value == "warn"
    assert leakguard.scan("「直接取引でお願いします」").action.value == "warn"
    assert leakguard.scan("「090-4417-2093に電話してください」").action.value == "block"


@pytest.mark.parametrize("text", [
    "「LINEの方が早い」ので、IDを教えてください",  # the sender's own request after a quotation
    "「LINEの方が早いので、IDを教えてください」\nID: taro_1234",  # a value given stays a value
])
def test_a_quoted_line_with_the_senders_own_words_is_still_read(text):
    assert leakguard.scan(text).action.value != "allow"


# a channel asked about, refused in the next sentence; what follows is about this site
def test_refusal_between_a_channel_and_a_request_ends_the_follow_up():
    assert leakguard.scan("ライン？ごめん、それは無理！ここでお願いします").action.value == "allow"


@pytest.mark.parametrize("text", ["LINEある？そっちで話そう", "ライン？いいよ！IDはtaro_1234です"])
def test_follow_up_without_a_refusal_is_still_flagged(text):
    assert leakguard.scan(text).action.value != "allow"


# A remark on a way of paying (#14): an adjective of judgement, no way named as the means, none set
# above another; the learned scorer alone does not make it a proposal (intent._remark).
@pytest.mark.parametrize("text", [
    "銀行振込の手数料って地味に高いよね",
    "PayPayの手数料って地味に高いよね",
    "コンビニ払いの手数料、意外と高い",
])
def test_a_remark_on_a_way_of_paying_is_allowed(text):
    assert leakguard.scan(text).action.value == "allow"


@pytest.mark.parametrize("text", [
    "PayPayでいいよね？",  # the way as the means: an offer
    "振込手数料高いし、直接がいいよね",
])
def test_a_way_offered_with_an_adjective_is_still_flagged(text):
    assert leakguard.scan(text).action.value != "allow"
