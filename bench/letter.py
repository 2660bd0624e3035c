"""Letter benchmark.

    python bench/letter.py

1. A 6-page Chinese letter (a case with many long points) rendered with the embedded,
   subset CJK font; target ≤ 150 ms.
2. The same letter with 30 enclosure PDFs of 100 pages in all appended, every page
   labelled 附件N; target ≤ 3 s.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

REBUTTAL = ("<p>投保时保险公司提供的健康告知问卷并未询问该事项，投保人已就询问事项如实告知，不存在故意或重大过失"
            "未告知的情形。依据保险法第十六条，投保人的告知义务限于保险人询问的范围和内容。</p>" * 3)


def _enclosure_pdf(path: Path, pages: int, n: int) -> Path:
    from reportlab.pdfgen.canvas import Canvas

    from workbench.pdf_fonts import register_cjk_font

    font, _ = register_cjk_font()
    c = Canvas(str(path))
    for p in range(pages):
        c.setFont(font, 12)
        for line in range(30):
            c.drawString(60, 760 - line * 22, f"证明材料{n} 第{p + 1}页 第{line + 1}行：门诊病历记录、检查报告与费用清单。")
        c.showPage()
    c.save()
    return path


def _case(store, tmp: Path):  # type: ignore[no-untyped-def]
    from datetime import date

    from workbench.domain.enums import CoverageType, DecisionKind, IdType, Relationship
    from workbench.domain.evidence import EvidenceMeta
    from workbench.domain.models import CaseDraft, InsurerDraft, PersonDraft, PolicyDraft
    from workbench.services import analysis, cases, evidence

    person = PersonDraft("张伟", IdType.PASSPORT, "E12345678")
    case = cases.create_case(store, CaseDraft(
        decision_kind=DecisionKind.CLAIM_REFUSED, client=person, insured_is_client=True,
        insurer=InsurerDraft("泰和人寿保险股份有限公司"), policy=PolicyDraft("TH1", "康悦终身重大疾病保险",
                                                                       CoverageType.CRITICAL_ILLNESS),
        claim_number="LP1", decision_date=date(2026, 10, 8), received_date=date(2026, 10, 10),
        amount_claimed_cents=50_000_000, relationship=Relationship.SELF))
    files = [_enclosure_pdf(tmp / f"e{i}.pdf", 4 if i < 10 else 3, i) for i in range(30)]  # 40 + 60 = 100 pages
    items = [evidence.attach_files(store, case.id, [f], EvidenceMeta("other", description=f"证明材料{i}")).added[0]
             for i, f in enumerate(files)]
    for i in range(12):
        point = analysis.add_point(store, case.id, f"第{i + 1}项拒赔理由：被保险人投保前患有既往症且未如实告知。")
        cites = [evidence.add_citation(store, items[(i * 3 + k) % 30].id, 1).id for k in range(3)]
        analysis.update_point(store, point.id, {"rebuttal_html": REBUTTAL, "citation_ids": cites,
                                                "provisions": ["ins_law_16"]}, point.meta.revision)
    return case


def main() -> int:
    from io import BytesIO

    from pypdf import PdfReader

    from workbench.services import letters
    from workbench.services.letter_enclosures import letter_with_enclosures
    from workbench.services.letter_pdf import render_letter
    from workbench.services.store import Store

    tmp = Path(tempfile.mkdtemp(prefix="wb-bench-letter-"))
    store = Store.open(tmp / "bench.sqlite3")
    case = _case(store, tmp)
    letter = letters.compose(store, case.id, "zh")
    render_letter(letter)  # font loading happens once per process
    times, pdf = [], b""
    for _ in range(7):
        start = time.perf_counter()
        pdf = render_letter(letter)
        times.append((time.perf_counter() - start) * 1000)
    pages = len(PdfReader(BytesIO(pdf)).pages)
    print(f"letter: {pages} pages, {len(letter.points)} points, {len(letter.enclosures)} enclosures, "
          f"{len(pdf) / 1024:.0f} KB — render median {statistics.median(times):.0f} ms, "
          f"worst {max(times):.0f} ms (target ≤ 150)")
    whole = []
    for _ in range(3):
        start = time.perf_counter()
        combined = letter_with_enclosures(store, letter, render_letter(letter))
        whole.append(time.perf_counter() - start)
    total = len(PdfReader(BytesIO(combined)).pages)
    print(f"with enclosures: {total} pages ({total - pages} enclosure pages from {len(letter.enclosures)} PDFs), "
          f"{len(combined) / 1024 / 1024:.1f} MB — median {statistics.median(whole):.2f} s, "
          f"worst {max(whole):.2f} s (target ≤ 3)")
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
