"""Word lists for the demo database: realistic, and fictional where it matters
(no real insurer's name, no real person's ID number beyond chance)."""

from __future__ import annotations

from workbench.domain.enums import CoverageType

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
            "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔汤")
GIVEN = ("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力鹏飞斌宇浩凯健俊帆鑫晨欣怡婷雪琳"
         "佳雨思梦子轩涵泽宁博瑞安然若晓慧颖嘉睿哲琪瑶")

REGIONS = (  # (6-digit administrative code, city, district)
    ("110105", "北京市", "朝阳区"), ("110108", "北京市", "海淀区"), ("310115", "上海市", "浦东新区"),
    ("310104", "上海市", "徐汇区"), ("440305", "深圳市", "南山区"), ("440106", "广州市", "天河区"),
    ("330106", "杭州市", "西湖区"), ("320102", "南京市", "玄武区"), ("510107", "成都市", "武侯区"),
    ("420106", "武汉市", "武昌区"), ("370202", "青岛市", "市南区"), ("500103", "重庆市", "渝中区"),
)
ROADS = ("建国路", "人民路", "中山路", "解放路", "长安街", "滨江大道", "科技园路", "文三路", "天府大道", "珞喻路")

INSURERS = (  # fictional names in the style of Chinese insurers
    ("泰和人寿保险股份有限公司", "TH"), ("安信健康保险股份有限公司", "AX"), ("华康人寿保险股份有限公司", "HK"),
    ("永宁财产保险股份有限公司", "YN"), ("国瑞人寿保险有限公司", "GR"), ("长盛健康保险股份有限公司", "CS"),
    ("君安人寿保险有限公司", "JA"), ("和信财产保险股份有限公司", "HX"), ("鼎诚人寿保险有限公司", "DC"),
    ("瑞丰人寿保险股份有限公司", "RF"), ("明康健康保险股份有限公司", "MK"), ("中宏安人寿保险有限公司", "ZH"),
)

PRODUCTS: dict[CoverageType, tuple[tuple[str, int, int], ...]] = {
    # (product, smallest, largest amount claimed in yuan)
    CoverageType.HIGH_END_MEDICAL: (("尊享全球高端医疗保险", 20_000, 800_000), ("臻选中端医疗保险（2024版）", 8_000, 300_000)),
    CoverageType.MEDICAL: (("安心百万医疗保险", 3_000, 200_000), ("长相伴医疗保险", 2_000, 120_000)),
    CoverageType.CRITICAL_ILLNESS: (("康悦终身重大疾病保险", 300_000, 1_000_000), ("守护者重大疾病保险（优享版）", 200_000, 600_000)),
    CoverageType.LIFE: (("传家终身寿险", 500_000, 3_000_000), ("定期寿险（2025版）", 300_000, 2_000_000)),
    CoverageType.ACCIDENT: (("综合意外伤害保险", 5_000, 500_000),),
    CoverageType.ANNUITY: (("金生年金保险", 50_000, 400_000),),
}
COVERAGE_WEIGHTS = {
    CoverageType.HIGH_END_MEDICAL: 22, CoverageType.MEDICAL: 30, CoverageType.CRITICAL_ILLNESS: 28,
    CoverageType.LIFE: 8, CoverageType.ACCIDENT: 10, CoverageType.ANNUITY: 2,
}

STAFF = (("陈思远", "两核专员"), ("刘晓彤", "两核专员"), ("王子涵", "两核专员"), ("赵雅琴", "两核专员"),
         ("孙浩然", "两核专员"), ("周婧", "高级两核专员"), ("吴俊杰", "高级两核专员"), ("郑雨桐", "两核专员"),
         ("林慧敏", "两核团队主管"), ("何志刚", "两核团队主管"))

SUMMARIES = {
    "claim_refused": ("以投保前既往症为由拒赔，客户称投保时已如实告知。", "以责任免除条款拒赔，条款未见明确提示说明。",
                      "以等待期内出险为由拒赔，确诊日期存在争议。", "以非医学必需为由拒赔住院费用。"),
    "partly_paid": ("仅赔付部分住院费用，自费药品部分被剔除。", "按社保目录内费用比例赔付，与合同约定不符。",
                    "赔付金额计算口径有误，免赔额重复扣除。"),
    "contract_rescinded": ("以未如实告知甲状腺结节为由解除合同，合同已成立超过两年。", "以未告知体检异常为由解除合同并拒赔。"),
    "premium_refunded": ("解除合同退还保费，不承担保险责任，客户不认可。",),
    "uw_declined": ("因乳腺结节拒保，其他保司核保前置结果为除外承保。", "因BMI偏高拒保，客户提供最新体检报告。"),
    "uw_postponed": ("因近期住院延期承保，客户已康复出院。", "因检查异常延期六个月，复查结果正常。"),
    "uw_exclusion": ("对甲状腺疾病除外承保，客户已术后随访两年无异常。", "对腰椎疾病除外承保，范围过宽。"),
    "uw_loading": ("因高血压加费承保50%，血压已控制良好。", "因乙肝小三阳加费，肝功能检查正常。"),
}
