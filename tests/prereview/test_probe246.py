"""What the two-hundred-and-forty-sixth and forty-seventh probes (ten packages on the code at the start of session 42;
verdicts 5/5 and 3/5) found:

- a keyword total written as a label in a table row (``拦截关键词库：10,460条``) over a list of 9,180: only the shortfall;
- a credit code with a letter GB 32100 does not use (``…5OQ0X`` in the agreement, ``…5XQ0X`` in the form): not read at all;
- a compliance assistant that reviews advisers' ``拟发布的投资建议、研报摘要`` read as giving investment advice (high);
- a crop-disease assistant's ``用药建议`` (pesticides) read as medicine without safeguards (high);
- ``五、投诉`` followed by ``客服热线……，24小时内响应``: “no time limit” (high);
- an emergency plan giving its leader's mobile number only: “no contact” (medium);
- a label table whose explicit cell for synthesised voices says ``播放时不加提示音``: missed;
- voice recordings for training whose consent is ``注册时勾选同意《用户服务协议》，视为授权``: missed (algorithm route);
- an agreement's ``未成年人应在监护人同意并陪同下……使用本服务`` against ``是否面向未成年人：否``: missed.

The cases below are written in other words than the probes' files; four of them pass on the code before the change
too and keep the other side (advice both given and refused, medicine for a farm's workers, a plan with no way to reach
anyone, voiceprints trained on a separate consent)."""

from __future__ import annotations

from pathlib import Path

import docx

from beian.findings import Severity
from prereview.helpers import (  # noqa: F401
    AGREEMENT,
    FORM,
    KEYWORDS,
    REPORT,
    algo,
    append_paragraphs,
    append_table,
    codes,
    edit_xlsx,
    pkg,
    reg,
    registration_built,
    replace_docx,
)


def _keep_keywords(root: Path, n: int) -> None:
    edit_xlsx(root / KEYWORDS, "关键词", lambda ws: ws.delete_rows(n + 2, ws.max_row))


def test_a_keyword_total_written_as_a_table_label(pkg: Path) -> None:  # noqa: F811
    _keep_keywords(pkg, 9000)
    append_table(pkg / REPORT, [("措施", "落实情况"), ("敏感词库：10,280个", "每周更新一次")])
    found = codes(pkg, "consistency.keyword_count_mismatch")
    assert [f.severity for f in found] == [Severity.HIGH] and "10,280" in found[0].message


def test_a_credit_code_with_a_letter_the_standard_does_not_use(pkg: Path) -> None:  # noqa: F811
    form = " ".join(p.text for p in docx.Document(str(pkg / FORM)).paragraphs) + " ".join(
        c.text for t in docx.Document(str(pkg / FORM)).tables for r in t.rows for c in r.cells)
    code = next(w for w in form.replace("：", " ").split() if len(w) == 18 and w[:2].isdigit())
    wrong = code[:12] + "O" + code[13:]
    append_paragraphs(pkg / AGREEMENT, f"本服务的运营者依法登记，统一社会信用代码为 {wrong}，注册地址见营业执照。")
    found = codes(pkg, "consistency.mismatch") + codes(pkg, "consistency.uscc_invalid")
    assert any(wrong in (f.message + (f.evidence or "")) for f in found)


def test_advice_the_service_checks_for_advisers_is_not_advice_it_gives(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "本功能供投顾团队使用：对投资顾问待发布的投资建议与路演材料开展合规审查，标出违规表述。",
                      "本服务不向个人投资者提供投资建议。")
    assert codes(pkg, "scope.high_risk_domain") == []


def test_advice_the_service_gives_and_refuses_is_still_a_contradiction(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "本服务根据用户的持仓给出投资建议。", "本服务不向个人投资者提供投资建议。")
    assert [f.severity for f in codes(pkg, "scope.high_risk_domain")] == [Severity.HIGH]


def test_advice_on_pesticides_is_not_medicine(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "果农拍照上传病叶后，助手识别病害并给出用药建议：药剂名称、稀释倍数、喷施时间。",
                      "推荐的农药只限已取得登记证的品种，采收前严格遵守安全间隔期。", "助手不推荐国家禁用的高毒农药，对作物药害不承担赔偿。")
    assert codes(pkg, "scope.high_risk_domain") == []


def test_advice_on_medicine_next_to_a_farm_is_still_medicine(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "农场职工身体不适时，助手向患者给出用药建议和用法用量。")
    assert [f.severity for f in codes(pkg, "scope.high_risk_domain")] == [Severity.HIGH]


def test_a_time_limit_in_the_sentence_giving_the_contact(pkg: Path) -> None:  # noqa: F811
    for name in (AGREEMENT, REPORT):
        for word in ("投诉", "举报"):
            replace_docx(pkg / name, word, "意见")
    append_paragraphs(pkg / AGREEMENT, "八、举报", "邮箱 report@example.cn、电话 021-55550123，24小时内响应。")
    assert codes(pkg, "safety.complaint_channel") == []


def _plan(root: Path, contact: str) -> None:
    d = docx.Document()
    for text in ("网络与数据安全事件应急预案", "一、应急组织：成立应急领导小组，组长由分管副总担任，成员包括算法、运营、法务。",
                 "二、事件分级：按影响范围分为特别重大、重大、较大、一般四级。",
                 "三、处置流程：发现—研判—暂停相关功能—删除违法内容—报告属地网信部门—整改复盘。发现生成违法内容后，运营人员"
                 "立即截图留证并暂停相关功能，算法人员排查原因、补充关键词与测试题，法务评估是否需要向主管部门书面报告，"
                 "整改完成并复测通过后方可恢复功能，全过程形成书面记录归档保存。",
                 f"四、值守：{contact}", "五、演练：每半年组织一次应急演练并留存记录。"):
        d.add_paragraph(text)
    d.save(str(root / "其他佐证" / "网络与数据安全事件应急预案.docx"))


def test_a_plan_giving_only_a_mobile_number_gives_a_contact(pkg: Path) -> None:  # noqa: F811
    _plan(pkg, "组长周启明 13912345678，发现后立即通知。")
    assert not any("联系" in f.message for f in codes(pkg, "safety.emergency_plan"))


def test_a_plan_without_any_way_to_reach_anyone(pkg: Path) -> None:  # noqa: F811
    _plan(pkg, "组长周启明负责统一指挥。")
    assert any("联系方式" in f.message for f in codes(pkg, "safety.emergency_plan"))


def test_a_label_table_leaving_out_the_explicit_label_of_a_kind(pkg: Path) -> None:  # noqa: F811
    append_table(pkg / REPORT, [("生成内容", "显式标识", "隐式标识"),
                                ("对话文本", "回答首行提示“由AI生成”", "接口返回字段 aigc=true"),
                                ("朗读音频", "为不打断收听，不添加语音提示", "音频文件元数据写入生成标识"),
                                ("数字人视频", "不适用（本服务不生成视频）", "不适用")])
    found = [f for f in codes(pkg, "safety.aigc_label") if "标识表" in f.message]
    assert [f.severity for f in found] == [Severity.HIGH] and "朗读音频" in found[0].message


def _self_assessment(root: Path) -> Path:
    return next(root.glob("*自评估*.docx"))


def test_voiceprints_trained_on_an_agreement_click(algo: Path) -> None:  # noqa: F811
    append_table(_self_assessment(algo), [("训练数据", "提供方", "数量", "授权情况", "用途"),
                                          ("客服通话录音", "本平台用户", "12万段", "用户开户时接受《平台服务协议》", "提取声纹训练合成音色"),
                                          ("公开朗读语料", "AISHELL-3", "85小时", "Apache 2.0", "声学模型预训练")])
    found = codes(algo, "data_sources.pi_no_basis")
    assert [f.severity for f in found] == [Severity.HIGH] and "客服通话录音" in found[0].message


def test_voiceprints_trained_on_a_separate_consent(algo: Path) -> None:  # noqa: F811
    append_table(_self_assessment(algo), [("训练数据", "提供方", "数量", "授权情况", "用途"),
                                          ("客服通话录音", "本平台用户", "12万段", "开通音色克隆时弹窗单独同意《声纹信息处理规则》", "提取声纹训练合成音色")])
    assert codes(algo, "data_sources.pi_no_basis") == []


def test_a_template_clause_letting_minors_in_with_a_guardian(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "本服务不面向未成年人。")
    append_paragraphs(pkg / AGREEMENT, "未成年用户须经其父母同意并在其指导下注册使用本服务。")
    found = codes(pkg, "scope.users_conflict")
    assert [f.severity for f in found] == [Severity.MEDIUM] and "监护人同意" in found[0].message


def test_a_registration_without_a_reassessment_plan_is_only_advised(reg: Path) -> None:  # noqa: F811
    """Both probes read “模型更新后重新评估” at medium on the 登记 route as too loud: the provider updates the model."""
    from beian.prereview.vocab import compiled, fold

    pattern = compiled("safety", "measures", "safety.reassessment")
    for path in reg.rglob("*.docx"):
        document = docx.Document(str(path))
        paragraphs = [*document.paragraphs, *(p for t in document.tables for r in t.rows for c in r.cells for p in c.paragraphs)]
        for p in paragraphs:
            if pattern.search(fold(p.text)):
                p.text = "本服务按季度复核内容安全策略。"
        document.save(str(path))
    assert [f.severity for f in codes(reg, "safety.reassessment")] == [Severity.LOW]
