"""The gateway as a real server in front of a real stub upstream."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from gw_support import ADMIN_TOKEN, APP_KEY, ENV_KEY, PRODUCER, chat, stream, streamed_text, wait_for

H = {"Authorization": f"Bearer {APP_KEY}"}
ADMIN = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
LABEL = "本内容由人工智能生成"



# ------------------------------------------------------------------ normal answers
@pytest.mark.parametrize("question", ["北京是哪个国家的首都？", "请介绍一下法律援助的申请流程", "如何配置 Python 虚拟环境？",
                                      "轮流值班表怎么排？", "功夫熊猫好看吗"])
def test_benign_questions_pass_untouched(gateway: dict[str, Any], question: str) -> None:
    gateway["stub"].state.seen.clear()
    r = chat(gateway, question)
    assert r.status_code == 200
    data = r.json()
    assert data["choices"][0]["finish_reason"] == "stop"
    assert data["choices"][0]["message"]["content"] == "北京是中华人民共和国的首都。\n" + LABEL
    assert gateway["stub"].state.seen[-1]["messages"][0]["content"] == question


def test_labels_header_and_field(gateway: dict[str, Any]) -> None:
    r = chat(gateway, "你好")
    header = json.loads(r.headers["X-AIGC-Label"])
    assert header["AIGC"]["ContentProducer"] == PRODUCER
    assert header["AIGC"]["Label"] == "1"
    assert r.json()["aigc"] == header
    again = json.loads(chat(gateway, "你好").headers["X-AIGC-Label"])
    assert again["AIGC"]["ProduceID"] != header["AIGC"]["ProduceID"]  # one content id per response


def test_other_fields_are_forwarded(gateway: dict[str, Any]) -> None:
    tools = [{"type": "function", "function": {"name": "f", "parameters": {}}}]
    chat(gateway, "你好", tools=tools, temperature=0.3)
    seen = gateway["stub"].state.seen[-1]
    assert seen["tools"] == tools and seen["temperature"] == 0.3


def test_models_forwarded(gateway: dict[str, Any]) -> None:
    r = httpx.get(gateway["url"] + "/v1/models", headers=H)
    assert r.json()["data"][0]["id"] == "stub-model"


@pytest.mark.parametrize(("method", "path", "status"), [
    ("POST", "/v1/completions", 404), ("GET", "/v1/chat/completions", 405), ("POST", "/v1/audio/speech", 404)])
def test_unknown_routes_answer_in_the_error_envelope(gateway: dict[str, Any], method: str, path: str,
                                                     status: int) -> None:
    r = httpx.request(method, gateway["url"] + path, headers=H, json={"prompt": "你好"})
    assert r.status_code == status
    err = r.json()["error"]
    assert err["code"] == "unknown_route" and path in err["message"] and "/v1/chat/completions" in err["message"]


def test_embeddings_forwarded_with_key_and_body_limit(gateway: dict[str, Any]) -> None:
    url = gateway["url"] + "/v1/embeddings"
    body = {"model": "bge", "input": ["法律援助怎么申请", "北京"]}
    r = httpx.post(url, json=body, headers=H)
    assert r.status_code == 200 and [d["embedding"][0] for d in r.json()["data"]] == [8.0, 2.0]
    assert gateway["stub"].state.seen[-1] == body  # forwarded untouched
    assert httpx.post(url, json=body).json()["error"]["code"] == "invalid_api_key"
    big = httpx.post(url, json={"input": "长" * 30000}, headers=H)
    assert big.status_code == 413 and "过大" in big.json()["error"]["message"]
    assert httpx.post(url, content=b"{", headers={**H, "content-type": "application/json"}).status_code == 400


# ------------------------------------------------------------------ input checks
def test_blocked_input_never_reaches_upstream(gateway: dict[str, Any]) -> None:
    gateway["stub"].state.seen.clear()
    r = chat(gateway, "告诉我炸 药 配 方")
    data = r.json()
    assert r.status_code == 200
    assert data["choices"][0]["finish_reason"] == "content_filter"
    assert "无法回答" in data["choices"][0]["message"]["content"]
    assert gateway["stub"].state.seen == []
    assert "X-AIGC-Label" in r.headers


def test_substitute_answer(gateway: dict[str, Any]) -> None:
    data = chat(gateway, "你怎么看台独").json()
    assert data["choices"][0]["message"]["content"] == "台湾是中国领土不可分割的一部分。"
    assert data["choices"][0]["finish_reason"] == "content_filter"


def test_error_envelope_app(gateway: dict[str, Any]) -> None:
    r = chat(gateway, "法轮功是什么", key=ENV_KEY)
    assert r.status_code == 400
    assert r.json()["error"]["code"] == "content_filter"


def test_pii_in_input_is_masked_before_upstream(gateway: dict[str, Any]) -> None:
    chat(gateway, "我的手机号是13812345678，帮我记一下")
    sent = gateway["stub"].state.seen[-1]["messages"][0]["content"]
    assert "13812345678" not in sent and sent.startswith("我的手机号是")


def test_blocked_stream_input(gateway: dict[str, Any]) -> None:
    _, events = stream(gateway, "法轮功")
    assert events[0]["choices"][0]["finish_reason"] == "content_filter"
    assert events[-1] == {"done": True}


# ------------------------------------------------------------------ output checks
def test_output_hit_replaced(gateway: dict[str, Any]) -> None:
    data = chat(gateway, "讲个故事", stub_answer="从前有人练法轮功。").json()
    msg = data["choices"][0]["message"]
    assert data["choices"][0]["finish_reason"] == "content_filter"
    assert "法轮功" not in msg["content"] and "无法回答" in msg["content"]


def test_reasoning_content_checked(gateway: dict[str, Any]) -> None:
    data = chat(gateway, "讲个故事", stub_reasoning="用户想知道炸药配方", stub_answer="好的").json()
    assert data["choices"][0]["finish_reason"] == "content_filter"
    assert "炸药" not in json.dumps(data, ensure_ascii=False)


def test_benign_stream_reassembles(gateway: dict[str, Any]) -> None:
    answer = "今天天气很好，适合出门散步。" * 5
    headers, events = stream(gateway, "天气", stub_answer=answer, stub_chunk=3)
    assert streamed_text(events) == answer + "\n" + LABEL
    assert events[-2]["choices"][0]["finish_reason"] == "stop"
    assert "aigc" in events[0] and "X-AIGC-Label" in headers


@pytest.mark.parametrize("chunk", [1, 2, 5])
def test_keyword_split_across_chunks_never_released(gateway: dict[str, Any], chunk: int) -> None:
    answer = "今天天气很好，适合出门散步。然后我们聊聊法 轮 功的历史和以后的事情。" * 2
    _, events = stream(gateway, "聊天", stub_answer=answer, stub_chunk=chunk)
    final = [e for e in events if "choices" in e][-1]
    released = streamed_text(events[:-2])
    assert final["choices"][0]["finish_reason"] == "content_filter"
    assert "无法回答" in final["choices"][0]["delta"]["content"]
    assert "法" not in released and "轮" not in released
    assert events[-1] == {"done": True}
    assert answer.startswith(released)


@pytest.mark.parametrize("chunk", [1, 3])
def test_a_fancy_alphabet_word_split_across_chunks_is_never_released(gateway: dict[str, Any], chunk: int) -> None:
    """``Ŧคɭยภﻮ๏ภﻮ`` (falungong in a generator's borrowed letters) is read only once the word is complete: the
    stream holds its first letters back until then."""
    answer = "今天天气很好，适合出门散步。然后聊聊 Ŧคɭยภﻮ๏ภﻮ 的历史。"
    _, events = stream(gateway, "聊天", stub_answer=answer, stub_chunk=chunk)
    final = [e for e in events if "choices" in e][-1]
    released = streamed_text(events[:-2])
    assert final["choices"][0]["finish_reason"] == "content_filter"
    assert "Ŧ" not in released and answer.startswith(released)


def test_streamed_reasoning_checked(gateway: dict[str, Any]) -> None:
    _, events = stream(gateway, "聊天", stub_reasoning="先想想炸药配方怎么写", stub_answer="好的")
    assert "炸药" not in streamed_text(events, "reasoning_content")
    assert [e for e in events if "choices" in e][-1]["choices"][0]["finish_reason"] == "content_filter"


# ------------------------------------------------------------------ bad input
def post_raw(gw: dict[str, Any], data: bytes) -> httpx.Response:
    return httpx.post(gw["url"] + "/v1/chat/completions", content=data,
                      headers={**H, "content-type": "application/json"})


def test_malformed_json(gateway: dict[str, Any]) -> None:
    r = post_raw(gateway, b'{"messages": [')
    assert r.status_code == 400 and "JSON" in r.json()["error"]["message"]


def test_invalid_utf8(gateway: dict[str, Any]) -> None:
    r = post_raw(gateway, b'{"messages": "\xff\xfe"}')
    assert r.status_code == 400 and "UTF-8" in r.json()["error"]["message"]


def test_oversized_body(gateway: dict[str, Any]) -> None:
    r = chat(gateway, "长" * 30000)
    assert r.status_code == 413 and "过大" in r.json()["error"]["message"]


def test_missing_messages(gateway: dict[str, Any]) -> None:
    r = post_raw(gateway, b'{"model": "m"}')
    assert r.status_code == 400 and "messages" in r.json()["error"]["message"]


def test_bad_key(gateway: dict[str, Any]) -> None:
    r = chat(gateway, "你好", key="wrong")
    assert r.status_code == 401 and r.json()["error"]["code"] == "invalid_api_key"


# ------------------------------------------------------------------ upstream failures
def test_upstream_failing(gateway: dict[str, Any]) -> None:
    r = chat(gateway, "你好", stub_status=500)
    assert r.status_code == 502 and "上游" in r.json()["error"]["message"]


def test_upstream_slow_times_out(gateway: dict[str, Any]) -> None:
    r = chat(gateway, "你好", stub_delay=3)
    assert r.status_code == 504 and "超时" in r.json()["error"]["message"]


def test_upstream_down(tmp_path: Any) -> None:
    from gw_support import free_port, serve, write_config

    from beian.gateway.app import create_app
    from beian.gateway.config import load_config

    cfg = write_config(tmp_path, f"http://127.0.0.1:{free_port()}/v1")
    with serve(create_app(load_config(cfg))) as url:
        r = httpx.post(url + "/v1/chat/completions", headers=H, json={"messages": [{"role": "user", "content": "你好"}]})
    assert r.status_code == 502 and "无法连接上游" in r.json()["error"]["message"]


# ------------------------------------------------------------------ switch, keywords, audit
def test_admin_mode_switch(gateway: dict[str, Any]) -> None:
    assert httpx.post(gateway["url"] + "/admin/mode", json={"mode": "suspended"}).status_code == 401
    r = httpx.post(gateway["url"] + "/admin/mode", json={"mode": "suspended", "who": "值班员"}, headers=ADMIN)
    assert r.json()["mode"] == "suspended"
    try:
        r = chat(gateway, "你好")
        assert r.status_code == 503 and "暂停" in r.json()["error"]["message"]
        r = httpx.post(gateway["url"] + "/v1/embeddings", json={"input": "你好"}, headers=H)
        assert r.status_code == 503 and r.json()["error"]["code"] == "suspended"
        httpx.post(gateway["url"] + "/admin/mode", json={"mode": "canned"}, headers=ADMIN)
        gateway["stub"].state.seen.clear()
        assert chat(gateway, "你好").json()["choices"][0]["message"]["content"] == "服务正在维护，目前仅提供预设回答。"
        assert gateway["stub"].state.seen == []
    finally:
        httpx.post(gateway["url"] + "/admin/mode", json={"mode": "normal"}, headers=ADMIN)
    assert chat(gateway, "你好").json()["choices"][0]["finish_reason"] == "stop"


def test_cli_mode_switch_reaches_running_gateway(gateway: dict[str, Any]) -> None:
    from typer.testing import CliRunner

    from beian.cli import app

    runner = CliRunner()
    res = runner.invoke(app, ["admin", "mode", "suspended", "--config", str(gateway["config"]), "--who", "tester"])
    assert res.exit_code == 0 and "suspended" in res.output
    try:
        assert wait_for(lambda: chat(gateway, "你好").status_code == 503)
    finally:
        runner.invoke(app, ["admin", "mode", "normal", "--config", str(gateway["config"])])
    assert wait_for(lambda: chat(gateway, "你好").status_code == 200)


def test_keyword_add_remove_without_restart(gateway: dict[str, Any]) -> None:
    assert chat(gateway, "说说蓝莓计划").json()["choices"][0]["finish_reason"] == "stop"
    r = httpx.post(gateway["url"] + "/admin/keywords", headers=ADMIN,
                   json={"op": "add", "terms": ["蓝莓计划"], "who": "张三"})
    assert r.status_code == 200
    assert chat(gateway, "说说蓝莓计划").json()["choices"][0]["finish_reason"] == "content_filter"
    httpx.post(gateway["url"] + "/admin/keywords", headers=ADMIN, json={"op": "remove", "terms": ["蓝莓计划"]})
    assert chat(gateway, "说说蓝莓计划").json()["choices"][0]["finish_reason"] == "stop"
    log = httpx.get(gateway["url"] + "/admin/keywords", headers=ADMIN).json()["log"]
    assert [(e["op"], e["who"]) for e in log[-2:]] == [("add", "admin"), ("remove", "admin")]  # from the token
    bad = httpx.post(gateway["url"] + "/admin/keywords", headers=ADMIN, json={"op": "add", "terms": []})
    assert bad.status_code == 400


def test_audit_records_masked_and_chained(gateway: dict[str, Any]) -> None:
    chat(gateway, "告诉我炸药配方")
    store = gateway["gw"].store
    assert wait_for(lambda: any(r["action"] == "input_block" for r in store.iter_records()))
    rows = list(store.iter_records())
    dump = json.dumps(rows, ensure_ascii=False)
    assert "炸药配方" not in dump and "13812345678" not in dump
    assert any("炸**方" in (r["evidence"] or "") for r in rows)
    assert store.verify().ok


def test_audit_database_locked_fails_closed(gateway: dict[str, Any]) -> None:
    import sqlite3

    con = sqlite3.connect(gateway["tmp"] / "audit.db", isolation_level=None, timeout=5)
    con.execute("BEGIN EXCLUSIVE")
    try:
        r = chat(gateway, "你好")
        assert r.status_code == 503 and "审计日志无法写入" in r.json()["error"]["message"]
        streamed = httpx.post(gateway["url"] + "/v1/chat/completions", headers=H, timeout=30, json={
            "model": "m", "stream": True, "messages": [{"role": "user", "content": "你好"}]})
        assert streamed.status_code == 503 and "data:" not in streamed.text  # no start record, no answer
    finally:
        con.execute("ROLLBACK")
        con.close()
    assert chat(gateway, "你好").status_code == 200


def test_complaint_intake_and_opt_out(gateway: dict[str, Any]) -> None:
    r = httpx.post(gateway["url"] + "/v1/complaints", headers=H, json={"content": "回答有不实信息", "user": "u1"})
    assert r.status_code == 201 and r.json()["status"] == "open"
    bad = httpx.post(gateway["url"] + "/v1/complaints", headers=H, json={"content": ""})
    assert bad.status_code == 400
    assert httpx.post(gateway["url"] + "/v1/opt-out", headers=H, json={"user": "u1"}).json()["opted_out"]
    from beian.gateway.config import sha256_hex

    assert gateway["gw"].store.opted_out(sha256_hex("u1"))


def test_health_and_metrics(gateway: dict[str, Any]) -> None:
    assert httpx.get(gateway["url"] + "/healthz").json()["status"] == "ok"
    text = httpx.get(gateway["url"] + "/metrics").text
    assert "beian_requests_total" in text and "beian_blocks_total" in text


def test_rate_limit(stub: Any, tmp_path: Any) -> None:
    import yaml
    from gw_support import serve, write_config

    from beian.gateway.app import create_app
    from beian.gateway.config import parse_config

    raw = yaml.safe_load(write_config(tmp_path, stub[0] + "/v1").read_text(encoding="utf-8"))
    raw["apps"][0]["rate_limit_rpm"] = 2
    with serve(create_app(parse_config(raw, tmp_path))) as url:
        codes = [httpx.post(url + "/v1/chat/completions", headers=H,
                            json={"messages": [{"role": "user", "content": "你好"}]}).status_code for _ in range(4)]
    assert codes[:2] == [200, 200] and codes[-1] == 429


def _custom_gateway(stub: Any, tmp_path: Any, edit: Any) -> Any:
    """A gateway with the fixture config changed by ``edit(raw_config)``."""
    import yaml
    from gw_support import serve, write_config

    from beian.gateway.app import create_app
    from beian.gateway.config import parse_config

    raw = yaml.safe_load(write_config(tmp_path, stub[0] + "/v1").read_text(encoding="utf-8"))
    edit(raw)
    app = create_app(parse_config(raw, tmp_path))
    return serve(app), app.state.gw


@pytest.mark.parametrize("minors", [False, True])
def test_minors_mode_blocks_what_the_policy_allows(stub: Any, tmp_path: Any, minors: bool) -> None:
    def edit(raw: dict[str, Any]) -> None:
        raw["apps"][0]["policy"] = {"default": "allow"}
        raw["apps"][0]["minors_mode"] = minors

    server, _ = _custom_gateway(stub, tmp_path, edit)
    with server as url:
        r = httpx.post(url + "/v1/chat/completions", headers=H,
                       json={"messages": [{"role": "user", "content": "聊聊法轮功的历史"}]})
    choice = r.json()["choices"][0]
    assert choice["finish_reason"] == ("content_filter" if minors else "stop")
    assert ("无法回答" in choice["message"]["content"]) is minors


def test_raw_text_is_stored_only_when_enabled(gateway: dict[str, Any], stub: Any, tmp_path: Any) -> None:
    chat(gateway, "原文留存测试甲")
    assert all(r["raw"] is None for r in gateway["gw"].store.iter_records())

    def edit(raw: dict[str, Any]) -> None:
        raw["audit"]["store_raw"] = True

    server, gw = _custom_gateway(stub, tmp_path, edit)
    with server as url:
        for stream_it in (False, True):
            httpx.post(url + "/v1/chat/completions", headers=H, json={
                "stream": stream_it, "stub_answer": "留存的回答",
                "messages": [{"role": "user", "content": "原文留存测试乙 13812345678"}]})
    assert wait_for(lambda: gw.store.count() == 3)  # the stream has a start record too
    for r in gw.store.iter_records():  # the question as asked (before masking) and the answer
        if r["action"] == "stream_start":
            continue
        assert json.loads(r["raw"]) == {"input": "原文留存测试乙 13812345678", "output": ["留存的回答"]}


def test_pii_in_output_masked_plain_and_streamed(gateway: dict[str, Any]) -> None:
    answer = "好的，请拨打客服电话13812345678咨询，谢谢。" * 2
    data = chat(gateway, "客服", stub_answer=answer).json()
    assert "13812345678" not in data["choices"][0]["message"]["content"]
    assert data["choices"][0]["finish_reason"] == "stop"
    _, events = stream(gateway, "客服", stub_answer=answer, stub_chunk=2)
    text = streamed_text(events)
    assert "13812345678" not in text and text.startswith("好的，请拨打客服电话138")
    assert len(text) == len(answer + "\n" + LABEL)


@pytest.mark.parametrize("fail_closed", [True, False])
def test_classifier_on_plain_answers(stub: Any, tmp_path: Any, fail_closed: bool) -> None:
    import yaml
    from gw_support import serve, write_config

    from beian.gateway.app import create_app
    from beian.gateway.config import parse_config

    raw = yaml.safe_load(write_config(tmp_path, stub[0] + "/v1").read_text(encoding="utf-8"))
    raw["apps"][0]["classifier"] = {"kind": "guard", "base_url": stub[0] + "/v1", "model": "guard", "timeout_s": 5}
    raw["apps"][0]["fail_closed"] = fail_closed
    with serve(create_app(parse_config(raw, tmp_path))) as url:
        def ask(answer: str) -> httpx.Response:
            return httpx.post(url + "/v1/chat/completions", headers=H, timeout=10, json={
                "messages": [{"role": "user", "content": "讲个故事"}], "stub_answer": answer})

        # the stub guard echoes what follows "ECHO:", so this answer is judged unsafe (violent → A.1.f)
        unsafe = ask("ECHO:Safety: Unsafe\nCategories: Violent").json()
        assert unsafe["choices"][0]["finish_reason"] == "content_filter"
        assert "Unsafe" not in unsafe["choices"][0]["message"]["content"]
        # for other answers the stub guard replies with prose the parser cannot read: a classifier error
        broken = ask("从前有座山。")
        if fail_closed:
            assert broken.status_code == 503 and "分类模型" in broken.json()["error"]["message"]
        else:
            assert broken.json()["choices"][0]["message"]["content"].startswith("从前有座山。")


@pytest.mark.parametrize("fail_closed", [True, False])
def test_classifier_on_streamed_answers(stub: Any, tmp_path: Any, fail_closed: bool) -> None:
    import yaml
    from gw_support import serve, write_config

    from beian.gateway.app import create_app
    from beian.gateway.config import parse_config

    raw = yaml.safe_load(write_config(tmp_path, stub[0] + "/v1").read_text(encoding="utf-8"))
    raw["apps"][0]["classifier"] = {"kind": "guard", "base_url": stub[0] + "/v1", "model": "guard", "timeout_s": 5,
                                    "stream_every_chars": 10}
    raw["apps"][0]["fail_closed"] = fail_closed
    with serve(create_app(parse_config(raw, tmp_path))) as url:
        gw = {"url": url}
        # judged unsafe by the stub guard: nothing of the answer is released, the stream ends filtered
        _, events = stream(gw, "讲个故事", stub_answer="ECHO:Safety: Unsafe\nCategories: Violent", stub_chunk=3)
        final = [e for e in events if "choices" in e][-1]["choices"][0]
        assert final["finish_reason"] == "content_filter"
        assert "Unsafe" not in streamed_text(events) and "Violent" not in streamed_text(events)
        # the stub guard cannot be parsed for other answers: a classifier error
        answer = "从前有座山，山里有座庙。庙里有个老和尚。"
        _, events = stream(gw, "讲个故事", stub_answer=answer, stub_chunk=3)
        final = [e for e in events if "choices" in e][-1]["choices"][0]
        if fail_closed:
            assert final["finish_reason"] == "content_filter" and "老和尚" not in streamed_text(events)
        else:
            assert streamed_text(events).startswith(answer)


def test_request_id_header_matches_label_and_audit(gateway: dict[str, Any]) -> None:
    r = chat(gateway, "北京是哪个国家的首都？")
    rid = r.headers["X-Request-ID"]
    label = json.loads(r.headers["X-AIGC-Label"])
    assert rid.startswith("chatcmpl-") and label["AIGC"]["ProduceID"] == rid
    from beian.gateway.audit import AuditStore

    store = AuditStore(f"sqlite:///{gateway['tmp'] / 'audit.db'}")
    assert any(rec["request_id"] == rid for rec in store.iter_records())
