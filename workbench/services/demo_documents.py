"""Documents for demo cases: PDFs with a real text layer, a scanned-looking image,
a call transcript — so a newcomer sees the evidence viewer and search work."""

from __future__ import annotations

import io
import random
import struct
import zlib
from datetime import timedelta

from workbench.domain.evidence import EvidenceMeta, EvidenceSource
from workbench.domain.models import Case
from workbench.domain.money import format_cents

FONT = "STSong-Light"  # reportlab's built-in Chinese font: no font file needed for demo data


def _pdf(title: str, paragraphs: list[list[str]]) -> bytes:
    """One page per list of lines."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    width, height = A4
    for n, lines in enumerate(paragraphs, start=1):
        c.setFont(FONT, 18)
        c.drawCentredString(width / 2, height - 72, title)
        c.setFont(FONT, 11)
        y = height - 120
        for line in lines:
            c.drawString(72, y, line)
            y -= 20
        c.setFont(FONT, 9)
        c.drawCentredString(width / 2, 40, f"第 {n} 页 / 共 {len(paragraphs)} 页")
        c.showPage()
    c.save()
    return buf.getvalue()


def _png(width: int, height: int, rng: random.Random) -> bytes:
    """A grey 'scan' with ruled lines, written by hand (no imaging library needed)."""
    rows = []
    ruled = {y for y in range(70, height - 40, 22)}
    cx, cy, radius = width - 90, height - 70, 38  # the red seal of the hospital's finance office
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            if (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2 and (x - cx) ** 2 + (y - cy) ** 2 >= (radius - 5) ** 2:
                pixel = (200, 40, 40)
            elif 20 <= y < 50 and 20 <= x < width - 20:
                pixel = (60, 90, 140)  # printed header band
            elif x < 20 or x > width - 20:
                pixel = (255, 255, 255)
            elif y in ruled or x in (20, width // 2, width - 21) and 70 <= y < height - 40:
                pixel = (110, 110, 120)
            else:
                shade = 246 - rng.randint(0, 5)
                pixel = (shade, shade, min(255, shade + 3))
            row += bytes(pixel)
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 6)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def documents_for(case: Case, rng: random.Random) -> list[tuple[str, bytes, EvidenceMeta]]:
    """(file name, bytes, description) of the documents a specialist would have gathered."""
    decided = case.decision_date or case.opened_on
    insured, insurer = case.insured.name, case.insurer.name
    product = case.policy.product if case.policy else "（投保申请）"
    docs: list[tuple[str, bytes, EvidenceMeta]] = []
    reason = case.summary or "经审核，不符合合同约定的给付条件。"
    docs.append((f"{insurer[:4]}理赔决定通知书.pdf", _pdf("理赔决定通知书", [[
        f"尊敬的 {case.client.name} 先生/女士：",
        f"贵方就被保险人 {insured} 提出的理赔申请（理赔案号 {case.claim_number or '—'}）我司已审核完毕。",
        f"审核结论：{reason}",
        f"申请金额：人民币 {format_cents(case.amount_claimed_cents)} 元；"
        f"本次给付：人民币 {format_cents(case.amount_offered_cents)} 元。",
        "依据：《保险合同》第十条 责任免除；《中华人民共和国保险法》第十六条。",
        "如对本结论有异议，可在收到本通知之日起三十日内提出复议申请。",
        f"{insurer}    {decided:%Y年%m月%d日}",
    ]]), EvidenceMeta("decision_letter", EvidenceSource.INSURER, decided, "保险公司的结论通知")))
    if case.policy:
        docs.append((f"{product}条款.pdf", _pdf(f"{product}条款", [
            ["第一条 合同构成", "本合同由保险单、投保单、健康告知书及条款构成。",
             "第二条 投保范围", "凡出生满28天至65周岁、身体健康者均可作为被保险人。"],
            ["第十条 责任免除", "因下列情形之一导致被保险人发生保险事故的，本公司不承担给付保险金的责任：",
             "（一）投保人对被保险人的故意杀害、故意伤害；", "（二）被保险人在本合同生效前已患有且未如实告知的疾病；",
             "（三）等待期内确诊的疾病。", "第十一条 如实告知", "订立本合同时，本公司就被保险人的有关情况提出询问，投保人应当如实告知。"],
        ]), EvidenceMeta("policy_terms", EvidenceSource.INSURER, case.policy.effective_date, "保险条款（投保时版本）")))
    admitted = decided - timedelta(days=rng.randint(20, 90))
    docs.append((f"{insured}出院小结.pdf", _pdf("出院小结", [[
        f"姓名：{insured}    住院号：ZY{rng.randint(100000, 999999)}",
        f"入院日期：{admitted:%Y-%m-%d}    出院日期：{admitted + timedelta(days=rng.randint(3, 12)):%Y-%m-%d}",
        "入院诊断：甲状腺结节（TI-RADS 4a类）", "出院诊断：甲状腺乳头状癌（T1aN0M0）",
        "诊疗经过：完善相关检查后行甲状腺右叶切除术，术后恢复良好。",
        "既往史：否认高血压、糖尿病病史；2019年体检发现甲状腺结节，未予处理。",
        "出院医嘱：定期复查甲状腺功能及颈部超声。",
    ]]), EvidenceMeta("discharge_summary", EvidenceSource.HOSPITAL, admitted, "住院记录", ["住院"])))
    docs.append((f"{insured}投保单及健康告知.pdf", _pdf("投保单及健康告知书", [[
        f"投保人：{case.client.name}    被保险人：{insured}", f"投保险种：{product}",
        "健康告知：", "1. 过去两年内是否曾住院检查或治疗？  否",
        "2. 是否患有或曾被告知患有下列疾病：肿瘤、甲状腺疾病……？  否",
        "3. 过去一年内是否有体检结果异常？  否", "投保人签名：（签字）"]]),
        EvidenceMeta("health_questionnaire", EvidenceSource.CLIENT, None, "投保时的健康告知", ["告知"])))
    docs.append((f"医疗费用发票{rng.randint(1, 9)}.png", _png(420, 300, rng),
                 EvidenceMeta("invoice", EvidenceSource.CLIENT, admitted, "住院费用发票扫描件", ["费用"])))
    docs.append(("客服通话记录.txt", (
        f"{decided + timedelta(days=5):%Y-%m-%d} 10:32 与{insurer}理赔客服通话\n"
        "客服：该疾病属于投保前已存在的情况，不在保障范围内。\n"
        "我方：投保时的健康告知问卷并未询问体检结节情况，请提供拒赔的具体条款依据。\n"
        "客服：会将意见反馈给理赔审核人员，七个工作日内回复。\n").encode("utf-8"),
        EvidenceMeta("call_recording", EvidenceSource.INSURER, decided + timedelta(days=5), "电话沟通记录（转写）")))
    return docs
