"""Words that are shown, not said: the parts of a text that write about a message (issue #14).

Articles, FAQs, training handouts, news reports and forum posts quote the messages they warn about.
A chat message does not wrap itself in 「」, open on a ×, or title itself 「Q. …？」; so these parts of
a text (in original offsets) are mentions, whose words no intent reading acts on:

- a quotation standing as a line of its own, after nothing but a list mark, an enumerator, a
  verdict (×, NG, ○) or a label (例:, Q1.), and before nothing but an arrow's comment
  (「・「在庫があるのでインスタのDMで」」「（エ）「…」」「「…」 → 第11条違反」);
- a quotation that is reported (「…」と言われた, 「…」って来た, 「…」という誘い, 「…」みたいな), or
  judged (「…」は無視), and a request quoted without brackets, then named as one (「Zoomで面談しましょう、
  という依頼は」);
- a line quoted the way mail and forums quote a message replied to (「＞このサイトでは…LINEに登録して」);
- a line marked as a thing not to do (「× サイト外の支払いに応じる」「NG：…」「【悪い例】…」), and a
  transcript's line said by the other party (「購入者：現金で払います」);
- the bullets of a list under a line that names them signs of a scam or things not to do
  (「共通点は」「おかしな点はいくつもありました」「■ やってはいけない移行」);
- the bullets under a heading over the writer's refusals or a rule's prohibitions (「■お断りしていること」
  「【禁止事項】」「■書いてはいけないもの」);
- a question heading (「■ 手数料を節約するために、直接取引してもいいですか？」「Q. 契約後ならZoomで
  …？」「質問：…？」) and a heading naming a situation (「■ 取引相手と電話で話したい」): the
  question an FAQ answers, not one asked of the reader; in a text with answer lines (A. …), every
  Q line (「Q3. 次回から直接やりとりして予約したいのですが。」).

Values written in a mention (a real phone number, a bank account) stay findings: the caller only
drops intent readings whose words all lie in mentions (intent.py). A message that is one quotation
and nothing else keeps its readings at warn strength: it may be an article's line read alone, or a
request wrapped in 「」 to slip past the check; so does one bulleted noun phrase and nothing else
(「・サイト外での直接契約」, a list item of a profile read alone).
"""
from __future__ import annotations

import bisect

import regex

from ..model import PAYMENT
from ..spans import Spans
from . import about

# What may stand before a quotation on its line: list marks, enumerators, verdicts, labels.
_LEAD = (r"(?:[・•\-−*＊→⇒▶▷◆◇■□●◎○◯〇×✕✖❌⭕✔✓☑─―—–]|NG|ＮＧ|OK|ＯＫ|[0-9０-９]{1,2}[.)）．、/]|[(（][0-9０-９a-zA-Zア-ンあ-ん]{1,2}[)）]"
         r"|[①-⑳]|[0-9０-９]{1,3}位|第[0-9０-９]{1,3}位|(?:NG|OK|悪い|良い|よい)?例[0-9０-９]{0,2}[:：)）]|[QAＱＡ][0-9０-９]{0,2}[.:：．)）]|[（(]?[0-9０-９]{1,2}[)）]"
         r"|[\[［][QAＱＡ][0-9０-９]{0,2}[\]］]|[QAＱＡ](?=[「『])"  # (「・Q「…」→ A「…」」: a question asked, then answered)
         # …any speaker with a colon or a stage note (「B：「…」」「出品者（声）「…」」「3コマ：」), not a label
         # naming the writer's own way (「支払い方法：「…」」 is a profile's line)
         r"|(?![^\n：:（(「]{0,10}?(?:方法|先|手段|希望|支払|払い|連絡|振込|決済|口座|ID|ＩＤ|アカウント)(?:[（(][^（）()\n]{0,16}+[)）])?[:：])"
         r"[\p{Han}\p{Katakana}ーA-Za-zＡ-Ｚａ-ｚ0-9０-９・]{1,10}+(?:[:：]|[（(][^（）()\n「」]{1,16}+[)）][:：]?)"
         # a comic's or a script's speaker (「購入者A「…」」「出品者Bさん「…」」「発注者役：「…」」): a role, not the sender
         r"|(?:購入者|出品者|買い手|売り手|落札者|依頼者|発注者|受注者|クライアント|相手|業者|詐欺師|犯人)[A-ZＡ-Ｚ]?(?:さん|様|役)?[:：]?"
         r"|[ \u3000\t])")
_STANDING_QUOTE_RE = regex.compile(
    # (《…》 ≪…≫: how support replies and stories set off the message they quote)
    # (an English example line in plain double quotes: "Send me the deposit by PayPal.")
    r"(?m)^[ \u3000\t]{0,12}+" + _LEAD + r"{0,6}+(「[^「」\n]{1,300}+」|『[^『』\n]{1,300}+』|“[^“”\n]{1,300}+”|《[^《》\n]{1,300}+》|≪[^≪≫\n]{1,300}+≫"
    r"|\"[^\"\n]{1,300}+\")"
    # …and after it a count or a share (「1位「…」（412件）」「・「高いと思う」：38%」) or an arrow's comment
    r"[ \u3000\t]{0,3}+(?:[（(][^（()）\n]{0,20}?[0-9０-９][^（()）\n]{0,20}+[)）]|[:：][ \u3000]{0,2}+[0-9０-９.,．]{1,8}+[%％件人回票])?"
    # (or a dash and its gloss: 「振込先は別途お送りします」― "I'll send you the bank details separately")
    r"[ \u3000\t]{0,3}+(?:(?:→|⇒|[―—─–]{1,2})[^\n]{0,300}+)?$")
# Two or more quotations listed on a line, after a label or a list mark, with at most a word naming
# them, a count or an arrow's comment after the last (「P2 依頼表現：「番号教えて」「LINE交換しませんか」」
# 「発話例：「直接振り込んでもいい？」「PayPayで払えますか」」「・「直接振込」「サイト外で契約」の提案」): a
# list of phrases, not a message. One quotation counts when its label or the word after it names it
# an example (「断るときの例：「…」」). The label may not name a way to reach or pay the writer
# (「連絡方法：「LINE」「電話」」 is a profile's line, checked in code).
_QUOTE = r"(?:「[^「」\n]{1,300}+」|『[^『』\n]{1,300}+』|“[^“”\n]{1,300}+”|\"[^\"\n]{1,300}+\")"
_EXAMPLE_NOUN = (r"(?:例|パターン|表現|フレーズ|文言|文句|言葉|一言|セリフ|台詞|発話|回答|意見|声|質問|相談|メッセージ|文面|手口|提案|依頼"
                 r"|誘い|勧誘|誘導|申し出|要求|書き込み|コメント|投稿|発言|感想|断り|ケース|[Ee]xamples?"
                 # (an English label that reports: 「Some sellers write: "…"」)
                 r"|(?<![A-Za-z])(?:writes?|wrote|says?|said|asks?|asked|tells?|told|messages?)(?![A-Za-z]))")
_LISTED_QUOTES_RE = regex.compile(
    r"(?m)^[ \u3000\t]{0,3}+" + _LEAD + r"{0,6}+(?P<label>[^\n「『“\"。！!？?]{1,30}?[：:][ \u3000]{0,2}+)?"
    r"(?P<quotes>" + _QUOTE + r"(?:[ \u3000]{0,2}+(?:[、,・/／]|や|とか|or|and)?[ \u3000]{0,2}+" + _QUOTE + r")*+)"
    r"[ \u3000\t]{0,3}+(?P<tail>(?:など|等|…|\.\.\.)?(?:の|という|といった|のような|みたいな|との)?" + _EXAMPLE_NOUN + r")?"
    r"(?:[ \u3000\t]{0,3}+[（(][^（()）\n]{0,40}+[)）])?(?:[ \u3000\t]{0,3}+[:：][ \u3000]{0,2}+[0-9０-９.,．]{1,8}+[%％件人回票])?"
    r"[ \u3000\t]{0,3}+(?:(?:→|⇒|->)[^\n]{0,300}+)?$")
_ONE_QUOTE_RE = regex.compile(_QUOTE)
_EXAMPLE_LABEL_RE = regex.compile(_EXAMPLE_NOUN)
_OWN_WAY_LABEL_RE = regex.compile(r"(?:方法|先|手段|希望|ID|ＩＤ|アカウント|可|OK|ＯＫ)[ \u3000]{0,2}+[：:][ \u3000]{0,2}+$")
# A checklist's line: a box, then what the reader checks was or was not done (「□ 「LINEで話しましょう」と
# 言われていないか」「☐ 支払い方法として銀行振込を案内していないか」「[ ] 仮払いになっているか」)
_CHECK_LINE_RE = regex.compile(
    r"(?m)^[ \u3000\t]{0,3}+(?:[□☐☑✅]|\[[ xX✓]?\]|［[ \u3000xX✓]?］)[^\n]{1,200}+(?<=か[？?]?[ \u3000\t]{0,3})$")
# …and the same question in a sentence: whether the reader was asked or did (…を持ちかけられていないか、
# …と言われていませんか): a check, never a proposal. 「LINEやってないか？」 asks for a LINE, so
# やって/持って/使って are left out.
_CHECK_QUESTION_RE = regex.compile(
    r"(?m)(?:^|(?<=[。！？!?]))[^。！？!?\n]{1,120}?(?:(?<!やっ|持っ|使っ)て(?:い)?ないか(?:どうか)?"
    r"|(?:られ|され|かれ|まれ|われ|ばれ)て(?:い)?ませんか)")
# A clause that describes a kind of message or act by what it does (「サイトの外でのやり取りに誘導する
# メッセージが」「直接振込を求める手口」): a relative clause on a noun naming messages or cases. Not
# people (「直接振り込んでくれる人」 solicits).
_KIND_CLAUSE_RE = regex.compile(
    r"(?m)(?:^|(?<=[。、！？!?]))[^。、！？!?\n「」]{1,60}?(?:する|させる|してくる|される|を求める|を持ちかける|を勧める|をすすめる)"
    r"(?=(?:ような|よう?な)?(?:メッセージ|連絡|手口|ケース|事例|詐欺|投稿|コメント|DM|メール|誘い|行為|文面|書き込み|業者|アカウント"
    r"|トラブル|被害|もの)(?:が|は|を|に|も|の|や|と|、|。|$))")
# …an act told in the plain form of a description (「サイト外での支払いを求めている。」 an answer key's
# reason; 「…を求めています」 stays read), and a kind of message named as a row's term or a whole
# definition (「・サイト外での支払いの提案：初回から警告」「off_platform_payment：サイト外での支払いの提案。」)
_DESCRIBED_ACT_RE = regex.compile(
    r"(?m)(?:^|(?<=[。、！？!?：:]))[^。、！？!?\n「」：:]{1,60}?(?:を(?:求め|持ちかけ|提案し|要求し|促し|誘っ|勧め)て(?:いる|いた)"
    r"|の(?:提案|誘い|誘導|勧誘|持ちかけ|要求))(?=[。．.：:]|[ \u3000]*$)")
# A situation told in the passive (「LINEのIDなどを聞かれても」「連絡先を求められた場合は」): what the
# reader may be asked, not what the writer asks
_ASKED_RE = regex.compile(
    r"(?m)(?:^|(?<=[。、！？!?]))[^。、！？!?\n「」]{1,60}?(?:聞かれ|きかれ|尋ねられ|求められ|頼まれ|誘われ|言われ|持ちかけられ|迫られ)"
    r"(?:ても|たとしても|た場合|る場合)")
# A clause of what happens before (「振込先を教えてもらう前に報告する」): when, not a request
_BEFORE_RE = regex.compile(r"(?m)(?:^|(?<=[。、！？!?]))[^。、！？!?\n「」]{1,60}?[うくすつぬむるぐぶ]前に")
# A volitional verb named as a case or told as an attempt (「LINEを使おうとする場合」「直接請求しようとしました
# が」「振込先を教えてもらおうとしました」): what someone tried or would try, not the writer's offer.
# 「しようと思います」 (the writer's own plan) and 「しようとしている」 (under way) are left out.
_ATTEMPT_RE = regex.compile(
    r"(?m)(?:^|(?<=[。、！？!?]))[^。、！？!?\n「」]{1,60}?[おこそとのほもろごぼよ]う[ \u3000]{0,1}と"
    r"(?:しました|した(?!い)|しても|したら|して(?=[、,])|しない|する(?=場合|とき|時|ケース|人|者|相手|業者|行為|こと|の|なら|と|前|まで"
    r"|働きかけ|動き|試み|手口|誘導|表現|メッセージ|書き込み|文|もの|例))")
# A quotation followed by a word that reports or labels it
_REPORTED_QUOTE_RE = regex.compile(
    # (straight quotes too: 相手から "PayPayで直接払います" と来ました, as phones and English keyboards type them)
    r"(「[^「」\n]{3,300}+」|『[^『』\n]{3,300}+』|“[^“”\n]{3,300}+”|\"[^\"\n]{3,300}+\")"
    # (not the writer's own words said again: 「ライン交換しよ」って言ったの私だよ)
    r"(?![ \u3000]{0,2}+(?:と|って)(?:言|い)っ(?:た|てた)の(?:は)?(?:私|僕|俺|うち|わたし|あたし|自分))"
    r"(?=[ \u3000]{0,2}+(?:と|って|っていう|という|といった|などと|など|みたいな|のような|のように|的な|等の|等と"
    # …or named as the words a script or a message opens or ends on (『もしもし？…電話出てくれてありがと』から始まる台本)
    r"|から(?:始ま|はじま|始め|はじめ)|で(?:始ま|はじま|終わ|おわ|締め|しめ)"
    # …or judged as a topic: 「LINEで話そう」は全部無視でいい, 「直接で」も規約違反
    r"|[はも][ \u3000]{0,2}+(?:全部|すべて|全て|絶対|即|完全に|もう)?(?:無視|スルー|詐欺|NG|ＮＧ|アウト|違反|規約違反|禁止"
    r"|危険|要注意|怪しい|ダメ|だめ|駄目|お断り|断)"
    # …or naming who sends such words: 「直接なら安くします」の人が来た
    r"|の(?:人|業者|アカウント|手口|パターン|やつ|奴)"  # not の方: 「ペイペイ」の方が楽 compares
    # …or named as a proposal made or a message that came (「…」などの提案, 「…」を提案している事例,
    # 「…」を持ちかけられ, 「…」が届いた)
    r"|(?:など|等)?の(?:提案|依頼|誘い|お誘い|勧誘|申し出|要求|メッセージ|文面|書き込み|コメント|投稿|声かけ)"
    r"|を(?:提案|依頼|要求|持ちかけ|求め|勧め|すすめ|ほのめか|匂わせ)|が(?:届|来|き[たま]|書かれ|送られ)"
    # …or named right after as a kind of words: 「LINEを教えてくれたら安くします」。こんな一言から始まるトラブル
    r"|[。、]?[ \u3000]{0,2}+(?:こんな|このような|こういう|そんな|こうした)(?:一言|言葉|メッセージ|誘い|文句|連絡|セリフ|台詞|手口)))")
# A quotation that shows words by what stands around it, wherever it is on its line: after a label
# naming it an example (「例：「Zoomで話しませんか」」), in brackets after the noun it exemplifies
# (「連絡手段の移行（「LINEのほうが早いので」「メールで送ります」）」), or as the topic of the sentence
# that judges it (「「緑のアプリで話しましょう」は、LINEという語がないので…」「「…」とは」) when it is a
# sentence (ends on its own kana ending; 「「ペイペイ払い」は、可能です」 names a way)
_SHOWN_QUOTE = r"(?:「[^「」\n]{2,300}+」|『[^『』\n]{2,300}+』|“[^“”\n]{2,300}+”|\"[^\"\n]{2,300}+\")"
_SHOWN_QUOTE_RE = regex.compile(
    r"(?:(?:例文|文例|例えば|たとえば|(?<![\p{Han}])例|e\.g\.|[Ee]xample)[ \u3000]{0,2}+[:：]?[ \u3000]{0,2}+"
    r"|(?<![\p{Hiragana}\p{Han}])(?:その|この|あの|こんな|そんな|あんな)"  # (「その「LINEで話そう」、」: pointed at)
    r"|[（(](?:例[:：])?[ \u3000]{0,2}+(?=" + _SHOWN_QUOTE + r"(?:[ \u3000、,・]{0,2}+" + _SHOWN_QUOTE
    + r"){0,8}+[ \u3000]{0,2}+(?:など|等)?[)）]))"
    r"(?P<q>" + _SHOWN_QUOTE + r"(?:[ \u3000、,・]{0,2}+" + _SHOWN_QUOTE + r"){0,8}+)")
_PAIR_RE = regex.compile(r"(?P<a>" + _SHOWN_QUOTE + r")[ \u3000]{0,2}+(?:[―—─–]{1,2}|→|⇒|＝|=)[ \u3000]{0,2}+(?P<b>" + _SHOWN_QUOTE + r")")
_TOPIC_QUOTE_RE = regex.compile(r"(?:「[^「」\n]{2,300}+」|『[^『』\n]{2,300}+』)(?=(?:は|とは|も|って)[、,]|とは)")
_SENTENCE_END_RE = regex.compile(r"\p{Hiragana}{2}[。．.！!？?…〜ー～]{0,3}+[」』]$")
# A sentence of nouns (no kana predicate before its stop) that the next one points back at to warn
# (「銀行振込、PayPay、ギフト券。この3つを指定してきたら要注意です」): the ways listed are the
# warning's subject, not an offer; 「直接取引しましょう。この件は注意して」 still proposes
_POINTED_BACK_RE = regex.compile(
    r"(?m)(?:^|(?<=[。！？!?]))[^。！？!?\n]{1,80}+(?<!\p{Hiragana})[。！？!?]"
    r"(?=[ \u3000]{0,2}+(?:この[0-9０-９一二三四五六七八九]{1,2}+つ|これら|こうした|そういった|そういう|こういう|こういった|そんな|このような)"
    r"[^。！？!?\n]{0,40}?(?:要注意|詐欺|危険|違反|怪し|疑って|疑う|NG|ＮＧ))")
# A request or offer quoted without brackets, then named as one (「Zoomで面談しましょう、という依頼は」
# 「直接取引しませんか、みたいなメッセージ」): from the sentence's start to its closing form
_UNBRACKETED_RE = regex.compile(
    r"(?m)(?:^|(?<=[。！？!?]))[^。！？!?\n「」]{1,80}?(?:ましょう|ませんか|しよう|しようよ|ください|下さい|してね|してよ|しない"
    r"|ます|ますね|ますよ|します)"
    r"(?:か|かな)?[?？]?(?=[、,]?[ \u3000]{0,2}+(?:(?:という|っていう|みたいな|といった|などという|とかいう)"
    r"(?:依頼|誘い|お誘い|メッセージ|連絡|提案|話|声|申し出|文面|DM|メール|文|一文|書き方|言い方|表現|言葉|文言|セリフ)"
    # …or reported as said to the writer (「LINEで連絡しようか？って言われたけど、ここでお願いしたい」)
    r"|(?:って|と)(?:言われ|いわれ|聞かれ|きかれ|誘われ|さそわれ)))")
# A line marked as a wrong example (× / NG / 【悪い例】) or as what not to do, and a line of a
# transcript said by the other party (「購入者：手数料分を引いてもらえませんか？」)
_VERDICT_LINE_RE = regex.compile(
    r"(?m)^[ \u3000\t]{0,3}+(?:(?:×|✕|✖|❌|NG|ＮＧ)(?:[ \u3000\t:：.．）)]|$)"
    r"|【(?:×|✕|NG|ＮＧ|NG例|ＮＧ例|悪い例|ダメな例|だめな例|よくない例|違反例|詐欺の例|危険な例)】"
    r"|(?:購入者|出品者|買い手|売り手|落札者|依頼者|発注者|受注者|クライアント|相手|業者|詐欺師|犯人|容疑者)[:：])"
    r"[^\n]{0,300}+$")
# A line quoted the way mail and forums quote (「＞このサイトでは詳しいことが話せないので、こちらのLINEに…」):
# the message replied to, line by line. Not a reply anchor (「>>12 それ詐欺だよ」 is the writer's own words) nor
# a face (「＞＜」「>_<」).
_REPLY_QUOTED_RE = regex.compile(r"(?m)^[ \u3000\t]{0,3}+[>＞](?![>＞<＜_])[^\n]{1,300}+$")
# A heading: a mark of its own or a Q label, and then a question, a wish or a situation
_HEADING_RE = regex.compile(
    r"(?m)^[ \u3000\t]{0,3}+(?:(?:[■□◆◇▼▽▶▷◎]|#{1,4}+ |[QＱ][0-9０-９]{0,2}[.:：．)）]|[\[［][QＱ][0-9０-９]{0,2}[\]］]|質問[0-9０-９]{0,2}[:：])"
    r"[^\n]{1,120}?(?:[？?]|たい|たいとき|たい時|たい場合|場合|とき|時は|について|とは|には|のか)"
    # a how-to's bracketed title (「【Slackの始め方】」「【LINEの友だち追加の手順】」)
    r"|【[^【】\n]{1,60}?(?:方|方法|手順|ガイド|入門|とは)】)[ \u3000\t]{0,3}+$")
# A FAQ's question line, labelled Q (「Q. 直接振り込んでもいいですか？」「Q3. 次回から、スタッフと直接やりとりして
# 予約したいのですが。」): the customer's words that the answer takes up. Every one is when the text
# has an answer line (A. / A3. / 回答:); read alone, one that asks or wishes, whatever polite ending
# closes it. The answer lines are the writer's own and stay read.
_Q_LABEL = r"(?:[QＱ][0-9０-９]{0,2}[.:：．)）]|[\[［][QＱ][0-9０-９]{0,2}[\]］]|質問[0-9０-９]{0,2}[:：])"
_FAQ_QUESTION_RE = regex.compile(r"(?m)^[ \u3000\t]{0,3}+" + _Q_LABEL + r"[^\n]{1,300}+$")
_FAQ_ASKING_RE = regex.compile(
    r"(?m)^[ \u3000\t]{0,3}+" + _Q_LABEL + r"[^\n]{1,200}?(?:[？?]|たい|ますか|ですか|でしょうか)"
    r"(?:です|のですが|んですが|んです|ですが|のですけど|んですけど|けど|が)?[。．.!！]?[ \u3000\t]{0,3}+$")
_FAQ_ANSWER_RE = regex.compile(
    r"(?m)^[ \u3000\t]{0,3}+(?:[AＡ][0-9０-９]{0,2}[.:：．)）]|[\[［][AＡ][0-9０-９]{0,2}[\]］]|回答[0-9０-９]{0,2}[:：])")
# A heading over the writer's own refusals or over what a rule forbids (「■お断りしていること」「【禁止事項】」
# 「NG行為」「■書いてはいけないもの」): its bullets name what is not done. The heading is the whole line,
# ending on the refusal or on the noun it makes a list of, so that 「■お支払い方法（カードが使えない方へ）」
# and 「直接取引は禁止ですが、次の方法なら：」 head no such list.
_REFUSALS_HEAD_RE = regex.compile(
    r"^[ \u3000\t]{0,3}+[■□◆◇▼▽▶▷◎●#【\[［＜<]{0,2}+[ \u3000]{0,2}+[^\n。、,！!？?「」]{0,24}?"
    r"(?:お断り|禁止|NG|ＮＧ|ご遠慮|[てで]はいけない|てはならない|てはダメ|ないでほしい|できない|しない|しません|いたしません|致しません"
    r"|行いません|行っていない|受け付けていない|受け付けません|お受けできない|お受けしていない|対応していない|対応できない)"
    r"(?:\p{Hiragana}{0,6}?(?:こと|事|もの|事項|行為|内容|例|一覧|依頼|ご依頼|取引|お取引|方法|支払い方法|お支払い方法|決済方法))?"
    r"[ \u3000]{0,2}+[】\]］＞>）)]?[ \u3000]{0,2}+[:：]?[ \u3000\t]{0,3}+$")
# …or the sentence of a rule that opens such a list (「利用者は、次の行為をしてはならない。」「以下の行為を禁止します」)
_PROHIBITED_LIST_HEAD_RE = regex.compile(
    r"(?:次|以下|下記)の(?:行為|事項|こと)[^\n]{0,16}?(?:てはならない|てはいけない|禁止|禁じ|しないこと|行わないこと)[^\n]{0,12}+$")
# …and its items: the heading marks (■ ◆ □ ◇) open the next section, not an item of this one
_REFUSAL_ITEM_RE = regex.compile(r"[ \u3000\t]{0,3}+(?:[・\-*•●○▶→※✔✓☑]|[①-⑳]|[0-9０-９]{1,2}[.)）．]|[(（][0-9０-９]{1,2}[)）])")
_REFUSALS_GATE_RE = regex.compile(r"お断り|禁止|NG|ＮＧ|遠慮|いけない|ならない|ダメ|ほしい|できない|しない|ません|ていない")
# A line that heads a list of the signs of a scam or of what not to do; the bullets right under
# it are examples (「共通点は」「おかしな点はいくつもありました」「■ やってはいけない移行」), not offers.
# A shop's own 「注意点」 or 「ご案内」 is no such heading: its bullets are the shop's terms.
_SIGNS_HEAD_RE = regex.compile(
    r"共通点|おかしな点|おかしい点|怪しい点|あやしい点|不審な点|危ない|手口|誘い文句|詐欺の|見分け方|やってはいけない|してはいけない"
    r"|やってはダメ|違反例|違反になる|NG例|NG行為|ＮＧ例|悪い例|よくある(?:誘い|手口|メッセージ|ケース|パターン|トラブル)"
    r"|こんなメッセージ|このようなメッセージ|こんな連絡|こんな誘い|要注意|危険な|危険信号|赤信号|注意信号"
    # a guide's or a detector's list of what is written (「■ 検知パターン」「頻出フレーズ」「犯人の決まり文句」「発話例」)
    r"|検知パターン|検出パターン|頻出|決まり文句|言い回し|例文|文例|発話例|典型的な(?:文|メッセージ|誘い|手口)|(?<![A-Za-z])[Ee]xamples?(?![a-z])")
_BULLET_RE = regex.compile(r"[ \u3000\t]{0,3}+(?:[・\-*•●○◆◇■□▶→※✔✓☑]|[①-⑳]|[0-9０-９]{1,2}[.)）．]|[(（][0-9０-９]{1,2}[)）])")
_KANA_RE = regex.compile(r"[\p{Hiragana}\p{Katakana}]")
# Between a channel and a reported quotation that was said on it, or between a word and the quotation
# its speaker sent (「購入希望者から「…」ってきた」: 購入 names who sent it, no way of paying)
_SETTING_RE = regex.compile(r"[ \u3000]{0,2}+(?:で|から|にて|上で|経由で|の|[\p{Han}\p{Katakana}ー]{1,6}+(?:から|より))"
                            r"[ \u3000]{0,2}+(?=[「『“])")
# A quotation a reporting sentence introduces (「その方からこう言われた。「…」」「質問が届いた。「…」」
# 「メッセージが来ました：「…」」): the words told of stand after the telling.
INTRODUCED_QUOTE_RE = regex.compile(
    r"(?:(?:言われ(?:た|ました)|届(?:いた|きました)|(?:て|って|が)[来き](?:た|ました)|書かれてい(?:た|ました)|送られてき(?:た|ました)"
    r"|持ちかけられ(?:た|ました)|誘われ(?:た|ました)"
    # (「知らない番号から何度も届くようになりました。「…」「…」」: what kept coming, then the words)
    r"|(?:届く|来る|くる|送られてくる)ようにな(?:った|りました)"
    # (「ここでよく出る質問。「…」」「よくいただくご相談：「…」」: a FAQ or a talk naming what it is asked)
    r"|(?:よく|多く)(?:ある|出る|いただく|頂く|聞かれる|きかれる|届く|寄せられる)(?:ご)?(?:質問|相談|お問い合わせ|問い合わせ)"
    r"(?:です|でした|がこちら|はこちら|がこれ)?)[。:：]"
    # (「すると次のメッセージで、「…」」「その返信には、「…」」: the message of a story the words came in)
    r"|(?:次の|その|別の|最初の|続く|届いた)(?:メッセージ|メール|コメント|DM|返信)(?:で|では|には|に)[、,]"
    # (「これ詐欺？→「…」」「こういうのは規約違反でしょうか：『…』」: the words a question asks the reader to judge)
    r"|(?:詐欺|違反|規約違反|大丈夫|怪しい|あやしい|危ない|危険|本物|安全|通報案件|アウト|NG)(?:(?:です|でしょう)?(?:かな|かね|か)[？?]?|[？?])"
    r"[ \u3000]{0,2}+(?:→|⇒|[:：]))"
    r"[ \u3000]{0,2}+((?:「[^「」\n]{1,300}+」|『[^『』\n]{1,300}+』)(?:[、 \u3000]{0,2}+(?:「[^「」\n]{1,300}+」|『[^『』\n]{1,300}+』)){0,8}+)")
# A message that is one bulleted noun phrase and nothing else (「・サイト外での直接契約」「・銀行口座、PayPayのID、
# そのほかサイト外での支払い方法」): an item of a list (of refusals, of rules) read alone, as a chat back
# end that splits a profile into lines does; it names a way, it does not offer it. A listing's item
# that offers (「・直接取引OK」「・PayPay払い可」「・現金手渡し希望」) or any sentence with a predicate is no such line.
_ITEM_ALONE_RE = regex.compile(
    r"[・•●○\-*][ \u3000]{0,2}+[^\n。！!？?]{1,120}+"
    r"(?<=こと|事|もの|方法|交換|契約|取引|やりとり|やり取り|支払い|払い|振込|振り込み)")
_ITEM_OFFERS_RE = regex.compile(
    r"可|OK|ＯＫ|ok|歓迎|希望|対応|受付|募集|優先|大丈夫|でき|します|ください|下さい|お願い|ませんか|ましょう|しよう|ほしい|欲しい"
    r"|手数料|ため|ので|から|安く|安い|割引|値引|お得|[0-9０-９]")
_POINTER_GATE_RE = regex.compile(r"この|これら|こうし|そうい|こうい|そんな")  # (cheap; the pattern says which)
_MARKS = frozenset(">＞「『“《≪×✕✖❌NＮ■□◆◇▼▽▶▷◎#QＱ質・-*•●○※①②③【:：✔✓☑☐✅[［\"―—─–/／")
_SAID = regex.compile(r"[\p{Hiragana}\p{Katakana}]|\p{Latin}[ \u3000]+\p{Latin}")


def mentioned_spans(text: str) -> list[tuple[int, int]]:
    """The mentions of ``text`` (see the module docstring), as sorted, possibly overlapping spans."""
    if not isinstance(text, str):
        raise TypeError(f"text must be str, got {type(text).__name__}")
    unbracketed = ("いう" in text or "みたいな" in text or "といった" in text or "われ" in text or "かれ" in text
                   or "誘" in text)
    pointed = _POINTER_GATE_RE.search(text) is not None
    if _MARKS.isdisjoint(text) and not unbracketed and not pointed and "\n" not in text \
            and "ないか" not in text and "ませんか" not in text and "うと" not in text and "う と" not in text \
            and "前に" not in text and "られ" not in text and _KIND_CLAUSE_RE.search(text) is None and _DESCRIBED_ACT_RE.search(text) is None:
        return []
    # a quotation is a message when it holds kana: 『soyo.latte』って入れて quotes a thing to type
    # (or words with spaces between: an English sentence, not a thing to type)
    spans = [m.span(1) for m in _STANDING_QUOTE_RE.finditer(text) if _SAID.search(m.group(1))]
    spans += [m.span(1) for m in _REPORTED_QUOTE_RE.finditer(text) if _KANA_RE.search(m.group(1))]
    if "「" in text or "『" in text or "“" in text or '"' in text:
        spans += [m.span("q") for m in _SHOWN_QUOTE_RE.finditer(text) if _KANA_RE.search(m.group("q"))]
        spans += [m.span() for m in _TOPIC_QUOTE_RE.finditer(text) if _SENTENCE_END_RE.search(m.group())]
        for m in _PAIR_RE.finditer(text):
            spans += [m.span("a"), m.span("b")]
    spans += about.shown_spans(text, len(spans))
    spans += _listed_quotes(text)
    if "□" in text or "☐" in text or "☑" in text or "✅" in text or "[" in text or "［" in text:
        spans += [m.span() for m in _CHECK_LINE_RE.finditer(text)]
    if "ないか" in text or "ませんか" in text:
        spans += [m.span() for m in _CHECK_QUESTION_RE.finditer(text)]
    if "うと" in text or "う と" in text:
        spans += [m.span() for m in _ATTEMPT_RE.finditer(text)]
    spans += [m.span() for m in _KIND_CLAUSE_RE.finditer(text)]
    if "て" in text or "の" in text:
        spans += [m.span() for m in _DESCRIBED_ACT_RE.finditer(text)]
    if "れ" in text:
        spans += [m.span() for m in _ASKED_RE.finditer(text)]
    if "前に" in text:
        spans += [m.span() for m in _BEFORE_RE.finditer(text)]
    spans += [m.span(1) for m in INTRODUCED_QUOTE_RE.finditer(text)]
    spans += [m.span() for m in _VERDICT_LINE_RE.finditer(text)]
    if ">" in text or "＞" in text:
        spans += [m.span() for m in _REPLY_QUOTED_RE.finditer(text)]
    if pointed:
        spans += [m.span() for m in _POINTED_BACK_RE.finditer(text)]
    if unbracketed:
        spans += [m.span() for m in _UNBRACKETED_RE.finditer(text)]
    spans += [m.span() for m in _HEADING_RE.finditer(text)]
    if "Q" in text or "Ｑ" in text or "質問" in text:
        faq = _FAQ_QUESTION_RE if _FAQ_ANSWER_RE.search(text) is not None else _FAQ_ASKING_RE
        spans += [m.span() for m in faq.finditer(text)]
    if "\n" in text and _SIGNS_HEAD_RE.search(text) is not None:  # (no list without its head line)
        spans += _sign_lists(text)
    if "\n" in text and _REFUSALS_GATE_RE.search(text) is not None:
        spans += bullets_under(text, _REFUSALS_HEAD_RE, _REFUSAL_ITEM_RE)
        spans += bullets_under(text, _PROHIBITED_LIST_HEAD_RE, _REFUSAL_ITEM_RE)
    return sorted(set(spans))  # (a Q line may be both a heading and a FAQ question)


def _listed_quotes(text: str) -> list[tuple[int, int]]:
    """The quotations of lines that list them (see ``_LISTED_QUOTES_RE``)."""
    if "「" not in text and "『" not in text and "“" not in text and '"' not in text:
        return []
    spans = []
    for m in _LISTED_QUOTES_RE.finditer(text):
        label = m.group("label") or ""
        if label and _OWN_WAY_LABEL_RE.search(label):
            continue
        start = m.start("quotes")
        quotes = [q.span() for q in _ONE_QUOTE_RE.finditer(m.group("quotes"))]
        if len(quotes) < 2 and not _EXAMPLE_LABEL_RE.search(label) and not m.group("tail"):
            continue
        if not any(_SAID.search(text, start + a, start + b) for a, b in quotes):
            continue
        spans += [(start + a, start + b) for a, b in quotes]
    return spans


def _sign_lists(text: str) -> list[tuple[int, int]]:
    """The bulleted lines right under a line that heads a list of signs or don'ts (blank lines
    between them allowed)."""
    return bullets_under(text, _SIGNS_HEAD_RE)


def bullets_under(text: str, head_re, bullet_re=_BULLET_RE, through_blank: bool = True) -> list[tuple[int, int]]:
    """The spans of the bulleted lines (``bullet_re``) right under a line ``head_re`` finds in; with
    ``through_blank`` a blank line keeps the list open. Shared with payment.py's example lists."""
    spans = []
    listing = False
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if bullet_re.match(line):
            if listing:
                spans.append((start, end))
        elif not through_blank or line.strip(" \u3000\t"):
            listing = head_re.search(line) is not None
        start = end + 1
    return spans


def unmentioned(detector, view, findings: list, hard) -> list:
    """``findings`` of an intent ``detector`` on ``view`` without the readings of words shown, not
    said: a finding goes when every channel or payment word in its span lies in a mention (or, with
    none, the span itself does). ``hard(finding)`` marks the facts no reading overrules (a link, a
    handle, payment details written out), which stay."""
    if not findings:
        return findings
    if _listed_alone(view.original):
        return [f if hard(f) else _quoted_alone(f) for f in findings]
    spans = mentioned_spans(view.original)
    if not spans:
        return findings
    anchors = _anchors(detector, view)
    text = view.original
    starts = {a for a, _b in spans}
    inside = Spans(spans).contains
    anchors.sort()
    anchor_starts = [s for s, _e in anchors]

    def setting(end: int) -> bool:
        # 「Slackで「…」と言われたら」: the channel where the reported words were said
        m = _SETTING_RE.match(text, end)
        return m is not None and m.end() in starts

    one = text.strip()
    # (a list of quotations or a checklist's line sent as a whole message: an article's line read
    # alone, or requests wrapped to slip past; warned either way)
    alone = (((one[:1] in "「『“《≪\"" or one[:1] in "QAＱＡ" and one[1:2] in "「『") and _STANDING_QUOTE_RE.fullmatch(one) is not None)
             or (one[:1] in ">＞" and all(_REPLY_QUOTED_RE.fullmatch(line) for line in one.splitlines()
                                          if line.strip()))
             or ("\n" not in one and (_CHECK_LINE_RE.fullmatch(one) is not None or _listed_quotes(one))))
    kept = []
    for f in findings:
        if hard(f):
            kept.append(f)
            continue
        words = [(s, e) for s, e in anchors[bisect.bisect_left(anchor_starts, f.start):
                                            bisect.bisect_left(anchor_starts, f.end)] if e <= f.end]
        if not (all(inside(s, e) or setting(e) for s, e in words) if words else inside(f.start, f.end)):
            kept.append(f)
        elif alone:
            kept.append(_quoted_alone(f))
    if detector.category == PAYMENT and kept:
        kept = _discussed_ways(text, kept, spans, anchors, hard, inside)
    return kept


_REQUESTED = "worded as a request or offer"  # (payment.py and payment_english.py's reading of a request)
_REQUEST_WORDS_RE = regex.compile(regex.escape(_REQUESTED) + r" \(([^()]{1,40}+)\)")


def _discussed_ways(text: str, kept: list, spans, anchors, hard, inside) -> list:
    """The payment readings of a text about messages, without the ways it only names."""
    # An article that quotes the messages it is about (a report, a survey, a case study) names
    # the ways around the platform in its own sentences too (「直接取引に応じる心理」「仮払い前に
    # 作業を始めないよう案内」): a way named with no request or offer there is discussed, and
    # warns at most. An offer in it keeps its wording and blocks; payment details stay hard.
    structured = about.about_messages(text, len(spans))
    if not structured and not _writes_about_messages(text, spans, anchors):
        return kept
    named = [f for f in kept if not hard(f) and not _own_way(text, f, spans if structured else ())
             and (_REQUESTED not in f.reason_en or structured and _request_shown(text, f, inside))]
    if not named:
        return kept
    if structured:
        # (a document about messages, told by its structure: the ways it names are its topic, and a
        # request whose words lie in what it shows is one of the messages it shows)
        return [f for f in kept if f not in named]
    # (one warning for all of them: several warned readings would add up to a block)
    first = max(named, key=lambda f: f.score)
    return [_discussed(f) if f is first else f for f in kept if f is first or f not in named]


def _request_shown(text: str, finding, inside) -> bool:
    """Whether the words that make ``finding`` a request (its reason names them) lie in mentions
    wherever they occur in its span (「取引を外へ移そうとする働きかけ」「（「銀行振込でお願いできますか」）」)."""
    m = _REQUEST_WORDS_RE.search(finding.reason_en)
    if m is None:
        return False
    words = m.group(1)
    found = False
    at = text.find(words, finding.start, finding.end + len(words))
    while at >= 0:
        if not inside(at, at + len(words)):
            return False
        found = True
        at = text.find(words, at + 1, finding.end + len(words))
    return found
_ARTICLE_LINES = 5


def _writes_about_messages(text: str, spans: list[tuple[int, int]], anchors: list[tuple[int, int]]) -> bool:
    """A text of several lines that quotes a message about paying (a quotation, standing, listed,
    reported or introduced, that holds a payment word): a report, a survey, a case study. Quoted
    reviews (「丁寧な梱包でした」) make no such text."""
    if sum(1 for line in text.splitlines() if line.strip()) < _ARTICLE_LINES:
        return False
    quoted = Spans([(a, b) for a, b in spans if text[a:a + 1] in _OPENING_QUOTES])
    return any(quoted.contains(a, b) for a, b in anchors)


_OPENING_QUOTES = frozenset("「『“《≪\"")
# The writer's own way of being paid, stated (「当店では常連さんとは直接取引にしています」「現金書留も
# 受け付けています」「サイト外での決済も可能です」): an offer without a request's wording, never discussed
_OWN_WAY_RE = regex.compile(
    r"私|わたし|あたし|僕|ぼく|俺|当店|当方|弊社|弊店|うち|自分|こちら|小生|可能(?!性)|[^不]可(?!能)|OK|ＯＫ|歓迎|受け付け|受付|承|対応して|対応いた|対応可"
    r"|にしています|にしております|にしてます|でき(?:ます|る)|希望|お願い|のみ|だけ|安く|割引|値引|お得|引きます"
    r"|(?<![A-Za-z])(?:I|I'm|my|only|accept)(?![A-Za-z])"
    # …or a request cut short (「代金は現金書留で。」「常連さんとは直接取引で！」)
    r"|(?:で|にて)(?:ね|よ|す|お願い)?[ \u3000]*+$")
_SENTENCE_RE = regex.compile(r"[^。！？!?\n]*+")


def _own_way(text: str, finding, shown: list[tuple[int, int]] = ()) -> bool:
    """Whether the sentence of ``finding`` states the writer's own way (see ``_OWN_WAY_RE``), in its
    words outside ``shown`` (「（「銀行振込でお願いできますか」）」 is a message shown, not the writer's)."""
    start = max(text.rfind(ch, 0, finding.start) for ch in "。！？!?\n") + 1
    end = _SENTENCE_RE.match(text, start).end()
    sentence = list(text[start:end])
    for a, b in shown:
        if a < end and b > start:
            sentence[max(a, start) - start:min(b, end) - start] = " " * (min(b, end) - max(a, start))
    return _OWN_WAY_RE.search("".join(sentence)) is not None


def _discussed(finding):
    return finding.capped_to_warn(
        "（メッセージを引用して説明する文章の中で、依頼の形をとらずに触れているため警告にとどめます）",
        " Named without a request in a text that quotes the messages it is about, so it is warned, not blocked.")


def _listed_alone(text: str) -> bool:
    line = text.strip(" \u3000\t\r\n")
    return (line[:1] in "・•●○-*" and "\n" not in line and _ITEM_ALONE_RE.fullmatch(line) is not None
            and _ITEM_OFFERS_RE.search(line) is None)


def _quoted_alone(finding):
    # A message that is one quotation and nothing else may be its sender's own words (brackets for
    # emphasis are common in chat, and 「」 around a request must not hide it), or one line of an
    # article read line by line: either way it is warned, never blocked.
    return finding.capped_to_warn("（メッセージ全体が引用のため警告にとどめます）",
                                  " The whole message is a quotation, so it is warned, not blocked.")


def _anchors(detector, view) -> list[tuple[int, int]]:
    """The channel words (external_contact) or payment anchor words (off_platform_payment) of
    ``view``, in original offsets: what a reading rests on."""
    from ..model import EXTERNAL
    from . import contact_analysis, payment

    if detector.category == EXTERNAL:
        analysis = contact_analysis.analyze(view, detector.lexicon)  # memoized: the detector's own
        found = [] if analysis is None else [(m.start, m.end) for m in analysis.mentions]
    else:
        rules = detector if isinstance(detector, payment.PaymentDetector) else payment.default_payment_detector()
        found = [(s, e) for _i, s, e in rules.anchors(view)]
    return [view.span(s, e) for s, e in found]
