<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AddAccountDialog</name>
    <message>
        <location filename="../../ui/team_dialog.py" line="42"/>
        <source>Add a person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="45"/>
        <source>e.g. wangfang</source>
        <translation>例如 wangfang</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="46"/>
        <source>e.g. 王芳</source>
        <translation>例如 王芳</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="49"/>
        <source>printed on letters, e.g. 两核专员</source>
        <translation>印在函件上，例如 两核专员</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="53"/>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="54"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="55"/>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="56"/>
        <source>Title (letters):</source>
        <translation>职务（函件）：</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="57"/>
        <source>Phone (letters):</source>
        <translation>电话（函件）：</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="58"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="59"/>
        <source>Again:</source>
        <translation>再次输入：</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="60"/>
        <source>Specialists and team leads become members of staff under their name, so the cases assigned to them are theirs.</source>
        <translation>两核专员和组长以本人姓名成为团队成员，分配给他们的案件即归其负责。</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="71"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <location filename="../../ui/analysis_panel.py" line="84"/>
        <source>Enter notice…</source>
        <translation>录入通知书…</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="85"/>
        <source>From a document…</source>
        <translation>取自文件…</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="86"/>
        <source>Make a point of the selection</source>
        <translation>将所选内容设为要点</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="88"/>
        <source>The insurer&apos;s notice</source>
        <translation>保险公司通知书</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="102"/>
        <source>Add by hand…</source>
        <translation>手动添加…</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="105"/>
        <source>Merge with next</source>
        <translation>与下一条合并</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="106"/>
        <source>Split at cursor</source>
        <translation>在光标处拆分</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="107"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="108"/>
        <source>Matrix…</source>
        <translation>分析矩阵…</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="111"/>
        <source>Points</source>
        <translation>要点</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="135"/>
        <source>Bold</source>
        <translation>加粗</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="135"/>
        <source>Italic</source>
        <translation>斜体</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="136"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="141"/>
        <source>Add to the library…</source>
        <translation>添加到法规库…</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="146"/>
        <source>The client says this clause was never pointed out or explained</source>
        <translation>客户称投保时未被提示或说明该条款</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="147"/>
        <source>The clause can be read more than one way</source>
        <translation>该条款存在两种以上理解</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="149"/>
        <source>If the insurer is right: what to tell the client</source>
        <translation>如保险公司有理：应如何向客户解释</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="153"/>
        <source>Apply changes</source>
        <translation>应用修改</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="156"/>
        <source>The point</source>
        <translation>要点详情</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="158"/>
        <source>Insurer&apos;s argument</source>
        <translation>保险公司理由</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="159"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="160"/>
        <source>Clause no.</source>
        <translation>条款编号</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="161"/>
        <source>Clause text</source>
        <translation>条款内容</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="162"/>
        <source>Our rebuttal</source>
        <translation>我方反驳</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="164"/>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="166"/>
        <source>Supporting evidence</source>
        <translation>支持证据</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="167"/>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="168"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="171"/>
        <source>Explain to client</source>
        <translation>向客户解释</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="172"/>
        <source>Hints</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="215"/>
        <source>from a document</source>
        <translation>（取自文件）</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="216"/>
        <source>Notice dated {date} {source}</source>
        <translation>通知书日期 {date} {source}</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="218"/>
        <source>No notice yet: enter it, or take it from the insurer&apos;s letter among the evidence.</source>
        <translation>尚无通知书：请录入，或从证据中的保险公司函件中提取。</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="224"/>
        <source>No supporting evidence yet</source>
        <translation>尚无支持证据</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="299"/>
        <source>No hints for this point.</source>
        <translation>此要点暂无提示。</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="306"/>
        <source>Likely outcome: {outcome}</source>
        <translation>预计结果：{outcome}</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="310"/>
        <source>{n} point(s) without supporting evidence: a letter will not call them enclosed.</source>
        <translation>{n} 个要点尚无支持证据：复议函不会将其列为附件支持。</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="314"/>
        <source>To explain to the client:</source>
        <translation>需向客户解释：</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="351"/>
        <location filename="../../ui/analysis_panel.py" line="355"/>
        <source>From a document</source>
        <translation>取自文件</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="351"/>
        <source>No PDF or text document is attached yet.</source>
        <translation>尚未添加 PDF 或文本文件。</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="353"/>
        <source>Encl. {no}</source>
        <translation>附件{no}</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="355"/>
        <source>Which document is the notice?</source>
        <translation>哪一份文件是通知书？</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="372"/>
        <location filename="../../ui/analysis_panel.py" line="375"/>
        <location filename="../../ui/analysis_panel.py" line="377"/>
        <source>New point</source>
        <translation>新要点</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="375"/>
        <source>The insurer&apos;s argument:</source>
        <translation>保险公司的理由：</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="382"/>
        <source>Delete point {n}</source>
        <translation>删除要点 {n}</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="388"/>
        <source>Move point {n}</source>
        <translation>移动要点 {n}</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="433"/>
        <source>Edit point {n}</source>
        <translation>修改要点 {n}</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="447"/>
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../workbench/services/audit.py" line="55"/>
        <source>entry {seq} was changed after it was written</source>
        <translation>第 {seq} 条记录在写入后被修改</translation>
    </message>
    <message>
        <location filename="../../workbench/services/audit.py" line="56"/>
        <source>entries {first}–{last} are missing (deleted)</source>
        <translation>第 {first}–{last} 条记录缺失（被删除）</translation>
    </message>
    <message>
        <location filename="../../workbench/services/audit.py" line="57"/>
        <source>entry {seq} does not follow the entry before it (inserted, or one before it was removed)</source>
        <translation>第 {seq} 条记录与前一条接不上（被插入，或其前面的记录被删除）</translation>
    </message>
    <message>
        <location filename="../../workbench/services/audit.py" line="58"/>
        <source>the trail ends at {last}, but entry {seq} was recorded elsewhere</source>
        <translation>日志止于第 {last} 条，但其他地方记录过第 {seq} 条</translation>
    </message>
    <message>
        <location filename="../../workbench/services/audit.py" line="59"/>
        <source>entry {seq} differs from the one recorded elsewhere</source>
        <translation>第 {seq} 条记录与其他地方记录的不一致</translation>
    </message>
    <message>
        <location filename="../../workbench/services/audit.py" line="60"/>
        <source>the database no longer refuses changes to the trail (its append-only rule was removed): entries could be rewritten unseen</source>
        <translation>数据库已不再拒绝修改审计记录（其只可追加的规则已被删除）：记录可能被改写而不被发现</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../ui/audit_dialog.py" line="20"/>
        <source>signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="21"/>
        <source>sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="22"/>
        <source>signed out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="23"/>
        <source>viewed personal data</source>
        <translation>查看个人信息</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="24"/>
        <source>revealed a masked field</source>
        <translation>查看脱敏字段明文</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="25"/>
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="26"/>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="27"/>
        <source>exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="28"/>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="29"/>
        <source>issued a letter</source>
        <translation>出具函件</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="30"/>
        <source>changed a setting</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="31"/>
        <source>added an account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="32"/>
        <source>disabled an account</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="33"/>
        <source>enabled an account</source>
        <translation>启用账户</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="34"/>
        <source>changed a password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="35"/>
        <source>changed an account</source>
        <translation>修改账户</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="36"/>
        <source>deleted a case</source>
        <translation>删除案件</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="37"/>
        <source>restored a case</source>
        <translation>恢复案件</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="45"/>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="50"/>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="52"/>
        <source>every kind</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="56"/>
        <source>case number, record or words</source>
        <translation>案件编号、记录或文字</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="60"/>
        <source>Verify the chain</source>
        <translation>校验哈希链</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="63"/>
        <location filename="../../ui/audit_dialog.py" line="114"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="65"/>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="65"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="73"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="73"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="73"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="73"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="74"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="74"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="99"/>
        <source>{n} entries shown (newest first).</source>
        <translation>显示 {n} 条（最新在前）。</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="105"/>
        <source>The chain is intact: {n} entries, head {seq}:{hash}.</source>
        <translation>哈希链完整：共 {n} 条，链头 {seq}:{hash}。</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="110"/>
        <source>The chain is broken in {n} places:</source>
        <translation>哈希链有 {n} 处断裂：</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="114"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <location filename="../../ui/audit_words.py" line="18"/>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="19"/>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="20"/>
        <location filename="../../ui/audit_words.py" line="21"/>
        <source>staff member</source>
        <translation>对应员工</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="22"/>
        <source>field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="23"/>
        <source>scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="24"/>
        <source>cases</source>
        <translation>案件数</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="25"/>
        <location filename="../../ui/audit_words.py" line="33"/>
        <source>records</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="26"/>
        <source>files</source>
        <translation>文件数</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="27"/>
        <source>files added</source>
        <translation>新增文件</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="28"/>
        <source>de-identified</source>
        <translation>去标识化</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="29"/>
        <source>passphrase</source>
        <translation>口令保护</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="30"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="31"/>
        <source>approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="32"/>
        <source>from workstation</source>
        <translation>来源工作站</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="34"/>
        <source>changed</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="35"/>
        <source>at</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="36"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="37"/>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="39"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="39"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="40"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="41"/>
        <source>{n} records</source>
        <translation>{n} 条记录</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../../workbench/cli.py" line="265"/>
        <location filename="../../workbench/cli.py" line="274"/>
        <source>Error:</source>
        <translation>错误：</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="307"/>
        <source>Demo database written: {path} ({cases} cases, {persons} people, {insurers} insurers, {staff} staff).</source>
        <translation>演示数据库已生成：{path}（{cases} 个案件，{persons} 位当事人，{insurers} 家保险公司，{staff} 名员工）。</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="311"/>
        <source>Demo accounts (user / password):</source>
        <translation>演示账户（用户名 / 密码）：</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="315"/>
        <source>A colleague&apos;s bundle is waiting to be imported (File → Import bundle…, or workbench import): {path}</source>
        <translation>一位同事的同步包正等待导入（文件 → 导入同步包…，或 workbench import）：{path}</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="355"/>
        <source>{count} cases</source>
        <translation>共 {count} 个案件</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="370"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="371"/>
        <source>Schema version</source>
        <translation>数据库结构版本</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="372"/>
        <source>Integrity</source>
        <translation>完整性</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="373"/>
        <source>Foreign key problems</source>
        <translation>外键问题</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="377"/>
        <source>Impossible date</source>
        <translation>不可能的日期</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="379"/>
        <source>Rule missing</source>
        <translation>缺少数据库规则</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="381"/>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="382"/>
        <source>PROBLEMS FOUND</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="408"/>
        <source>Case no.</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="409"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="410"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="411"/>
        <source>Client</source>
        <translation>投保人</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="412"/>
        <source>Insured</source>
        <translation>被保险人</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="413"/>
        <source>Insurer</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="414"/>
        <source>Policy no.</source>
        <translation>保单号</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="415"/>
        <source>Claim no.</source>
        <translation>理赔案号</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="416"/>
        <source>Decision</source>
        <translation>保险公司结论</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="417"/>
        <source>Decision date</source>
        <translation>结论日期</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="418"/>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="419"/>
        <source>Amount claimed</source>
        <translation>申请金额</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="420"/>
        <source>Amount offered</source>
        <translation>保险公司给付金额</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="421"/>
        <source>Amount paid</source>
        <translation>最终赔付金额</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="422"/>
        <source>Assignee</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="423"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="424"/>
        <source>Opened</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="425"/>
        <source>Closed</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="426"/>
        <source>Summary</source>
        <translation>案情摘要</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="443"/>
        <source>{number} is now at stage “{stage}”.</source>
        <translation>{number} 已进入“{stage}”阶段。</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="476"/>
        <source>Case {number} opened.</source>
        <translation>已立案：{number}。</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="529"/>
        <source>{number} saved (revision {revision}).</source>
        <translation>{number} 已保存（第 {revision} 版）。</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="540"/>
        <source>Case {number} deleted.</source>
        <translation>案件 {number} 已删除。</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="562"/>
        <location filename="../../workbench/cli_sync.py" line="236"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="562"/>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="563"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="563"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="564"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="594"/>
        <source>Attached {name} as enclosure {no}.</source>
        <translation>已添加 {name}，为附件{no}。</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="597"/>
        <source>{name} is already attached as enclosure {no}; not added again.</source>
        <translation>{name} 已作为附件{no}添加过，未重复添加。</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="600"/>
        <source>{name} is empty (0 bytes); skipped.</source>
        <translation>{name} 是空文件（0 字节），已跳过。</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="602"/>
        <source>Enclosure {no} ({name}) cannot be read as a PDF: kept as received, cannot be cited by page.</source>
        <translation>附件 {no}（{name}）无法作为 PDF 读取：已按原样保留，不能按页引用。</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="639"/>
        <source>(removed)</source>
        <translation>（已移除）</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="642"/>
        <source>Checklist:</source>
        <translation>材料清单：</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="645"/>
        <source>missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="655"/>
        <source>MISSING  {number} enclosure {no}: {name}</source>
        <translation>缺失  {number} 附件{no}：{name}</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="658"/>
        <source>ALTERED  {number} enclosure {no}: {name}</source>
        <translation>被改动  {number} 附件{no}：{name}</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="660"/>
        <source>{checked} files checked, {missing} missing, {altered} altered.</source>
        <translation>已检查 {checked} 个文件，缺失 {missing} 个，被改动 {altered} 个。</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="686"/>
        <source>Largest evidence file (MB)</source>
        <translation>证据文件大小上限（MB）</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="690"/>
        <source>Workstation id</source>
        <translation>工作站编号</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="691"/>
        <source>Letterhead</source>
        <translation>信头</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="693"/>
        <source>Letters need approval</source>
        <translation>函件需审批</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="694"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="695"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="870"/>
        <source>Round {n} of {number} logged.</source>
        <translation>已记录 {number} 的第 {n} 轮沟通。</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="896"/>
        <source>OVERDUE</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="899"/>
        <source>due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="899"/>
        <source>days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="899"/>
        <location filename="../../workbench/cli_team.py" line="79"/>
        <source>case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="900"/>
        <location filename="../../workbench/cli_team.py" line="79"/>
        <source>client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="900"/>
        <source>assignee</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="901"/>
        <source>deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="901"/>
        <source>legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="901"/>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="903"/>
        <source>{n} deadlines, {overdue} overdue.</source>
        <translation>共 {n} 项期限，其中 {overdue} 项已逾期。</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="922"/>
        <source>Matrix of {number} written to {path} ({n} points).</source>
        <translation>{number} 的分析矩阵已写入 {path}（{n} 个要点）。</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="943"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="943"/>
        <source>Issued</source>
        <translation>出具时间</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="944"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="944"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="945"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="978"/>
        <source>Letter for {number} issued as version {version} (SHA-256 {sha}) and written to {path}.</source>
        <translation>案件 {number} 的函件已出具为第 {version} 版（SHA-256 {sha}），并写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="983"/>
        <source>Letter for {number} written to {path} ({n} points, {e} enclosures).</source>
        <translation>案件 {number} 的复议申请书已写入 {path}（{n} 项理由，{e} 份附件）。</translation>
    </message>
    <message>
        <location filename="../../workbench/cli_sync.py" line="58"/>
        <source>Passphrase: </source>
        <translation>口令：</translation>
    </message>
    <message>
        <location filename="../../workbench/cli_sync.py" line="59"/>
        <source>Passphrase again: </source>
        <translation>再次输入口令：</translation>
    </message>
    <message>
        <location filename="../../workbench/cli_sync.py" line="93"/>
        <source>Bundle written: {path} ({cases} cases, {records} records, {files} files, {mb} MB).</source>
        <translation>同步包已写入：{path}（{cases} 个案件，{records} 条记录，{files} 个文件，{mb} MB）。</translation>
    </message>
    <message>
        <location filename="../../workbench/cli_sync.py" line="134"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../workbench/cli_sync.py" line="139"/>
        <source>{new} new, {update} updated, {merge} merged, {conflict} conflicting, {unchanged} unchanged records.</source>
        <translation>新增 {new} 条，更新 {update} 条，合并 {merge} 条，冲突 {conflict} 条，未变 {unchanged} 条记录。</translation>
    </message>
    <message>
        <location filename="../../workbench/cli_sync.py" line="144"/>
        <source>mine:   {value}</source>
        <translation>本机：{value}</translation>
    </message>
    <message>
        <location filename="../../workbench/cli_sync.py" line="145"/>
        <source>theirs: {value}</source>
        <translation>对方：{value}</translation>
    </message>
    <message>
        <location filename="../../workbench/cli_sync.py" line="155"/>
        <source>{case}  {count} new records</source>
        <translation>{case}  新增 {count} 条记录</translation>
    </message>
    <message>
        <location filename="../../workbench/cli_sync.py" line="166"/>
        <source>Imported: {new} new, {update} updated, {merge} merged, {conflict} settled conflicts; {files} evidence files added. Backup taken first: {backup}</source>
        <translation>已导入：新增 {new} 条，更新 {update} 条，合并 {merge} 条，解决冲突 {conflict} 条；新增证据文件 {files} 个。导入前已备份：{backup}</translation>
    </message>
    <message>
        <location filename="../../workbench/cli_sync.py" line="206"/>
        <source>{count} conflicts need a choice: use --choose KEY=mine|theirs|both or --keep mine|theirs, or import in the window. Nothing was imported.</source>
        <translation>有 {count} 处冲突需要选择：请使用 --choose KEY=mine|theirs|both 或 --keep mine|theirs，或在窗口中导入。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../workbench/cli_sync.py" line="234"/>
        <source>This workstation: {name} ({id})</source>
        <translation>本工作站：{name}（{id}）</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="688"/>
        <location filename="../../workbench/cli_sync.py" line="236"/>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../workbench/cli_sync.py" line="237"/>
        <source>Last sent</source>
        <translation>最近发送</translation>
    </message>
    <message>
        <location filename="../../workbench/cli_sync.py" line="238"/>
        <source>Last received</source>
        <translation>最近接收</translation>
    </message>
    <message>
        <location filename="../../workbench/cli_access.py" line="71"/>
        <source>Password for {user}: </source>
        <translation>{user} 的密码：</translation>
    </message>
    <message>
        <location filename="../../workbench/cli_access.py" line="99"/>
        <source>New password for {user}: </source>
        <translation>{user} 的新密码：</translation>
    </message>
    <message>
        <location filename="../../workbench/cli_access.py" line="109"/>
        <source>Current password: </source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <location filename="../../workbench/cli_access.py" line="115"/>
        <source>Account {user}: done.</source>
        <translation>账户 {user}：已完成。</translation>
    </message>
    <message>
        <location filename="../../workbench/cli_access.py" line="134"/>
        <source>Audit trail: {n} problems; head {seq}:{hash}</source>
        <translation>审计日志：{n} 处问题；链头 {seq}:{hash}</translation>
    </message>
    <message>
        <location filename="../../workbench/cli_team.py" line="42"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../workbench/cli_team.py" line="42"/>
        <source>title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../workbench/cli_team.py" line="43"/>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../workbench/cli_team.py" line="43"/>
        <source>e-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../workbench/cli_team.py" line="44"/>
        <source>active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../workbench/cli_team.py" line="53"/>
        <source>{name} added to the team.</source>
        <translation>{name} 已加入团队。</translation>
    </message>
    <message>
        <location filename="../../workbench/cli_team.py" line="62"/>
        <source>{name}: saved.</source>
        <translation>{name}：已保存。</translation>
    </message>
    <message>
        <location filename="../../workbench/cli_team.py" line="80"/>
        <source>insurer</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <location filename="../../workbench/cli_team.py" line="80"/>
        <source>deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <location filename="../../workbench/cli_team.py" line="81"/>
        <source>by</source>
        <translation>删除人</translation>
    </message>
    <message>
        <location filename="../../workbench/cli_team.py" line="81"/>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../workbench/cli_team.py" line="90"/>
        <source>Case {number} restored.</source>
        <translation>案件 {number} 已恢复。</translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <location filename="../../ui/case_filter_bar.py" line="27"/>
        <source>Find case, policy or claim no., client or insured…</source>
        <translation>查找案件编号、保单号、理赔案号、投保人或被保险人…</translation>
    </message>
    <message>
        <location filename="../../ui/case_filter_bar.py" line="30"/>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location filename="../../ui/case_filter_bar.py" line="31"/>
        <source>Open cases</source>
        <translation>未结案件</translation>
    </message>
    <message>
        <location filename="../../ui/case_filter_bar.py" line="34"/>
        <source>All outcomes</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <location filename="../../ui/case_filter_bar.py" line="35"/>
        <source>Claims and underwriting</source>
        <translation>核赔与核保</translation>
    </message>
    <message>
        <location filename="../../ui/case_filter_bar.py" line="38"/>
        <source>Opened</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <location filename="../../ui/case_filter_bar.py" line="48"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../ui/case_filter_bar.py" line="82"/>
        <source>All insurers</source>
        <translation>全部保险公司</translation>
    </message>
    <message>
        <location filename="../../ui/case_filter_bar.py" line="83"/>
        <source>All assignees</source>
        <translation>全部经办人</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../ui/case_view.py" line="97"/>
        <source>Claim no.</source>
        <translation>理赔案号</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="97"/>
        <source>Summary</source>
        <translation>案情摘要</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="98"/>
        <source>Decision</source>
        <translation>保险公司结论</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="98"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="99"/>
        <source>Relationship to client</source>
        <translation>与投保人关系</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="99"/>
        <source>Assignee</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="100"/>
        <source>Insurer</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="100"/>
        <source>Decision date</source>
        <translation>结论日期</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="101"/>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="101"/>
        <source>Amount claimed (CNY)</source>
        <translation>申请金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="102"/>
        <source>Amount offered (CNY)</source>
        <translation>保险公司给付金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="102"/>
        <source>Amount paid (CNY)</source>
        <translation>最终赔付金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="103"/>
        <source>Date of the insured event</source>
        <translation>出险日期</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="103"/>
        <source>Claim submitted</source>
        <translation>提出索赔日期</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="104"/>
        <source>Documents complete</source>
        <translation>材料齐全日期</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="105"/>
        <source>Insurer learned of the rescission cause</source>
        <translation>保险公司知道解除事由日期</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="106"/>
        <source>Complaint filed</source>
        <translation>投诉日期</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="106"/>
        <source>Complex complaint</source>
        <translation>复杂投诉</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="136"/>
        <location filename="../../ui/case_view.py" line="139"/>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="142"/>
        <source>Reveal…</source>
        <translation>查看明文…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="144"/>
        <source>Personal data of cases not assigned to you is masked; reveal a field, giving a reason (recorded).</source>
        <translation>非您承办案件的个人信息已脱敏；如需查看某项明文，请说明理由（将被记录）。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="148"/>
        <source>Parties and policy</source>
        <translation>当事人与保单</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="150"/>
        <source>Client</source>
        <translation>投保人（客户）</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="152"/>
        <source>Insured</source>
        <translation>被保险人</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="155"/>
        <source>Policy</source>
        <translation>保单</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="157"/>
        <source>The insurer&apos;s decision</source>
        <translation>保险公司结论</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="165"/>
        <source>Dates the deadlines count from</source>
        <translation>期限起算日期</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="170"/>
        <source>Handling</source>
        <translation>案件处理</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="178"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="178"/>
        <source>From</source>
        <translation>原阶段</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="178"/>
        <source>To</source>
        <translation>新阶段</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="178"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="179"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="179"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="182"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="188"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="190"/>
        <source>Revert</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="230"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="231"/>
        <source>Evidence</source>
        <translation>收集证据</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="232"/>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="242"/>
        <source>Rounds</source>
        <translation>协商</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="243"/>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="244"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="318"/>
        <source>(unassigned)</source>
        <translation>（未分配）</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="340"/>
        <source>Effective {date}</source>
        <translation>生效日期 {date}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="343"/>
        <source>(no policy yet: underwriting dispute)</source>
        <translation>（尚无保单：核保争议）</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="345"/>
        <location filename="../../ui/case_view.py" line="495"/>
        <source>Opened {opened} · revision {rev} · last changed {when}</source>
        <translation>立案 {opened} · 第 {rev} 版 · 最后修改 {when}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="467"/>
        <source>Not saved. {field}: {why}</source>
        <translation>未保存。{field}：{why}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="509"/>
        <source>Rounds ({n})</source>
        <translation>协商（{n}）</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="369"/>
        <source>Move to:</source>
        <translation>转到：</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="379"/>
        <source>Reopen…</source>
        <translation>重新开启…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="381"/>
        <source>Decided…</source>
        <translation>已有结论…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="395"/>
        <source>Edit {field}</source>
        <translation>修改{field}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="483"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="504"/>
        <source>Evidence ({n})</source>
        <translation>证据（{n}）</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="535"/>
        <source>Analysis ({n})</source>
        <translation>分析（{n}）</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="547"/>
        <source>This case is closed: reopen it (giving a reason) to change it.</source>
        <translation>本案已结案：如需修改，请先重新打开（需说明理由）。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="549"/>
        <source>Read only: your role may look at cases but not change them.</source>
        <translation>只读：您的角色可以查看案件，但不能修改。</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="597"/>
        <source>Reopen {number}</source>
        <translation>重新开启 {number}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="598"/>
        <source>Why is this case being reopened?</source>
        <translation>为什么要重新开启此案件？</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="609"/>
        <source>Stage not changed</source>
        <translation>阶段未变更</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="183"/>
        <source>Choose the bundle</source>
        <translation>选择同步包</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="184"/>
        <source>The whole bundle is checked before anything is shown or changed.</source>
        <translation>在显示或更改任何内容之前，会先完整检查整个同步包。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="189"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="193"/>
        <source>Bundle:</source>
        <translation>同步包：</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="196"/>
        <source>only for a protected bundle</source>
        <translation>仅用于受保护的同步包</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="197"/>
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="202"/>
        <source>Import bundle</source>
        <translation>导入同步包</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="203"/>
        <source>Workbench bundles ({pattern})</source>
        <translation>工作台同步包 ({pattern})</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="216"/>
        <source>Checking the bundle…</source>
        <translation>正在检查同步包…</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../workbench/domain/columns.py" line="31"/>
        <source>Case no.</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/columns.py" line="32"/>
        <source>Client</source>
        <translation>投保人</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/columns.py" line="33"/>
        <source>Insured</source>
        <translation>被保险人</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/columns.py" line="34"/>
        <source>Insurer</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/columns.py" line="35"/>
        <source>Policy no.</source>
        <translation>保单号</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/columns.py" line="36"/>
        <source>Claim no.</source>
        <translation>理赔案号</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/columns.py" line="37"/>
        <source>Dispute</source>
        <translation>争议类型</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/columns.py" line="38"/>
        <source>Decision</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/columns.py" line="39"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/columns.py" line="40"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/columns.py" line="41"/>
        <source>Assignee</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/columns.py" line="42"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/columns.py" line="43"/>
        <source>Claimed (CNY)</source>
        <translation>申请金额（元）</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/columns.py" line="44"/>
        <source>Offered (CNY)</source>
        <translation>给付金额（元）</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/columns.py" line="45"/>
        <source>Paid (CNY)</source>
        <translation>最终赔付（元）</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/columns.py" line="46"/>
        <source>Decision date</source>
        <translation>结论日期</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/columns.py" line="47"/>
        <source>Opened</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/columns.py" line="48"/>
        <source>Closed</source>
        <translation>结案日期</translation>
    </message>
</context>
<context>
    <name>ConflictPage</name>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="276"/>
        <source>Keep mine</source>
        <translation>保留本机</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="277"/>
        <source>Take theirs</source>
        <translation>采用对方</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="278"/>
        <source>Keep both (mine, then theirs)</source>
        <translation>两者都保留（本机在前，对方在后）</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="288"/>
        <source>Settle the conflicts</source>
        <translation>解决冲突</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="289"/>
        <source>These fields were changed on both workstations. Nothing is decided by which change was later: choose for each. ⚠ marks amounts, decisions and outcomes.</source>
        <translation>以下字段在两个工作站上都被修改过。不按修改先后自动决定：请逐项选择。⚠ 标示金额、决定和结果。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="292"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="295"/>
        <source>Keep all mine</source>
        <translation>全部保留本机</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="296"/>
        <source>Take all theirs</source>
        <translation>全部采用对方</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="305"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="305"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="305"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="305"/>
        <source>Mine</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="306"/>
        <source>Theirs</source>
        <translation>对方</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="306"/>
        <source>Choice</source>
        <translation>选择</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="316"/>
        <source>Mine (this workstation)</source>
        <translation>本机（本工作站）</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="317"/>
        <source>Theirs (the bundle)</source>
        <translation>对方（同步包）</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="342"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../ui/app.py" line="90"/>
        <source>Already open</source>
        <translation>数据库已打开</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="91"/>
        <source>{path} is already open in another workbench window on this computer. Use that window, or close it first.</source>
        <translation>{path} 已在本机另一个工作台窗口中打开。请使用那个窗口，或先将其关闭。</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="102"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../../ui/dashboard.py" line="58"/>
        <source>Outcome dashboard</source>
        <translation>复议结果看板</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="69"/>
        <source>Opened between</source>
        <translation>立案日期介于</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="76"/>
        <source>Claims and underwriting</source>
        <translation>核赔与核保</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="77"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="81"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="81"/>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="81"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="87"/>
        <source>Slice by</source>
        <translation>分组方式</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="105"/>
        <source>Outcomes by insurer</source>
        <translation>各保险公司的结果</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="106"/>
        <source>Conclusion changed, by month opened</source>
        <translation>按立案月份的改变结论率</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="107"/>
        <source>Recovered by insurer</source>
        <translation>各保险公司的挽回金额</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="139"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="158"/>
        <source>{opened} cases opened, {decided} decided: conclusion changed in {rate} ({changed} of {decided}). Click any number to list its cases.</source>
        <translation>立案 {opened} 件，已有结论 {decided} 件：改变结论率 {rate}（{decided} 件中 {changed} 件）。点击任一数字可列出对应案件。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="205"/>
        <source>Conclusion changed (%)</source>
        <translation>改变结论率（%）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="226"/>
        <source>Recovered (10,000 CNY)</source>
        <translation>挽回金额（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="261"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="261"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="262"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="263"/>
        <source>Export the report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="285"/>
        <source>Writing {name}…</source>
        <translation>正在写入 {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="266"/>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="266"/>
        <source>The report was written to {path}.</source>
        <translation>报告已保存到 {path}。</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="26"/>
        <source>open</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="27"/>
        <source>due within 3 days</source>
        <translation>3 天内到期</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="28"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="29"/>
        <source>kept</source>
        <translation>已遵守</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="30"/>
        <source>missed</source>
        <translation>已错过</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="33"/>
        <source>The insurer asked for documents more than once (Art. 22: everything missing at once)</source>
        <translation>保险公司多次索要材料（第二十二条要求一次性通知补充）</translation>
    </message>
</context>
<context>
    <name>DeadlinesPanel</name>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="63"/>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="63"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="63"/>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="63"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="64"/>
        <source>Counted from</source>
        <translation>起算日期</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="64"/>
        <source>Paused days</source>
        <translation>暂停天数</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="64"/>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="71"/>
        <source>The insurer asked for documents…</source>
        <translation>保险公司索要材料…</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="72"/>
        <source>Documents given…</source>
        <translation>已提供材料…</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="84"/>
        <source>Documents the insurer asked for (the decision clock pauses meanwhile)</source>
        <translation>保险公司索要的材料（期间核定时限暂停计算）</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="102"/>
        <source>the last round</source>
        <translation>最近一次沟通</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="111"/>
        <source>Legal basis of these clocks: {laws}. Their dates are on the Case tab.</source>
        <translation>以上时限的法律依据：{laws}。起算日期见“案件”页。</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="112"/>
        <source>The dates the clocks count from are on the Case tab.</source>
        <translation>时限的起算日期见“案件”页。</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="115"/>
        <source>not yet</source>
        <translation>尚未提供</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="116"/>
        <source>Asked {asked}: {what} — given {given}</source>
        <translation>{asked} 索要：{what} — 提供日期 {given}</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="124"/>
        <source>Date (YYYY-MM-DD):</source>
        <translation>日期（YYYY-MM-DD）：</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="131"/>
        <source>“{text}” is not a date.</source>
        <translation>“{text}”不是日期。</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="137"/>
        <location filename="../../ui/deadlines_panel.py" line="140"/>
        <source>The insurer asked for documents</source>
        <translation>保险公司索要材料</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="140"/>
        <source>Which documents?</source>
        <translation>哪些材料？</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="149"/>
        <location filename="../../ui/deadlines_panel.py" line="155"/>
        <source>Documents given</source>
        <translation>已提供材料</translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <location filename="../../ui/stage_dialogs.py" line="21"/>
        <source>Record the outcome</source>
        <translation>记录结果</translation>
    </message>
    <message>
        <location filename="../../ui/stage_dialogs.py" line="28"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/stage_dialogs.py" line="30"/>
        <source>Amount finally paid (CNY)</source>
        <translation>最终赔付金额（元）</translation>
    </message>
</context>
<context>
    <name>DeletedCasesDialog</name>
    <message>
        <location filename="../../ui/deleted_dialog.py" line="22"/>
        <source>Deleted cases</source>
        <translation>已删除的案件</translation>
    </message>
    <message>
        <location filename="../../ui/deleted_dialog.py" line="25"/>
        <source>Deleted cases are kept, with why and by whom (audit trail). A team lead, or the specialist a case is assigned to, can bring one back.</source>
        <translation>已删除的案件仍会保留，并记录删除理由和操作人（审计日志）。组长或案件经办专员可以将其恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/deleted_dialog.py" line="31"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../ui/deleted_dialog.py" line="31"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/deleted_dialog.py" line="31"/>
        <source>Insurer</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <location filename="../../ui/deleted_dialog.py" line="31"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/deleted_dialog.py" line="32"/>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <location filename="../../ui/deleted_dialog.py" line="32"/>
        <source>By</source>
        <translation>删除人</translation>
    </message>
    <message>
        <location filename="../../ui/deleted_dialog.py" line="32"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/deleted_dialog.py" line="39"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>DemoAction</name>
    <message>
        <location filename="../../ui/demo_action.py" line="17"/>
        <source>Writing a demo database with {count} cases…</source>
        <translation>正在生成包含 {count} 个案件的演示数据库…</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/dialog_parts.py" line="58"/>
        <source>Please check</source>
        <translation>请核对</translation>
    </message>
    <message>
        <location filename="../../ui/dialog_parts.py" line="59"/>
        <source>Is it right? Yes saves it as it is.</source>
        <translation>确认无误吗？选择“是”将按原样保存。</translation>
    </message>
</context>
<context>
    <name>DueDialog</name>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="166"/>
        <source>Due and overdue</source>
        <translation>到期与逾期</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="171"/>
        <source> days ahead</source>
        <translation> 天内</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="173"/>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="178"/>
        <source>{name} (me)</source>
        <translation>{name}（我）</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="190"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="191"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="208"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="208"/>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="208"/>
        <source>Case no.</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="208"/>
        <source>Assignee</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="208"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="209"/>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="209"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="239"/>
        <source>Due and overdue — as of {today}</source>
        <translation>到期与逾期 —— 截至 {today}</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="245"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="245"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="250"/>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="250"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="186"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="209"/>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines_panel.py" line="226"/>
        <source>{n} deadlines, {overdue} overdue. Double-click to open the case.</source>
        <translation>共 {n} 项期限，其中 {overdue} 项已逾期。双击可打开案件。</translation>
    </message>
</context>
<context>
    <name>EditPersonDialog</name>
    <message>
        <location filename="../../ui/team_dialog.py" line="91"/>
        <source>Edit {name}</source>
        <translation>编辑 {name}</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="95"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="98"/>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="100"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="105"/>
        <source>Member of staff:</source>
        <translation>团队成员：</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="109"/>
        <source>Active (may be given new cases)</source>
        <translation>在职（可分配新案件）</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="112"/>
        <source>Title (letters):</source>
        <translation>职务（函件）：</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="113"/>
        <source>Phone (letters):</source>
        <translation>电话（函件）：</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="114"/>
        <source>E-mail:</source>
        <translation>电子邮箱：</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../ui/error_dialog.py" line="29"/>
        <source>Something went wrong. Your data is safe: the last change was not saved if it could not be completed. Details were written to the log.</source>
        <translation>出现了意外错误。您的数据是安全的：未能完成的最后一次修改不会被保存。详细信息已写入日志。</translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="34"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../workbench/cli.py" line="283"/>
        <source>There is no database at {path}. Create one with “workbench demo --db {path}” or start the app.</source>
        <translation>{path} 处没有数据库。请用“workbench demo --db {path}”创建，或先启动程序。</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="339"/>
        <location filename="../../workbench/cli.py" line="738"/>
        <source>No insurer&apos;s name contains “{name}”.</source>
        <translation>没有名称包含“{name}”的保险公司。</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="341"/>
        <location filename="../../workbench/cli.py" line="455"/>
        <location filename="../../workbench/cli.py" line="740"/>
        <location filename="../../workbench/cli.py" line="884"/>
        <source>No staff member&apos;s name contains “{name}”.</source>
        <translation>没有姓名包含“{name}”的员工。</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="391"/>
        <location filename="../../workbench/cli_access.py" line="155"/>
        <location filename="../../workbench/cli_sync.py" line="85"/>
        <source>There is no case {number}.</source>
        <translation>没有编号为 {number} 的案件。</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="495"/>
        <source>“{text}” is neither yes nor no.</source>
        <translation>“{text}”既不是“是”也不是“否”。</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="500"/>
        <location filename="../../workbench/cli.py" line="855"/>
        <source>“{text}” is not a date (YYYY-MM-DD).</source>
        <translation>“{text}”不是日期（格式 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="504"/>
        <source>“{text}” is not a record id.</source>
        <translation>“{text}”不是记录编号。</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="511"/>
        <source>“{text}” is not one of: {choices}.</source>
        <translation>“{text}”不是以下之一：{choices}。</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="629"/>
        <source>Name the case, e.g. FY-2026-0001.</source>
        <translation>请指定案件，例如 FY-2026-0001。</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="862"/>
        <source>“{text}” is not a point number and status.</source>
        <translation>“{text}”不是要点编号和状态。</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="950"/>
        <source>Say where to write the letter (--out FILE.pdf).</source>
        <translation>请指定函件的保存位置（--out 文件.pdf）。</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="957"/>
        <source>Case {number} has no issued letter version {version}.</source>
        <translation>案件 {number} 没有第 {version} 版已出具的函件。</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/money.py" line="31"/>
        <source>“{text}” is not an amount of money.</source>
        <translation>“{text}”不是有效的金额。</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/money.py" line="35"/>
        <location filename="../../workbench/services/cases.py" line="48"/>
        <location filename="../../workbench/services/rounds.py" line="36"/>
        <source>An amount must be zero or more, not “{text}”.</source>
        <translation>金额必须大于或等于零，而不是“{text}”。</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/money.py" line="40"/>
        <source>An amount has at most two decimals: “{text}”.</source>
        <translation>金额最多保留两位小数：“{text}”。</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/money.py" line="44"/>
        <source>The amount “{text}” is too large.</source>
        <translation>金额“{text}”过大。</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/resident_id.py" line="26"/>
        <source>A resident ID number has 18 characters; this one has {count}.</source>
        <translation>居民身份证号码应为 18 位，此号码为 {count} 位。</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/resident_id.py" line="32"/>
        <source>Character {position} of the resident ID number must be a digit, not “{char}”.</source>
        <translation>居民身份证号码第 {position} 位应为数字，而不是“{char}”。</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/resident_id.py" line="38"/>
        <source>The last character of the resident ID number must be a digit or X, not “{char}”.</source>
        <translation>居民身份证号码最后一位应为数字或 X，而不是“{char}”。</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/resident_id.py" line="44"/>
        <source>Digits 7 to 14 of the resident ID number ({digits}) are not a valid date of birth.</source>
        <translation>居民身份证号码第 7 至 14 位（{digits}）不是有效的出生日期。</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/resident_id.py" line="50"/>
        <source>The check digit (character 18) of the resident ID number should be {expected}, not {actual}: one of the digits is wrong.</source>
        <translation>居民身份证号码的校验码（第 18 位）应为 {expected}，而不是 {actual}：有数字录入错误。</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/stages.py" line="49"/>
        <source>A case cannot move from “{source}” to “{target}”.</source>
        <translation>案件不能从“{source}”转到“{target}”。</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/stages.py" line="55"/>
        <source>Choose the outcome before marking the case decided.</source>
        <translation>标记为已有结论前，请先选择结果。</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/stages.py" line="57"/>
        <source>An outcome is recorded only when the case is decided.</source>
        <translation>只有案件有结论时才记录结果。</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/stages.py" line="59"/>
        <source>Reopening a case needs a reason.</source>
        <translation>重新开启案件需要填写原因。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/cases.py" line="55"/>
        <source>“{later}” ({later_date}) cannot be before “{earlier}” ({earlier_date}).</source>
        <translation>“{later}”（{later_date}）不能早于“{earlier}”（{earlier_date}）。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/cases.py" line="56"/>
        <source>“{what}” ({value}) cannot be in the future.</source>
        <translation>“{what}”（{value}）不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/cases.py" line="58"/>
        <source>Date of the insured event</source>
        <translation>出险日期</translation>
    </message>
    <message>
        <location filename="../../workbench/services/cases.py" line="59"/>
        <source>Claim submitted</source>
        <translation>提出索赔日期</translation>
    </message>
    <message>
        <location filename="../../workbench/services/cases.py" line="60"/>
        <source>Decision date</source>
        <translation>结论日期</translation>
    </message>
    <message>
        <location filename="../../workbench/services/cases.py" line="61"/>
        <source>Decision received</source>
        <translation>收到结论</translation>
    </message>
    <message>
        <location filename="../../workbench/services/cases.py" line="62"/>
        <source>Documents complete</source>
        <translation>材料齐全日期</translation>
    </message>
    <message>
        <location filename="../../workbench/services/cases.py" line="64"/>
        <source>{what} ({amount}) is more than the amount claimed ({claimed}). Check it, or confirm it is right.</source>
        <translation>{what}（{amount}）高于申请金额（{claimed}）。请核对，或确认无误。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/cases.py" line="66"/>
        <source>The amount offered</source>
        <translation>保险公司给付金额</translation>
    </message>
    <message>
        <location filename="../../workbench/services/cases.py" line="67"/>
        <source>The amount paid</source>
        <translation>最终赔付金额</translation>
    </message>
    <message>
        <location filename="../../workbench/services/cases.py" line="121"/>
        <source>Choose the insurer.</source>
        <translation>请选择保险公司。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/cases.py" line="152"/>
        <source>Only a team lead assigns cases to specialists.</source>
        <translation>只有组长可以将案件分配给专员。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/cases.py" line="153"/>
        <source>Your account is not linked to a member of staff, so a new case could not be yours. Ask the administrator to link it (File → Team…).</source>
        <translation>您的账户未关联团队成员，新案件无法归您负责。请管理员关联（文件 → 团队…）。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/cases.py" line="310"/>
        <source>Only a team lead, or the specialist the case is assigned to, may delete or restore case {number}.</source>
        <translation>只有组长或本案经办专员可以删除或恢复案件 {number}。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/cases.py" line="312"/>
        <source>Say why the case is deleted (at least a few words); the reason is recorded.</source>
        <translation>请说明删除本案的理由（至少几个字）；理由会被记录。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/analysis.py" line="77"/>
        <source>This document has no text layer (a scan?). Type or paste the notice instead.</source>
        <translation>此文件没有文字层（扫描件？）。请手动输入或粘贴通知内容。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/analysis.py" line="130"/>
        <source>A point needs the insurer&apos;s argument (the quote).</source>
        <translation>要点需要填写保险公司的理由（原文）。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/analysis.py" line="138"/>
        <source>The selected passage is not in the notice.</source>
        <translation>所选内容不在通知书中。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/analysis.py" line="152"/>
        <source>Point {n} was changed elsewhere since you opened it. Reload it and try again.</source>
        <translation>您打开后，要点 {n} 已在别处被修改。请重新载入后再试。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/analysis.py" line="166"/>
        <source>Unknown legal basis: {codes}.</source>
        <translation>未知的法律依据：{codes}。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/analysis.py" line="174"/>
        <source>A cited page does not belong to this case.</source>
        <translation>引用的页面不属于本案。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/analysis.py" line="201"/>
        <source>There is no such point.</source>
        <translation>没有这个要点。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/analysis.py" line="234"/>
        <source>Choose at least two points to merge.</source>
        <translation>请至少选择两个要点进行合并。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/analysis.py" line="238"/>
        <source>Only points of the same case can be merged.</source>
        <translation>只能合并同一案件的要点。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/analysis.py" line="260"/>
        <source>Split the quote somewhere inside it.</source>
        <translation>请在原文中间的位置拆分。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/analysis.py" line="301"/>
        <location filename="../../workbench/services/cases.py" line="182"/>
        <location filename="../../workbench/services/evidence.py" line="396"/>
        <location filename="../../workbench/services/parties.py" line="26"/>
        <location filename="../../workbench/services/parties.py" line="37"/>
        <location filename="../../workbench/services/team.py" line="44"/>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="525"/>
        <location filename="../../workbench/services/records.py" line="44"/>
        <location filename="../../workbench/services/team.py" line="39"/>
        <source>These fields cannot be edited: {fields}.</source>
        <translation>以下字段不能修改：{fields}。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/cases.py" line="237"/>
        <source>Case {number} was changed elsewhere since you opened it. Reload it and apply your edits again.</source>
        <translation>您打开案件 {number} 后，它已在别处被修改。请重新载入后再次修改。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/demo.py" line="179"/>
        <source>The number of cases must be at least 1.</source>
        <translation>案件数量至少为 1。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/demo.py" line="181"/>
        <source>{path} already exists. Choose another file or use --replace to overwrite it.</source>
        <translation>{path} 已存在。请选择其他文件，或使用 --replace 覆盖。</translation>
    </message>
    <message>
        <location filename="../../workbench/errors.py" line="83"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未做任何修改。</translation>
    </message>
    <message>
        <location filename="../../workbench/errors.py" line="99"/>
        <source>there is no such file or folder</source>
        <translation>没有这个文件或文件夹</translation>
    </message>
    <message>
        <location filename="../../workbench/errors.py" line="100"/>
        <location filename="../../workbench/errors.py" line="101"/>
        <source>you may not open it (permissions)</source>
        <translation>没有打开它的权限</translation>
    </message>
    <message>
        <location filename="../../workbench/errors.py" line="102"/>
        <source>it is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <location filename="../../workbench/errors.py" line="103"/>
        <source>a part of the path is not a folder</source>
        <translation>路径中有一部分不是文件夹</translation>
    </message>
    <message>
        <location filename="../../workbench/errors.py" line="104"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../../workbench/errors.py" line="105"/>
        <source>the disk is read-only</source>
        <translation>磁盘为只读</translation>
    </message>
    <message>
        <location filename="../../workbench/errors.py" line="107"/>
        <source>Cannot use {path}: {why}.</source>
        <translation>无法使用 {path}：{why}。</translation>
    </message>
    <message>
        <location filename="../../workbench/storage/database.py" line="48"/>
        <source>{path} was written by a newer version of the workbench (schema {revision}). Install the newer version to open it; the file has not been changed.</source>
        <translation>{path} 由更新版本的工作台写入（结构版本 {revision}）。请安装新版本后再打开；该文件未被改动。</translation>
    </message>
    <message>
        <location filename="../../workbench/storage/database.py" line="55"/>
        <source>{path} is an SQLite file but not a workbench database; it has not been changed.</source>
        <translation>{path} 是 SQLite 文件，但不是工作台数据库；该文件未被改动。</translation>
    </message>
    <message>
        <location filename="../../workbench/storage/schema.py" line="52"/>
        <source>{path} is not a workbench database or is damaged ({detail}).</source>
        <translation>{path} 不是工作台数据库，或文件已损坏（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/parties.py" line="75"/>
        <source>Only the specialist a case is assigned to, or a team lead, may change this person&apos;s details.</source>
        <translation>只有案件的承办专员或组长可以修改此人的信息。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/parties.py" line="96"/>
        <source>{name}&apos;s details were changed elsewhere since you opened them. Reload and try again.</source>
        <translation>您打开后，{name} 的资料已在别处被修改。请重新载入后再试。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/parties.py" line="106"/>
        <source>Nobody you may see has ID number {number}.</source>
        <translation>在您可查看的人员中，没有证件号码为 {number} 的人。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/parties.py" line="107"/>
        <source>Your role does not look people up by ID number.</source>
        <translation>您的角色不能按证件号码查找人员。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/records.py" line="22"/>
        <source>This record no longer exists; it may have been deleted on this or another workstation (record {table} #{id}).</source>
        <translation>此记录已不存在，可能已在本机或其他工作站被删除（记录 {table} #{id}）。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/checklist.py" line="35"/>
        <source>The evidence checklist {path} cannot be read ({detail}).</source>
        <translation>无法读取证据清单 {path}（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/evidence.py" line="52"/>
        <source>The file size limit must be at least 1 byte.</source>
        <translation>文件大小限制至少为 1 字节。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/evidence.py" line="296"/>
        <source>Enclosure {no} was changed elsewhere since you opened it. Reload it and try again.</source>
        <translation>您打开后，附件{no}已在别处被修改。请重新载入后再试。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/evidence.py" line="320"/>
        <source>Enclosure {no} was purged: its file is gone and it cannot be restored.</source>
        <translation>附件{no}已被彻底清除：文件已删除，无法恢复。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/evidence.py" line="335"/>
        <source>Purging a file needs an explicit confirmation.</source>
        <translation>彻底清除文件需要明确确认。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/evidence.py" line="337"/>
        <source>Say why the file is purged.</source>
        <translation>请说明清除文件的原因。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/evidence.py" line="341"/>
        <source>Remove enclosure {no} from the case before purging its file.</source>
        <translation>请先将附件{no}从案件中移除，再彻底清除其文件。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/evidence.py" line="381"/>
        <source>“{code}” is not a known evidence type.</source>
        <translation>“{code}”不是已知的证据类型。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/evidence.py" line="400"/>
        <source>There is already an evidence type “{label}”.</source>
        <translation>已存在证据类型“{label}”。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/evidence.py" line="415"/>
        <source>Enclosure {no} cannot be read as a PDF (it is kept as it was received), so none of its pages can be cited. Attach a good copy and cite that.</source>
        <translation>附件 {no} 无法作为 PDF 读取（已按收到时的原样保留），因此不能引用其中任何一页。请附上完好的副本并引用该副本。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/evidence.py" line="420"/>
        <source>Enclosure {no} has {pages} page(s); there is no page {page}.</source>
        <translation>附件{no}共 {pages} 页，没有第 {page} 页。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/evidence.py" line="424"/>
        <source>A highlighted region must lie on the page.</source>
        <translation>标注区域必须位于页面之内。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/evidence_view.py" line="21"/>
        <source>Documents may hold health information, which auditors do not see; their descriptions and dates remain.</source>
        <translation>文件可能含有健康信息，审计人员不可查看；其说明和日期仍可见。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/evidence_view.py" line="23"/>
        <source>The documents of a case assigned to someone else hold its people&apos;s personal data in full: ask the team lead or the specialist of the case.</source>
        <translation>他人经办案件的材料包含当事人的完整个人信息：请联系组长或该案经办人。</translation>
    </message>
    <message>
        <location filename="../../workbench/storage/blobs.py" line="103"/>
        <source>“{name}” could not be read: it is no longer there (moved or deleted?).</source>
        <translation>无法读取“{name}”：文件已不存在（被移动或删除了？）。</translation>
    </message>
    <message>
        <location filename="../../workbench/storage/blobs.py" line="106"/>
        <source>“{name}” could not be read: permission denied.</source>
        <translation>无法读取“{name}”：没有访问权限。</translation>
    </message>
    <message>
        <location filename="../../workbench/storage/blobs.py" line="96"/>
        <source>“{name}” is not a file.</source>
        <translation>“{name}”不是文件。</translation>
    </message>
    <message>
        <location filename="../../workbench/storage/blobs.py" line="132"/>
        <source>“{name}” changed while it was being attached; nothing was attached. Try again.</source>
        <translation>添加“{name}”时文件发生了变化，未添加任何内容。请重试。</translation>
    </message>
    <message>
        <location filename="../../workbench/storage/blobs.py" line="271"/>
        <source>The disk is full: “{name}” was not attached and nothing was changed. Free some space and try again.</source>
        <translation>磁盘已满：“{name}”未能添加，所有内容均未改动。请腾出空间后重试。</translation>
    </message>
    <message>
        <location filename="../../workbench/storage/blobs.py" line="274"/>
        <source>“{name}” could not be stored: {detail}</source>
        <translation>无法保存“{name}”：{detail}</translation>
    </message>
    <message>
        <location filename="../../workbench/storage/blobs.py" line="280"/>
        <source>“{name}” is empty and was not attached.</source>
        <translation>“{name}”是空文件，未添加。</translation>
    </message>
    <message>
        <location filename="../../workbench/storage/blobs.py" line="282"/>
        <source>“{name}” is larger than the limit of {limit} MB and was not attached.</source>
        <translation>“{name}”超过 {limit} MB 的大小限制，未添加。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/rounds.py" line="31"/>
        <source>A round cannot be in the future.</source>
        <translation>沟通记录的时间不能晚于现在。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/rounds.py" line="33"/>
        <source>Say what was discussed in the round.</source>
        <translation>请说明本轮沟通的内容。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/rounds.py" line="51"/>
        <source>A point discussed does not belong to this case.</source>
        <translation>所讨论的要点不属于本案。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/rounds.py" line="78"/>
        <source>An attached item does not belong to this case.</source>
        <translation>所附材料不属于本案。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/rounds.py" line="133"/>
        <source>This round was changed elsewhere since you opened it. Reload it and try again.</source>
        <translation>您打开后，该轮沟通已在别处被修改。请重新载入后再试。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/deadlines.py" line="244"/>
        <source>Documents cannot be given before they were asked for.</source>
        <translation>材料提供日期不能早于索要日期。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/letter_pdf.py" line="16"/>
        <source>No Chinese font that can be embedded was found, so the letter cannot be issued. Install one (for example WenQuanYi Zen Hei or SimSun); a draft can still be printed.</source>
        <translation>未找到可嵌入的中文字体，无法正式出具函件。请安装一种中文字体（例如文泉驿正黑或宋体）；草稿仍可打印。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/letter_issue.py" line="62"/>
        <source>Letters need a team lead&apos;s approval before they are issued. Say who approved this one.</source>
        <translation>函件出具前需经组长审批，请注明审批人。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/letter_issue.py" line="65"/>
        <source>A letter cannot be approved by the person who issues it.</source>
        <translation>出具人不能审批自己出具的函件。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/letter_issue.py" line="68"/>
        <source>{name} is not an active member of staff.</source>
        <translation>{name} 不是在职员工。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/letter_issue.py" line="126"/>
        <source>Issued letter version {version} has been altered: its contents no longer match the fingerprint taken when it was issued.</source>
        <translation>已出具函件第 {version} 版已被改动：其内容与出具时记录的指纹不一致。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/letters.py" line="61"/>
        <source>The letter templates {path} cannot be used ({detail}).</source>
        <translation>函件模板 {path} 无法使用（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/letters.py" line="85"/>
        <source>The logo {path} cannot be read ({detail}).</source>
        <translation>无法读取标志图片 {path}（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/letters.py" line="88"/>
        <source>The logo must be a PNG or JPEG image of at most 2 MB.</source>
        <translation>标志须为不超过 2 MB 的 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/apply.py" line="33"/>
        <source>{count} conflicting fields have no choice yet; nothing was imported.</source>
        <translation>还有 {count} 个冲突字段未作选择；未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/apply.py" line="34"/>
        <source>“Keep both” is only possible for text; field {name} is not text.</source>
        <translation>“两者都保留”只适用于文字；字段 {name} 不是文字。</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/format.py" line="43"/>
        <source>“{name}” is not a workbench bundle, or it was cut off while being copied ({detail}). Nothing was imported.</source>
        <translation>“{name}”不是工作台同步包，或在复制时被截断（{detail}）。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/format.py" line="45"/>
        <source>The bundle holds a member named “{member}”, which a bundle may not have ({why}). It was refused; nothing was imported.</source>
        <translation>同步包中含有名为“{member}”的成员，同步包不允许这样的成员（{why}）。已拒绝该同步包；未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/format.py" line="47"/>
        <source>The bundle is damaged: “{member}” {why}. It was refused; nothing was imported.</source>
        <translation>同步包已损坏：“{member}”{why}。已拒绝该同步包；未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/format.py" line="49"/>
        <source>The bundle was refused because {why} (a limit that protects this computer). Nothing was imported.</source>
        <translation>已拒绝该同步包，因为{why}（此限制用于保护本机）。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/format.py" line="51"/>
        <source>The bundle is damaged: “{member}” is not valid data ({why}). It was refused; nothing was imported.</source>
        <translation>同步包已损坏：“{member}”不是有效数据（{why}）。已拒绝该同步包；未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/format.py" line="53"/>
        <source>The bundle holds an invalid record ({kind} {uuid}): {why}. It was refused; nothing was imported.</source>
        <translation>同步包中有无效记录（{kind} {uuid}）：{why}。已拒绝该同步包；未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/format.py" line="55"/>
        <source>The bundle was written by a newer version of the workbench (bundle format {version}; this version reads up to {known}). Install the newer version to import it; nothing was imported.</source>
        <translation>该同步包由更新版本的工作台生成（同步包格式 {version}；本版本最高可读 {known}）。请安装新版本后再导入；未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/format.py" line="57"/>
        <source>This bundle is protected by a passphrase. Enter it to import the bundle.</source>
        <translation>该同步包受口令保护。请输入口令以导入。</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/format.py" line="58"/>
        <source>The passphrase is wrong, or the protected bundle was altered or damaged. Nothing was imported.</source>
        <translation>口令不正确，或受保护的同步包已被改动或损坏。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/plan.py" line="36"/>
        <source>its UUID already belongs to a different kind of record here</source>
        <translation>其 UUID 在本机已属于另一类记录</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/plan.py" line="37"/>
        <source>it refers to a record that is neither in the bundle nor here</source>
        <translation>它引用的记录既不在同步包中，也不在本机</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/plan.py" line="38"/>
        <source>it claims changes made on this workstation that this workstation never made (a forged or mixed-up bundle)</source>
        <translation>它声称包含本工作站所做的修改，而本工作站从未做过这些修改（伪造或弄混的同步包）</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/reader.py" line="46"/>
        <source>it climbs out of its folder with “..”</source>
        <translation>它用“..”跳出所在文件夹</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/reader.py" line="47"/>
        <source>it is an absolute path</source>
        <translation>它是绝对路径</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/reader.py" line="48"/>
        <source>it names a drive</source>
        <translation>它指定了盘符</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/reader.py" line="49"/>
        <source>it contains a NUL character</source>
        <translation>它含有 NUL 字符</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/reader.py" line="50"/>
        <source>it is a symbolic link</source>
        <translation>它是符号链接</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/reader.py" line="51"/>
        <source>the name appears twice</source>
        <translation>名称重复出现</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/reader.py" line="52"/>
        <source>the format has no such member</source>
        <translation>格式中没有这种成员</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/reader.py" line="53"/>
        <source>it is stored in a way the format does not use</source>
        <translation>其存储方式不符合格式</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/reader.py" line="54"/>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/reader.py" line="55"/>
        <source>is not listed in the manifest</source>
        <translation>未列在清单中</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/reader.py" line="56"/>
        <source>does not have the size the manifest gives</source>
        <translation>的大小与清单不符</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/reader.py" line="57"/>
        <source>does not have the SHA-256 the manifest gives</source>
        <translation>的 SHA-256 与清单不符</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/reader.py" line="58"/>
        <source>fails its checksum</source>
        <translation>校验和不符</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/reader.py" line="59"/>
        <source>is not a manifest of this format</source>
        <translation>不是本格式的清单</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/reader.py" line="60"/>
        <source>it is not a zip archive</source>
        <translation>它不是 zip 压缩包</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/reader.py" line="61"/>
        <source>the same UUID is used for two records</source>
        <translation>同一 UUID 被两条记录使用</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/reader.py" line="62"/>
        <source>the file it needs is not in the bundle</source>
        <translation>它所需的文件不在同步包中</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/reader.py" line="63"/>
        <source>it has more members than any bundle needs</source>
        <translation>其成员数量超出任何同步包的需要</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/reader.py" line="64"/>
        <source>a member unpacks to more than the largest file allowed</source>
        <translation>某个成员解压后超过允许的最大文件大小</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/reader.py" line="65"/>
        <source>it unpacks to more than the total allowed</source>
        <translation>解压后的总量超过允许值</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/reader.py" line="66"/>
        <source>a member unpacks to far more than it takes in the file (a “zip bomb”)</source>
        <translation>某个成员解压后远大于其在文件中所占大小（“压缩炸弹”）</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/reader.py" line="67"/>
        <source>This is a de-identified bundle, made for sharing outside the team: its people are masked, so it cannot be imported. Nothing was imported.</source>
        <translation>这是供团队外部共享的去标识化同步包：其中的人员信息已脱敏，不能导入。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/reader.py" line="69"/>
        <source>The disk is full: the files of bundle “{name}” could not be unpacked. Nothing was imported; free some space and try again.</source>
        <translation>磁盘已满：无法解出同步包“{name}”中的文件。未导入任何内容；请腾出空间后重试。</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/reader.py" line="71"/>
        <source>a passphrase-protected bundle is larger than can be opened</source>
        <translation>受口令保护的同步包过大，无法打开</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/records.py" line="84"/>
        <source>its layout is not a record&apos;s</source>
        <translation>其结构不是记录的结构</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/records.py" line="85"/>
        <source>unknown kind of record</source>
        <translation>未知的记录类型</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/records.py" line="86"/>
        <source>missing or unknown fields</source>
        <translation>字段缺失或不可识别</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/records.py" line="87"/>
        <source>a field holds a value of the wrong type or size</source>
        <translation>某个字段的值类型或长度不正确</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/records.py" line="88"/>
        <source>a field holds a code this version does not know</source>
        <translation>某个字段的代码本版本无法识别</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/records.py" line="89"/>
        <source>its version information is invalid</source>
        <translation>其版本信息无效</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/strict_json.py" line="17"/>
        <source>not UTF-8 text</source>
        <translation>不是 UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/strict_json.py" line="18"/>
        <source>a key appears twice</source>
        <translation>某个键重复出现</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/strict_json.py" line="19"/>
        <source>NaN or Infinity</source>
        <translation>含 NaN 或 Infinity</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/strict_json.py" line="20"/>
        <source>a number too large</source>
        <translation>数字过大</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/strict_json.py" line="21"/>
        <source>nested too deeply</source>
        <translation>嵌套过深</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/strict_json.py" line="22"/>
        <source>syntax error</source>
        <translation>语法错误</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/writer.py" line="29"/>
        <source>The disk is full: the bundle could not be written to {path}. Nothing was left behind and nothing was changed; free some space and try again.</source>
        <translation>磁盘已满：无法将同步包写入 {path}。未留下任何残余文件，也未做任何更改；请腾出空间后重试。</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/writer.py" line="31"/>
        <source>The bundle could not be written to {path}: {detail}. Nothing was changed.</source>
        <translation>无法将同步包写入 {path}：{detail}。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/writer.py" line="32"/>
        <source>Evidence file “{name}” of case {case} is missing or altered in this workstation&apos;s evidence store, so it cannot be exported. Run “Check evidence files” to see which files are affected.</source>
        <translation>案件 {case} 的证据文件“{name}”在本机证据库中缺失或已被改动，无法导出。请运行“检查证据文件”查看受影响的文件。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/sync.py" line="40"/>
        <source>Cases changed on this workstation while the import was being reviewed, and the conflicts are now different. Nothing was imported; start the import again to review them.</source>
        <translation>在审阅导入期间，本机的案件发生了变化，冲突已不同。未导入任何内容；请重新开始导入并再次审阅。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/sync.py" line="149"/>
        <source>Your role may only make de-identified exports (people masked, no health information).</source>
        <translation>您的角色只能导出去标识化的同步包（人员信息脱敏，不含健康信息）。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/sync.py" line="151"/>
        <source>The bundle would carry the personal data of {n} cases not assigned to you. Export your own cases, ask a team lead, or make a de-identified export.</source>
        <translation>该同步包会带出 {n} 个非您承办案件的个人信息。请只导出您承办的案件、请组长导出，或导出去标识化的同步包。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/sync.py" line="154"/>
        <source>Your role may not import bundles: importing changes cases.</source>
        <translation>您的角色不能导入同步包：导入会修改案件。</translation>
    </message>
    <message>
        <location filename="../../workbench/cli_sync.py" line="54"/>
        <source>A passphrase is needed: type it at the prompt, or set {env} for scripts.</source>
        <translation>需要口令：请在提示处输入，脚本中可设置环境变量 {env}。</translation>
    </message>
    <message>
        <location filename="../../workbench/cli_sync.py" line="60"/>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>两次输入的口令不一致；未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../workbench/cli_sync.py" line="178"/>
        <source>“{item}” does not name a conflict of this bundle (KEY=mine|theirs|both; see --dry-run).</source>
        <translation>“{item}”不是本同步包中的冲突（格式 KEY=mine|theirs|both；请先用 --dry-run 查看）。</translation>
    </message>
    <message>
        <location filename="../../workbench/cli_access.py" line="19"/>
        <source>This database has accounts: say who you are with --user NAME (or {user_env}); the password is asked for, or taken from {password_env} in scripts.</source>
        <translation>此数据库设有账户：请用 --user 用户名（或 {user_env}）说明身份；密码会提示输入，脚本中可用 {password_env}。</translation>
    </message>
    <message>
        <location filename="../../workbench/cli_access.py" line="51"/>
        <source>No terminal to ask {user}&apos;s password on: give it in {password_env} (scripts), or run the command in a terminal.</source>
        <translation>没有可供输入 {user} 密码的终端：脚本中请通过 {password_env} 提供密码，或在终端中运行该命令。</translation>
    </message>
    <message>
        <location filename="../../workbench/cli_access.py" line="93"/>
        <source>Say which account (users {action} NAME).</source>
        <translation>请指明账户（users {action} 用户名）。</translation>
    </message>
    <message>
        <location filename="../../workbench/cli_access.py" line="128"/>
        <source>--head is SEQ:HASH, e.g. 1234:9f86d0…</source>
        <translation>--head 的格式为 序号:哈希，例如 1234:9f86d0…</translation>
    </message>
    <message>
        <location filename="../../workbench/services/accounts.py" line="23"/>
        <source>Only an administrator can manage accounts.</source>
        <translation>只有管理员可以管理账户。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/accounts.py" line="24"/>
        <source>The first account of a database must be its administrator.</source>
        <translation>数据库的第一个账户必须是管理员。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/accounts.py" line="25"/>
        <source>A password needs at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/accounts.py" line="26"/>
        <source>There is already an account named {user}.</source>
        <translation>已存在名为 {user} 的账户。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/accounts.py" line="27"/>
        <source>There is no account named {user}.</source>
        <translation>没有名为 {user} 的账户。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/accounts.py" line="28"/>
        <source>The last active administrator cannot be disabled.</source>
        <translation>不能停用最后一个启用中的管理员。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/accounts.py" line="29"/>
        <source>The last active administrator must stay an administrator.</source>
        <translation>最后一位在用的管理员必须保留管理员角色。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/accounts.py" line="66"/>
        <source>Give the account a user name.</source>
        <translation>请为账户设置用户名。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/accounts.py" line="81"/>
        <source>{name} already has an account ({user}); one person, one account.</source>
        <translation>{name} 已有账户（{user}）；一人只能有一个账户。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/accounts.py" line="116"/>
        <source>Give the account a name.</source>
        <translation>请为账户填写姓名。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/accounts.py" line="168"/>
        <source>Only an administrator can set another person&apos;s password.</source>
        <translation>只有管理员可以设置他人的密码。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/accounts.py" line="169"/>
        <source>The current password is not right; the password was not changed.</source>
        <translation>当前密码不正确；密码未更改。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/audit.py" line="24"/>
        <source>Only team leads, auditors and administrators may read the audit trail.</source>
        <translation>只有组长、审计人员和管理员可以查看审计日志。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/sign_in.py" line="27"/>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/sign_in.py" line="28"/>
        <source>Too many wrong passwords for {user}. Try again in {seconds} seconds.</source>
        <translation>{user} 的密码错误次数过多。请在 {seconds} 秒后重试。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/visibility.py" line="60"/>
        <source>Your role may not reveal masked personal data.</source>
        <translation>您的角色不能查看脱敏个人信息的明文。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/visibility.py" line="61"/>
        <source>Say why you need to see it (at least a few words); the reason is recorded.</source>
        <translation>请说明查看理由（至少几个字）；理由将被记录。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/visibility.py" line="72"/>
        <source>{field} is not a field that can be revealed.</source>
        <translation>{field} 不是可查看明文的字段。</translation>
    </message>
    <message>
        <location filename="../../workbench/storage/sync_hook.py" line="43"/>
        <source>Your role ({role}) may read cases but not change them.</source>
        <translation>您的角色（{role}）可以查看案件，但不能修改。</translation>
    </message>
    <message>
        <location filename="../../workbench/storage/sync_hook.py" line="44"/>
        <source>Only administrators and team leads may change settings.</source>
        <translation>只有管理员和组长可以修改设置。</translation>
    </message>
    <message>
        <location filename="../../workbench/storage/sync_hook.py" line="63"/>
        <source>Case {number} is closed: reopen it (giving a reason) before changing it.</source>
        <translation>案件 {number} 已结案：修改前请先重新打开（需说明理由）。</translation>
    </message>
    <message>
        <location filename="../../workbench/storage/sync_hook.py" line="101"/>
        <source>This field holds at most {limit} characters ({length} given).</source>
        <translation>此项最多 {limit} 个字符（输入了 {length} 个）。</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="59"/>
        <source>{field}: {message}</source>
        <translation>{field}：{message}</translation>
    </message>
    <message>
        <location filename="../../workbench/cli_team.py" line="49"/>
        <source>Say which member of staff (staff {action} NAME).</source>
        <translation>请指明哪位团队成员（staff {action} 姓名）。</translation>
    </message>
    <message>
        <location filename="../../workbench/cli_team.py" line="88"/>
        <source>No deleted case has the number {number}.</source>
        <translation>没有编号为 {number} 的已删除案件。</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/typed.py" line="23"/>
        <source>“{text}” is not a date: type it as 2023-03-01 or 20230301.</source>
        <translation>“{text}”不是日期：请输入 2023-03-01 或 20230301。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/team.py" line="19"/>
        <source>Only an administrator can change the team&apos;s members of staff.</source>
        <translation>只有管理员可以更改团队成员。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/team.py" line="21"/>
        <source>{field} may hold at most {n} characters.</source>
        <translation>{field}最多 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/team.py" line="22"/>
        <source>There is already an active member of staff called {name}.</source>
        <translation>已有一位名为 {name} 的在职团队成员。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/team.py" line="23"/>
        <source>No member of staff is called {name}.</source>
        <translation>没有名为 {name} 的团队成员。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/output_files.py" line="16"/>
        <source>{path} is a database (or one of its own files); nothing was written. Choose another file.</source>
        <translation>{path} 是数据库（或数据库自身的文件），未写入任何内容。请另选一个文件。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/output_files.py" line="18"/>
        <source>{path} is inside a database&apos;s evidence store; nothing was written. Choose a file elsewhere.</source>
        <translation>{path} 位于数据库的证据文件库内，未写入任何内容。请选择其他位置的文件。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/output_files.py" line="20"/>
        <source>{path} already exists; nothing was written. Choose another name, or add --force to replace it.</source>
        <translation>{path} 已存在，未写入任何内容。请换一个文件名，或加上 --force 覆盖它。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/output_files.py" line="22"/>
        <source>{path} is a folder; give the name of a file to write.</source>
        <translation>{path} 是文件夹，请给出要写入的文件名。</translation>
    </message>
    <message>
        <location filename="../../workbench/services/output_files.py" line="23"/>
        <source>The folder {folder} does not exist; nothing was written.</source>
        <translation>文件夹 {folder} 不存在，未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>EvidenceColumns</name>
    <message>
        <location filename="../../ui/evidence_model.py" line="20"/>
        <source>Encl.</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_model.py" line="21"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_model.py" line="22"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_model.py" line="23"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_model.py" line="24"/>
        <source>Document date</source>
        <translation>文件日期</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_model.py" line="25"/>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_model.py" line="26"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_model.py" line="27"/>
        <source>Added</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_model.py" line="28"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_model.py" line="29"/>
        <source>File check</source>
        <translation>文件校验</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_model.py" line="32"/>
        <source>intact</source>
        <translation>完好</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_model.py" line="33"/>
        <source>not checked</source>
        <translation>未校验</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_model.py" line="34"/>
        <source>⚠ file missing</source>
        <translation>⚠ 文件缺失</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_model.py" line="35"/>
        <source>⚠ file altered</source>
        <translation>⚠ 文件被改动</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_model.py" line="130"/>
        <source>The file says it is a PDF but cannot be read as one. It is kept exactly as received; its pages cannot be cited.</source>
        <translation>该文件标称为 PDF，但无法作为 PDF 读取。已按收到时的原样保留；其页面不能被引用。</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_model.py" line="138"/>
        <source>Encl. {no}</source>
        <translation>附件{no}</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_model.py" line="157"/>
        <source>⚠ cannot be read as a PDF</source>
        <translation>⚠ 无法作为 PDF 读取</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_model.py" line="159"/>
        <source>removed</source>
        <translation>已移除</translation>
    </message>
</context>
<context>
    <name>EvidenceMetaDialog</name>
    <message>
        <location filename="../../ui/evidence_dialogs.py" line="55"/>
        <source>New type…</source>
        <translation>新类型…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialogs.py" line="66"/>
        <source>Separate tags with commas</source>
        <translation>多个标签用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialogs.py" line="72"/>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialogs.py" line="73"/>
        <location filename="../../ui/evidence_dialogs.py" line="90"/>
        <source>Evidence type</source>
        <translation>证据类型</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialogs.py" line="73"/>
        <source>Type for all</source>
        <translation>统一类型</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialogs.py" line="75"/>
        <source>Each file</source>
        <translation>逐个文件</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialogs.py" line="76"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialogs.py" line="77"/>
        <source>Document date</source>
        <translation>文件日期</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialogs.py" line="78"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialogs.py" line="79"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialogs.py" line="90"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialogs.py" line="128"/>
        <source>New evidence type</source>
        <translation>新建证据类型</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialogs.py" line="128"/>
        <source>Name of the new type:</source>
        <translation>新类型的名称：</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../ui/evidence_panel.py" line="57"/>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="58"/>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="59"/>
        <location filename="../../ui/evidence_panel.py" line="310"/>
        <source>Paste image</source>
        <translation>粘贴图片</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="60"/>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="61"/>
        <source>Details…</source>
        <translation>详情…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="64"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="65"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="66"/>
        <source>Purge file…</source>
        <translation>彻底清除文件…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="67"/>
        <source>Move up in the enclosure order</source>
        <translation>附件顺序上移</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="68"/>
        <source>Move down in the enclosure order</source>
        <translation>附件顺序下移</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="74"/>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="77"/>
        <source>Words in the documents…</source>
        <translation>文件内容中的词语…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="79"/>
        <source>Show removed</source>
        <translation>显示已移除</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="89"/>
        <source>Drop files or folders here to attach them.</source>
        <translation>将文件或文件夹拖到这里即可添加。</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="94"/>
        <source>Delete citation</source>
        <translation>删除引用</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="111"/>
        <source>Usual documents for this decision</source>
        <translation>此类结论通常需要的材料</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="114"/>
        <source>Edit the lists…</source>
        <translation>编辑清单…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="116"/>
        <source>Citations</source>
        <translation>引用</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="148"/>
        <source>The documents of this case are not open to you, so neither is searching them.</source>
        <translation>您无权查看本案材料，因此也不能在其中搜索。</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="157"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="187"/>
        <source>Encl. {no}</source>
        <translation>附件{no}</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="188"/>
        <source>{type}: {enclosures}</source>
        <translation>{type}：{enclosures}</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="190"/>
        <source>{type}: still missing</source>
        <translation>{type}：尚缺</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="198"/>
        <source> (marked region)</source>
        <translation>（标注区域）</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="245"/>
        <source>Edit the lists</source>
        <translation>编辑清单</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="246"/>
        <source>The lists are in {path}. Save your changes there; they apply the next time the workbench starts.</source>
        <translation>清单位于 {path}。请在该文件中保存修改，下次启动工作台时生效。</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="266"/>
        <source>Attach files</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="271"/>
        <source>Attach a folder</source>
        <translation>添加文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="281"/>
        <source> and {n} more</source>
        <translation> 等另外 {n} 个</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="282"/>
        <source>Describe the new evidence</source>
        <translation>说明新添加的证据</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="299"/>
        <source>Attaching {n} item(s)…</source>
        <translation>正在添加 {n} 项…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="310"/>
        <source>The clipboard holds no image.</source>
        <translation>剪贴板中没有图片。</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="318"/>
        <source>Pasted image {time}.png</source>
        <translation>粘贴的图片 {time}.png</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="326"/>
        <source>Not attached</source>
        <translation>未添加</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="341"/>
        <source>{name} is already enclosure {no}</source>
        <translation>{name} 已是附件{no}</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="343"/>
        <source>These files are already in this case and were not added again:
{lines}</source>
        <translation>以下文件已在本案中，未重复添加：
{lines}</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="346"/>
        <source>These files are empty (0 bytes) and were skipped; the others were attached:
{lines}</source>
        <translation>以下文件为空（0 字节），已跳过；其余文件已添加：
{lines}</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="349"/>
        <source>Enclosure {no}: {name}</source>
        <translation>附件 {no}：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="351"/>
        <source>These files cannot be read as PDFs. They are kept exactly as received, but their pages cannot be cited; ask for a good copy:
{lines}</source>
        <translation>以下文件无法作为 PDF 读取。它们已按收到时的原样保留，但其页面不能被引用；请索取完好的副本：
{lines}</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="354"/>
        <source>Attached, with exceptions</source>
        <translation>已添加（有例外）</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="355"/>
        <source>Nothing attached</source>
        <translation>未添加任何文件</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="390"/>
        <source>Enclosure {no}: details</source>
        <translation>附件{no}：详情</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="415"/>
        <source>Purge the file of enclosure {no}</source>
        <translation>彻底清除附件{no}的文件</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="416"/>
        <source>The file will be deleted for good; the record of it stays. Why?</source>
        <translation>文件将被永久删除，但其记录会保留。原因是？</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="420"/>
        <source>Purge for good?</source>
        <translation>确定彻底清除？</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="421"/>
        <source>Delete “{name}” from the evidence store? This cannot be undone.</source>
        <translation>从证据库中删除“{name}”？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="436"/>
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
</context>
<context>
    <name>EvidenceTypes</name>
    <message>
        <location filename="../../workbench/domain/evidence.py" line="17"/>
        <source>Medical record</source>
        <translation>病历</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/evidence.py" line="18"/>
        <source>Discharge summary</source>
        <translation>出院小结</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/evidence.py" line="19"/>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/evidence.py" line="20"/>
        <source>Test report</source>
        <translation>检查报告</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/evidence.py" line="21"/>
        <source>Application form</source>
        <translation>投保单</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/evidence.py" line="22"/>
        <source>Health questionnaire</source>
        <translation>健康告知</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/evidence.py" line="23"/>
        <source>Policy terms</source>
        <translation>保险条款</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/evidence.py" line="24"/>
        <source>Insurer&apos;s decision letter</source>
        <translation>保险公司结论通知书</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/evidence.py" line="25"/>
        <source>Call recording</source>
        <translation>通话录音</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/evidence.py" line="26"/>
        <source>Chat screenshot</source>
        <translation>聊天截图</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/evidence.py" line="27"/>
        <source>Other insurer&apos;s underwriting conclusion</source>
        <translation>其他保险公司核保结论</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/evidence.py" line="28"/>
        <source>Other document</source>
        <translation>其他材料</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../ui/evidence_viewer.py" line="50"/>
        <source>Enclosure {no}: {name}</source>
        <translation>附件{no}：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_viewer.py" line="62"/>
        <source>The stored file is missing. Run “workbench verify” to check the store.</source>
        <translation>证据库中的文件缺失。请运行“workbench verify”检查证据库。</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_viewer.py" line="83"/>
        <source>Page </source>
        <translation>第 </translation>
    </message>
    <message>
        <location filename="../../ui/evidence_viewer.py" line="84"/>
        <source> of {n}</source>
        <translation> 页 / 共 {n} 页</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_viewer.py" line="88"/>
        <location filename="../../ui/evidence_viewer.py" line="200"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_viewer.py" line="89"/>
        <location filename="../../ui/evidence_viewer.py" line="201"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_viewer.py" line="90"/>
        <source>Fit width</source>
        <translation>适应宽度</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_viewer.py" line="92"/>
        <source>Cite this page…</source>
        <translation>引用此页…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_viewer.py" line="94"/>
        <location filename="../../ui/evidence_viewer.py" line="206"/>
        <source>Cite a region…</source>
        <translation>引用页面区域…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_viewer.py" line="97"/>
        <location filename="../../ui/evidence_viewer.py" line="234"/>
        <source>Search the text…</source>
        <translation>搜索文字…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_viewer.py" line="142"/>
        <source>{n} matches</source>
        <translation>找到 {n} 处</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_viewer.py" line="146"/>
        <source>Cite page {page}</source>
        <translation>引用第 {page} 页</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_viewer.py" line="147"/>
        <source>What does this page show? (optional)</source>
        <translation>这一页证明了什么？（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_viewer.py" line="173"/>
        <source>Cite a region of page {page}</source>
        <translation>引用第 {page} 页的区域</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_viewer.py" line="187"/>
        <source>Cited as {label}.</source>
        <translation>已引用为 {label}。</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_viewer.py" line="199"/>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_viewer.py" line="202"/>
        <source>Rotate left</source>
        <translation>向左旋转</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_viewer.py" line="203"/>
        <source>Rotate right</source>
        <translation>向右旋转</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_viewer.py" line="204"/>
        <source>Cite this image…</source>
        <translation>引用此图片…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_viewer.py" line="237"/>
        <source>Cite this document…</source>
        <translation>引用此文件…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_viewer.py" line="252"/>
        <source>This kind of file ({type}) is opened by another program on this computer. It gets a copy; the stored original is never changed.</source>
        <translation>此类文件（{type}）由本机的其他程序打开。打开的是副本，证据库中的原件不会被改动。</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_viewer.py" line="256"/>
        <source>Open a copy in the system viewer</source>
        <translation>用系统程序打开副本</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="70"/>
        <location filename="../../ui/sync_dialogs.py" line="133"/>
        <location filename="../../ui/sync_dialogs.py" line="172"/>
        <source>Export bundle</source>
        <translation>导出同步包</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="73"/>
        <source>A bundle carries cases with their evidence files and history to another workstation, which imports it without losing either side&apos;s work.</source>
        <translation>同步包把案件连同证据文件和历史带到另一工作站；对方导入时，双方的工作都不会丢失。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="76"/>
        <source>The {n} selected cases</source>
        <translation>选中的 {n} 个案件</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="78"/>
        <source>All cases</source>
        <translation>全部案件</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="79"/>
        <source>Changes since</source>
        <translation>自以下日期起的变更</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="83"/>
        <source>Everything not yet sent to</source>
        <translation>尚未发送给以下工作站的全部内容</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="86"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="87"/>
        <source>{workstation}, last sent {when}</source>
        <translation>{workstation}，最近发送 {when}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="101"/>
        <source>De-identified, for sharing outside the team (people masked, no health information, documents or letters; cannot be imported)</source>
        <translation>去标识化，供团队外部共享（人员信息脱敏，不含健康信息、材料文件和函件；不能导入）</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="108"/>
        <source>Protect with a passphrase</source>
        <translation>用口令保护</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="117"/>
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="118"/>
        <source>Again:</source>
        <translation>再次输入：</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="122"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="126"/>
        <source>Write to:</source>
        <translation>写入到：</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="130"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="134"/>
        <source>Workbench bundles ({pattern})</source>
        <translation>工作台同步包 ({pattern})</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="153"/>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>请设置至少 8 个字符的口令。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="156"/>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="160"/>
        <source>Choose a file in an existing folder.</source>
        <translation>请选择现有文件夹中的文件。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="163"/>
        <source>Writing the bundle…</source>
        <translation>正在写入同步包…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="173"/>
        <source>Bundle written: {path}
{cases} cases, {records} records, {files} files, {mb} MB.</source>
        <translation>同步包已写入：{path}
{cases} 个案件，{records} 条记录，{files} 个文件，{mb} MB。</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../ui/words.py" line="26"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="26"/>
        <source>Insured person</source>
        <translation>被保险人</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="27"/>
        <location filename="../../ui/words.py" line="41"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="27"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="28"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="28"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="29"/>
        <source>Insurer</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="30"/>
        <source>Policy no.</source>
        <translation>保单号</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="31"/>
        <source>Decision date</source>
        <translation>结论日期</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="32"/>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="33"/>
        <source>Date of the insured event</source>
        <translation>出险日期</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="34"/>
        <source>Claim submitted</source>
        <translation>提出索赔日期</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="35"/>
        <source>Documents complete</source>
        <translation>材料齐全日期</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="36"/>
        <source>Amount claimed</source>
        <translation>申请金额</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="37"/>
        <source>Amount offered</source>
        <translation>保险公司给付金额</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="38"/>
        <source>Amount paid</source>
        <translation>最终赔付金额</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="39"/>
        <source>Summary</source>
        <translation>案情摘要</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="39"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="40"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="40"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="41"/>
        <source>Member of staff</source>
        <translation>团队成员</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="42"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="42"/>
        <source>Assignee</source>
        <translation>经办人</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../ui/sign_in.py" line="69"/>
        <source>Create the administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="71"/>
        <source>{name} has no accounts yet. Create the administrator&apos;s account; the administrator then adds an account for each colleague (specialist, team lead or auditor).</source>
        <translation>{name} 尚无账户。请创建管理员账户；之后由管理员为每位同事（专员、组长或审计人员）添加账户。</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="82"/>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="83"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="84"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="85"/>
        <source>Again:</source>
        <translation>再次输入：</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="89"/>
        <source>Create and sign in</source>
        <translation>创建并登录</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="93"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="455"/>
        <source>Import bundle</source>
        <translation>导入同步包</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../workbench/domain/labels.py" line="21"/>
        <source>Claim</source>
        <translation>核赔</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/labels.py" line="22"/>
        <source>Underwriting</source>
        <translation>核保</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/labels.py" line="23"/>
        <source>Claim refused</source>
        <translation>拒赔</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/labels.py" line="24"/>
        <source>Partly paid</source>
        <translation>部分赔付</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/labels.py" line="25"/>
        <source>Contract rescinded</source>
        <translation>解除合同</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/labels.py" line="26"/>
        <source>Premium refunded without cover</source>
        <translation>退还保费不承担责任</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/labels.py" line="27"/>
        <source>Underwriting declined</source>
        <translation>拒保</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/labels.py" line="28"/>
        <source>Underwriting postponed</source>
        <translation>延期承保</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/labels.py" line="29"/>
        <source>Exclusion added</source>
        <translation>除外承保</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/labels.py" line="30"/>
        <source>Premium loading</source>
        <translation>加费承保</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/labels.py" line="31"/>
        <source>Intake</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/labels.py" line="32"/>
        <source>Evidence</source>
        <translation>收集证据</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/labels.py" line="33"/>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/labels.py" line="34"/>
        <source>Negotiation</source>
        <translation>协商</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/labels.py" line="35"/>
        <source>Decided</source>
        <translation>已有结论</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/labels.py" line="36"/>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/labels.py" line="37"/>
        <source>Overturned</source>
        <translation>改变结论</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/labels.py" line="38"/>
        <source>Partly changed</source>
        <translation>部分改变</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/labels.py" line="39"/>
        <source>Upheld</source>
        <translation>维持原结论</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/labels.py" line="40"/>
        <source>Withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/labels.py" line="41"/>
        <source>Escalated</source>
        <translation>升级处理</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/labels.py" line="42"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/labels.py" line="43"/>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/labels.py" line="44"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/labels.py" line="45"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/labels.py" line="46"/>
        <source>Mid/high-end medical</source>
        <translation>中高端医疗险</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/labels.py" line="47"/>
        <source>Medical</source>
        <translation>医疗险</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/labels.py" line="48"/>
        <source>Critical illness</source>
        <translation>重疾险</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/labels.py" line="49"/>
        <source>Life</source>
        <translation>寿险</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/labels.py" line="50"/>
        <source>Accident</source>
        <translation>意外险</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/labels.py" line="51"/>
        <source>Annuity</source>
        <translation>年金险</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/labels.py" line="52"/>
        <source>Other coverage</source>
        <translation>其他险种</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/labels.py" line="53"/>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/labels.py" line="54"/>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/labels.py" line="55"/>
        <source>Hong Kong/Macao permit</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/labels.py" line="56"/>
        <source>Taiwan permit</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/labels.py" line="57"/>
        <source>Foreigner&apos;s permanent residence ID</source>
        <translation>外国人永久居留身份证</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/labels.py" line="58"/>
        <source>Other ID</source>
        <translation>其他证件</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/labels.py" line="59"/>
        <source>Self</source>
        <translation>本人</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/labels.py" line="60"/>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/labels.py" line="61"/>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/labels.py" line="62"/>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/labels.py" line="63"/>
        <source>Other relation</source>
        <translation>其他关系</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/evidence.py" line="41"/>
        <source>Client</source>
        <translation>投保人（客户）</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/evidence.py" line="42"/>
        <source>Insurer</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/evidence.py" line="43"/>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/evidence.py" line="44"/>
        <source>Other insurer</source>
        <translation>其他保险公司</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/evidence.py" line="45"/>
        <source>Other source</source>
        <translation>其他来源</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/analysis.py" line="42"/>
        <source>Non-disclosure</source>
        <translation>未如实告知</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/analysis.py" line="43"/>
        <source>Exclusion clause</source>
        <translation>责任免除条款</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/analysis.py" line="44"/>
        <source>Pre-existing condition</source>
        <translation>既往症</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/analysis.py" line="45"/>
        <source>Waiting period</source>
        <translation>等待期</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/analysis.py" line="46"/>
        <source>Not medically necessary</source>
        <translation>非医学必需</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/analysis.py" line="47"/>
        <source>Insufficient documents</source>
        <translation>材料不全</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/analysis.py" line="48"/>
        <source>Policy lapsed</source>
        <translation>保单失效</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/analysis.py" line="49"/>
        <source>Amount or calculation</source>
        <translation>金额或计算</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/analysis.py" line="50"/>
        <source>Other reason</source>
        <translation>其他理由</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/analysis.py" line="51"/>
        <source>Strong</source>
        <translation>有力</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/analysis.py" line="52"/>
        <source>Arguable</source>
        <translation>可争辩</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/analysis.py" line="53"/>
        <source>Weak</source>
        <translation>较弱</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/analysis.py" line="54"/>
        <source>Concede</source>
        <translation>认可保险公司</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/analysis.py" line="55"/>
        <source>Open point</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/analysis.py" line="56"/>
        <source>Accepted by the insurer</source>
        <translation>保险公司已接受</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/analysis.py" line="57"/>
        <source>Maintained by the insurer</source>
        <translation>保险公司坚持</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/analysis.py" line="58"/>
        <source>Dropped by us</source>
        <translation>我方放弃</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/rounds.py" line="29"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/rounds.py" line="30"/>
        <source>Meeting</source>
        <translation>会面</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/rounds.py" line="31"/>
        <source>Post</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/rounds.py" line="32"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/rounds.py" line="33"/>
        <source>Letter</source>
        <translation>函件</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/rounds.py" line="34"/>
        <source>Insurer portal</source>
        <translation>保险公司平台</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/rounds.py" line="35"/>
        <source>To the insurer</source>
        <translation>致保险公司</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/rounds.py" line="36"/>
        <source>From the insurer</source>
        <translation>来自保险公司</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/rounds.py" line="105"/>
        <source>Decision received</source>
        <translation>收到结论</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/rounds.py" line="106"/>
        <source>Stage change</source>
        <translation>阶段变更</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/rounds.py" line="107"/>
        <source>Evidence added</source>
        <translation>添加证据</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/rounds.py" line="108"/>
        <source>Point made</source>
        <translation>提出要点</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/rounds.py" line="109"/>
        <source>Negotiation round</source>
        <translation>协商沟通</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/rounds.py" line="110"/>
        <source>Follow-up due</source>
        <translation>到期跟进</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/rounds.py" line="111"/>
        <source>Letter issued</source>
        <translation>函件已出具</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/access.py" line="28"/>
        <source>Specialist</source>
        <translation>两核专员</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/access.py" line="29"/>
        <source>Team lead</source>
        <translation>组长</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/access.py" line="30"/>
        <source>Auditor</source>
        <translation>审计人员</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/access.py" line="31"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/access.py" line="33"/>
        <source>(health information hidden)</source>
        <translation>（健康信息已隐藏）</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../ui/letter_dialog.py" line="39"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="40"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="45"/>
        <source>Opening</source>
        <translation>开头</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="45"/>
        <source>Facts</source>
        <translation>基本事实</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="46"/>
        <source>Decision</source>
        <translation>保险公司结论</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="46"/>
        <source>Remedy</source>
        <translation>复议请求</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="47"/>
        <source>Closing</source>
        <translation>结尾</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="54"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="54"/>
        <source>Issued</source>
        <translation>出具时间</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="54"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="54"/>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="55"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="57"/>
        <source>Append the cited enclosures (one printable PDF)</source>
        <translation>附上所引附件（合并为一个可打印的 PDF）</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="62"/>
        <source>Letter language</source>
        <translation>函件语言</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="66"/>
        <source>Points in the letter (untick to leave one out)</source>
        <translation>函件中的理由（取消勾选即不写入）</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="68"/>
        <source>Sections</source>
        <translation>各部分内容</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="70"/>
        <source>Issued versions</source>
        <translation>已出具版本</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="87"/>
        <source>Save draft PDF…</source>
        <translation>保存草稿 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="88"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="89"/>
        <source>Issue…</source>
        <translation>出具…</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="90"/>
        <source>Save issued copy…</source>
        <translation>另存已出具版本…</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="95"/>
        <source>Edit templates…</source>
        <translation>编辑模板…</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="96"/>
        <source>Opens the team&apos;s copy of the letter templates; changes apply to letters composed afterwards.</source>
        <translation>打开团队自己的函件模板副本；修改对之后生成的函件生效。</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="129"/>
        <source>Letter templates</source>
        <translation>函件模板</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="132"/>
        <source>Letter — {number}</source>
        <translation>复议函件 — {number}</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="136"/>
        <source>{quote} (no evidence)</source>
        <translation>{quote}（无证据）</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="148"/>
        <source>No Chinese font that can be embedded was found: drafts only, marked DRAFT.</source>
        <translation>未找到可嵌入的中文字体：只能生成标有“草稿”的草稿。</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="174"/>
        <source>Close the letter</source>
        <translation>关闭函件</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="175"/>
        <source>Your changes to this letter are not saved anywhere until it is issued or saved as a PDF. Close and discard them?</source>
        <translation>对本函件的修改在出具或另存为 PDF 之前不会保存。确定关闭并放弃这些修改？</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="207"/>
        <source>Save the letter</source>
        <translation>保存函件</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="208"/>
        <location filename="../../ui/letter_dialog.py" line="310"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="219"/>
        <source>Appending {n} enclosure(s)…</source>
        <translation>正在附上 {n} 份附件…</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="252"/>
        <location filename="../../ui/letter_dialog.py" line="279"/>
        <source>Issue the letter</source>
        <translation>出具函件</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="253"/>
        <source>Issue this letter? It will be kept exactly as it is now as the next version, and logged as a round with the insurer. It cannot be changed afterwards.</source>
        <translation>确定出具此函件？函件将按当前内容原样保存为新的版本，并记为一次与保险公司的沟通。出具后不可再修改。</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="262"/>
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="263"/>
        <source>Letters need a team lead&apos;s approval. Who approved this one?</source>
        <translation>函件需经组长审批。本函件由谁审批？</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="309"/>
        <location filename="../../ui/letter_dialog.py" line="320"/>
        <source>Save the issued letter</source>
        <translation>保存已出具的函件</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="32"/>
        <source>Claims-dispute workbench</source>
        <translation>两核复议工作台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="65"/>
        <source>Select a case to see it here.</source>
        <translation>选择一个案件，在此查看。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>Database: {path}</source>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>Signed in: {name} ({role})</source>
        <translation>当前用户：{name}（{role}）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>&lt;span style=&apos;background:#fde7e9&apos;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; a deadline is overdue &amp;nbsp;·&amp;nbsp; &lt;b&gt;bold number&lt;/b&gt;: high or urgent priority &amp;nbsp;·&amp;nbsp; &lt;span style=&apos;color:#777777&apos;&gt;grey&lt;/span&gt;: closed &amp;nbsp;·&amp;nbsp; 王**: someone else&apos;s case, names masked</source>
        <translation>&lt;span style=&apos;background:#fde7e9&apos;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; 有期限已逾期 &amp;nbsp;·&amp;nbsp; &lt;b&gt;案件编号加粗&lt;/b&gt;：高或紧急优先级 &amp;nbsp;·&amp;nbsp; &lt;span style=&apos;color:#777777&apos;&gt;灰色&lt;/span&gt;：已结案 &amp;nbsp;·&amp;nbsp; 王**：他人经办的案件，姓名已遮蔽</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>&amp;New case…</source>
        <translation>新建案件(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>New &amp;demo database…</source>
        <translation>新建演示数据库(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>&amp;Delete case…</source>
        <translation>删除案件(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>&amp;Check evidence files…</source>
        <translation>校验证据文件(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>&amp;Export bundle…</source>
        <translation>导出同步包(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>&amp;Import bundle…</source>
        <translation>导入同步包(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>&amp;Outcome dashboard…</source>
        <translation>复议结果看板(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169"/>
        <source>&amp;Due and overdue…</source>
        <translation>到期与逾期(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>&amp;Audit trail…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>Te&amp;am…</source>
        <translation>团队(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>Sign o&amp;ut / switch user…</source>
        <translation>注销 / 切换用户(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>Deleted &amp;cases…</source>
        <translation>已删除的案件(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>&amp;Lock the window</source>
        <translation>锁定窗口(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>Reconsideration &amp;letter…</source>
        <translation>复议申请函(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>Next case</source>
        <translation>下一个案件</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>Previous case</source>
        <translation>上一个案件</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>&amp;Refresh list</source>
        <translation>刷新列表(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <location filename="../../ui/main_window.py" line="247"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <location filename="../../ui/main_window.py" line="248"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>&amp;Case</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <source>&amp;Move to stage</source>
        <translation>转到阶段(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222"/>
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <source>Evidence checklist</source>
        <translation>证据清单</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302"/>
        <source>Showing {shown} of {total} cases · {open} open · {decided} decided</source>
        <translation>显示 {shown} / 共 {total} 个案件 · 未结 {open} · 已有结论 {decided}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="323"/>
        <source>No cases yet.

Open the first one with “New case” (Ctrl+N), or try the workbench on realistic data with File → New demo database.</source>
        <translation>还没有案件。

用“新建案件”（Ctrl+N）立第一个案，或通过“文件 → 新建演示数据库”用逼真的数据试用工作台。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="325"/>
        <source>No case matches these filters.

“Clear filters” shows every case again.</source>
        <translation>没有符合这些筛选条件的案件。

点“清除筛选”可重新显示全部案件。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="359"/>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360"/>
        <source>Case {number} has unsaved changes. Save them?</source>
        <translation>案件 {number} 有未保存的修改。是否保存？</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="385"/>
        <source>Case {number} opened.</source>
        <translation>已立案：{number}。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="389"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="394"/>
        <source>{number} moved to “{stage}”.</source>
        <translation>{number} 已转到“{stage}”。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="426"/>
        <source>Delete case {number}</source>
        <translation>删除案件 {number}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="427"/>
        <source>Delete case {number} ({client})? It disappears from every list; a team lead or its specialist can restore it from Case → Deleted cases. Why is it deleted?</source>
        <translation>删除案件 {number}（{client}）？它将从所有列表中消失；组长或其经办专员可在“案件 → 已删除的案件”中恢复。删除理由是什么？</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="439"/>
        <source>Case not deleted</source>
        <translation>案件未删除</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="444"/>
        <source>Case {number} deleted.</source>
        <translation>案件 {number} 已删除。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="494"/>
        <source>⚠ {overdue} overdue · {soon} due within 3 days</source>
        <translation>⚠ 逾期 {overdue} 项 · 3 天内到期 {soon} 项</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="498"/>
        <source>{n} deadline(s) now due within 3 days.</source>
        <translation>有 {n} 项期限将在 3 天内到期。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="521"/>
        <source>Showing the {n} cases behind: {what} — &lt;a href=&quot;all&quot;&gt;show all cases&lt;/a&gt;</source>
        <translation>正在显示对应的 {n} 个案件：{what} — &lt;a href=&quot;all&quot;&gt;显示全部案件&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="533"/>
        <source>Checking the evidence files…</source>
        <translation>正在校验证据文件…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="540"/>
        <location filename="../../ui/main_window.py" line="547"/>
        <source>Evidence files</source>
        <translation>证据文件</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="541"/>
        <source>All {n} evidence files are intact.</source>
        <translation>全部 {n} 个证据文件完好。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="543"/>
        <source>{number} enclosure {no} ({name}): missing</source>
        <translation>{number} 附件{no}（{name}）：缺失</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="545"/>
        <source>{number} enclosure {no} ({name}): altered</source>
        <translation>{number} 附件{no}（{name}）：被改动</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="548"/>
        <source>{bad} of {n} evidence files are missing or altered:

{lines}

Restore them from a backup; the cases show the affected items in red.</source>
        <translation>{n} 个证据文件中有 {bad} 个缺失或被改动：

{lines}

请从备份中恢复；受影响的附件在案件中以红色显示。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="621"/>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="622"/>
        <source>Workbench databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>工作台数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="631"/>
        <location filename="../../ui/main_window.py" line="635"/>
        <source>New demo database</source>
        <translation>新建演示数据库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="631"/>
        <source>Number of cases:</source>
        <translation>案件数量：</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="636"/>
        <source>Workbench databases (*.sqlite3 *.db)</source>
        <translation>工作台数据库 (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="650"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="651"/>
        <source>Claims-dispute review workbench {version}

For brokers&apos; underwriting-and-claims teams: gather evidence, answer the insurer point by point, and track every dispute to its outcome.</source>
        <translation>两核复议工作台 {version}

供保险经纪公司两核团队使用：收集证据，逐点回应保险公司的理由，跟踪每一宗争议直至结果。</translation>
    </message>
</context>
<context>
    <name>Matrix</name>
    <message>
        <location filename="../../workbench/services/matrix_pdf.py" line="19"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../workbench/services/matrix_pdf.py" line="19"/>
        <source>Insurer&apos;s argument</source>
        <translation>保险公司理由</translation>
    </message>
    <message>
        <location filename="../../workbench/services/matrix_pdf.py" line="20"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../workbench/services/matrix_pdf.py" line="20"/>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../workbench/services/matrix_pdf.py" line="21"/>
        <source>Our rebuttal</source>
        <translation>我方反驳</translation>
    </message>
    <message>
        <location filename="../../workbench/services/matrix_pdf.py" line="21"/>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <location filename="../../workbench/services/matrix_pdf.py" line="22"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../workbench/services/matrix_pdf.py" line="22"/>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../../workbench/services/matrix_pdf.py" line="23"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../workbench/services/matrix_pdf.py" line="24"/>
        <source>Analysis of the insurer&apos;s reasoning — {number}</source>
        <translation>保险公司理由逐点分析 — {number}</translation>
    </message>
    <message>
        <location filename="../../workbench/services/matrix_pdf.py" line="25"/>
        <source>No supporting evidence</source>
        <translation>无支持证据</translation>
    </message>
</context>
<context>
    <name>MatrixDialog</name>
    <message>
        <location filename="../../ui/matrix_dialog.py" line="63"/>
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/matrix_dialog.py" line="74"/>
        <source>Save the matrix</source>
        <translation>保存分析矩阵</translation>
    </message>
    <message>
        <location filename="../../ui/matrix_dialog.py" line="75"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../ui/new_case_dialog.py" line="98"/>
        <source>New dispute case</source>
        <translation>新建争议案件</translation>
    </message>
    <message>
        <location filename="../../ui/new_case_dialog.py" line="103"/>
        <source>Client (policyholder)</source>
        <translation>投保人（客户）</translation>
    </message>
    <message>
        <location filename="../../ui/new_case_dialog.py" line="104"/>
        <source>The insured person is the client</source>
        <translation>被保险人即投保人本人</translation>
    </message>
    <message>
        <location filename="../../ui/new_case_dialog.py" line="106"/>
        <source>Insured person</source>
        <translation>被保险人</translation>
    </message>
    <message>
        <location filename="../../ui/new_case_dialog.py" line="108"/>
        <source>Relationship to client</source>
        <translation>与投保人关系</translation>
    </message>
    <message>
        <location filename="../../ui/new_case_dialog.py" line="118"/>
        <source>Choose, or type a new insurer&apos;s name</source>
        <translation>选择，或输入新保险公司名称</translation>
    </message>
    <message>
        <location filename="../../ui/new_case_dialog.py" line="120"/>
        <source>Only for a new insurer</source>
        <translation>仅新保险公司需填写</translation>
    </message>
    <message>
        <location filename="../../ui/new_case_dialog.py" line="136"/>
        <source>(unassigned)</source>
        <translation>（未分配）</translation>
    </message>
    <message>
        <location filename="../../ui/new_case_dialog.py" line="149"/>
        <source>Insurer and policy</source>
        <translation>保险公司与保单</translation>
    </message>
    <message>
        <location filename="../../ui/new_case_dialog.py" line="151"/>
        <source>Insurer</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <location filename="../../ui/new_case_dialog.py" line="152"/>
        <source>Claims department address</source>
        <translation>理赔部门地址</translation>
    </message>
    <message>
        <location filename="../../ui/new_case_dialog.py" line="153"/>
        <source>Policy no.</source>
        <translation>保单号</translation>
    </message>
    <message>
        <location filename="../../ui/new_case_dialog.py" line="154"/>
        <source>Product</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <location filename="../../ui/new_case_dialog.py" line="155"/>
        <source>Coverage</source>
        <translation>险种</translation>
    </message>
    <message>
        <location filename="../../ui/new_case_dialog.py" line="156"/>
        <location filename="../../ui/new_case_dialog.py" line="222"/>
        <source>Effective date</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../ui/new_case_dialog.py" line="157"/>
        <location filename="../../ui/new_case_dialog.py" line="224"/>
        <source>Sum insured (CNY)</source>
        <translation>保额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/new_case_dialog.py" line="159"/>
        <source>The insurer&apos;s decision</source>
        <translation>保险公司结论</translation>
    </message>
    <message>
        <location filename="../../ui/new_case_dialog.py" line="161"/>
        <source>Decision</source>
        <translation>保险公司结论</translation>
    </message>
    <message>
        <location filename="../../ui/new_case_dialog.py" line="162"/>
        <source>Claim no.</source>
        <translation>理赔案号</translation>
    </message>
    <message>
        <location filename="../../ui/new_case_dialog.py" line="163"/>
        <location filename="../../ui/new_case_dialog.py" line="222"/>
        <source>Decision date</source>
        <translation>结论日期</translation>
    </message>
    <message>
        <location filename="../../ui/new_case_dialog.py" line="164"/>
        <location filename="../../ui/new_case_dialog.py" line="223"/>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location filename="../../ui/new_case_dialog.py" line="165"/>
        <location filename="../../ui/new_case_dialog.py" line="223"/>
        <source>Amount claimed (CNY)</source>
        <translation>申请金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/new_case_dialog.py" line="166"/>
        <location filename="../../ui/new_case_dialog.py" line="224"/>
        <source>Amount offered (CNY)</source>
        <translation>保险公司给付金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/new_case_dialog.py" line="167"/>
        <source>Assignee</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../ui/new_case_dialog.py" line="168"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/new_case_dialog.py" line="169"/>
        <source>Summary</source>
        <translation>案情摘要</translation>
    </message>
    <message>
        <location filename="../../ui/new_case_dialog.py" line="174"/>
        <source>Open case</source>
        <translation>立案</translation>
    </message>
    <message>
        <location filename="../../ui/new_case_dialog.py" line="229"/>
        <source>{field}: {why}</source>
        <translation>{field}：{why}</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../ui/analysis_panel.py" line="33"/>
        <source>The insurer&apos;s notice</source>
        <translation>保险公司通知书</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="38"/>
        <source>Date of the notice</source>
        <translation>通知书日期</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="40"/>
        <source>Paste or type the notice as the insurer wrote it:</source>
        <translation>请按保险公司原文粘贴或录入通知书：</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../ui/fields.py" line="37"/>
        <source>Choose from the calendar (Alt+Down)</source>
        <translation>从日历中选择（Alt+↓）</translation>
    </message>
</context>
<context>
    <name>PagedResults</name>
    <message>
        <location filename="../../ui/evidence_viewer.py" line="41"/>
        <source>p. {page}: {text}</source>
        <translation>第 {page} 页：{text}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/password_dialog.py" line="20"/>
        <source>Password of {user}</source>
        <translation>{user} 的密码</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="26"/>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="27"/>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="28"/>
        <source>Again:</source>
        <translation>再次输入：</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="35"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/person_dialog.py" line="20"/>
        <source>Edit {name}</source>
        <translation>修改 {name} 的资料</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="31"/>
        <source>Changes apply to every case of this person.</source>
        <translation>修改将用于此人的所有案件。</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="34"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="35"/>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="36"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="37"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="38"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <location filename="../../ui/new_case_dialog.py" line="48"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/new_case_dialog.py" line="49"/>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../../ui/new_case_dialog.py" line="50"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../ui/new_case_dialog.py" line="51"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/new_case_dialog.py" line="52"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/new_case_dialog.py" line="75"/>
        <source>Existing person: the case will refer to this record.</source>
        <translation>已有当事人：案件将引用此记录。</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="234"/>
        <source>What the import would do</source>
        <translation>导入将会进行的操作</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="241"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="252"/>
        <source>From workstation {ws}, written {when}. {new} new, {update} updated, {merge} merged without asking, {conflict} with conflicts to settle, {unchanged} unchanged records; {files} files checked.</source>
        <translation>来自工作站 {ws}，生成于 {when}。新增 {new} 条，更新 {update} 条，自动合并 {merge} 条，有冲突待解决 {conflict} 条，未变 {unchanged} 条记录；已校验 {files} 个文件。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="260"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>ProvisionDialog</name>
    <message>
        <location filename="../../ui/analysis_panel.py" line="50"/>
        <source>Add to the legal basis library</source>
        <translation>添加到法律依据库</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="52"/>
        <source>e.g. an insurer&apos;s published claims guideline</source>
        <translation>例如：保险公司公开的理赔指引</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="57"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="58"/>
        <source>Article or section</source>
        <translation>条款或章节</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="59"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/analysis_panel.py" line="60"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/file_dialogs.py" line="15"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="15"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/stage_dialogs.py" line="48"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <location filename="../../ui/region_picker.py" line="61"/>
        <source>Drag over the part of the page to highlight, then say what it shows.</source>
        <translation>在页面上拖动鼠标标出要突出的部分，然后说明它证明了什么。</translation>
    </message>
    <message>
        <location filename="../../ui/region_picker.py" line="63"/>
        <source>What does this region show? (optional)</source>
        <translation>这个区域证明了什么？（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/region_picker.py" line="65"/>
        <source>Cite</source>
        <translation>引用</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../workbench/domain/report.py" line="53"/>
        <source>Slice</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/report.py" line="54"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/report.py" line="58"/>
        <source>Conclusion changed, % of decided cases</source>
        <translation>改变结论率（占已有结论案件的百分比）</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/report.py" line="59"/>
        <source>Computed on {date}. Percentages are shares of decided cases; amounts are over decided cases.</source>
        <translation>统计日期：{date}。百分比为占已有结论案件的比例；金额按已有结论案件合计。</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/report.py" line="61"/>
        <source>Page {n}</source>
        <translation>第 {n} 页</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/report.py" line="62"/>
        <source>Click to list these cases.</source>
        <translation>点击列出这些案件。</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/report.py" line="38"/>
        <location filename="../../workbench/domain/report.py" line="51"/>
        <source>All cases</source>
        <translation>全部案件</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/report.py" line="52"/>
        <source>(unassigned)</source>
        <translation>（未分配）</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/report.py" line="56"/>
        <source>Slice: {by}</source>
        <translation>分组：{by}</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/report.py" line="57"/>
        <source>Opened {start} to {end}</source>
        <translation>立案日期 {start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/report.py" line="55"/>
        <source>Outcome report</source>
        <translation>复议结果报告</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/report.py" line="39"/>
        <source>Insurer</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/report.py" line="40"/>
        <source>Dispute kind</source>
        <translation>争议类型</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/report.py" line="41"/>
        <source>Decision kind</source>
        <translation>结论类型</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/report.py" line="42"/>
        <source>Specialist</source>
        <translation>两核专员</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/report.py" line="43"/>
        <source>Month opened</source>
        <translation>立案月份</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/report.py" line="44"/>
        <source>Quarter opened</source>
        <translation>立案季度</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/report.py" line="45"/>
        <source>Half-year opened</source>
        <translation>立案半年度</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/report.py" line="46"/>
        <source>Year opened</source>
        <translation>立案年度</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_export.py" line="66"/>
        <source>Outcome rates</source>
        <translation>复议结果统计</translation>
    </message>
</context>
<context>
    <name>ReportColumns</name>
    <message>
        <location filename="../../workbench/domain/report_columns.py" line="39"/>
        <source>Opened</source>
        <translation>立案</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/report_columns.py" line="40"/>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/report_columns.py" line="41"/>
        <source>Decided</source>
        <translation>已有结论</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/report_columns.py" line="42"/>
        <source>Conclusion changed</source>
        <translation>改变结论率</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/report_columns.py" line="44"/>
        <source>Overturned</source>
        <translation>改变结论</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/report_columns.py" line="46"/>
        <source>Partly changed</source>
        <translation>部分改变</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/report_columns.py" line="48"/>
        <source>Upheld</source>
        <translation>维持原结论</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/report_columns.py" line="50"/>
        <source>Withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/report_columns.py" line="52"/>
        <source>Escalated</source>
        <translation>升级处理</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/report_columns.py" line="54"/>
        <source>Claimed (CNY)</source>
        <translation>申请金额（元）</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/report_columns.py" line="56"/>
        <source>Initially offered (CNY)</source>
        <translation>原给付金额（元）</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/report_columns.py" line="58"/>
        <source>Finally paid (CNY)</source>
        <translation>最终赔付（元）</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/report_columns.py" line="60"/>
        <source>Recovered (CNY)</source>
        <translation>挽回金额（元）</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/report_columns.py" line="62"/>
        <source>Days to decision (median)</source>
        <translation>结论用时（中位数，天）</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/report_columns.py" line="64"/>
        <source>Days to decision (90th pct.)</source>
        <translation>结论用时（90%分位，天）</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/report_columns.py" line="68"/>
        <source>Open 0–30 days</source>
        <translation>未结 0–30 天</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/report_columns.py" line="68"/>
        <source>Open 31–60 days</source>
        <translation>未结 31–60 天</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/report_columns.py" line="69"/>
        <source>Open 61–90 days</source>
        <translation>未结 61–90 天</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/report_columns.py" line="69"/>
        <source>Open 90+ days</source>
        <translation>未结 90 天以上</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/report_columns.py" line="77"/>
        <source>of {n} decided cases</source>
        <translation>占 {n} 件已有结论案件</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/report_columns.py" line="79"/>
        <source>over {n} decided cases ({m} with a final amount)</source>
        <translation>基于 {n} 件已有结论案件（其中 {m} 件有最终金额）</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/report_columns.py" line="81"/>
        <source>over {n} decided cases</source>
        <translation>基于 {n} 件已有结论案件</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/report_columns.py" line="82"/>
        <source>of {opened} cases opened</source>
        <translation>共立案 {opened} 件</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="379"/>
        <source>conflict settled</source>
        <translation>冲突已解决</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="386"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="394"/>
        <source>Case / record</source>
        <translation>案件 / 记录</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="394"/>
        <source>Before</source>
        <translation>导入前</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="394"/>
        <source>After</source>
        <translation>导入后</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="399"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="402"/>
        <source>Nothing was imported</source>
        <translation>未导入任何内容</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="403"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="411"/>
        <source>{new} new, {update} updated, {merge} merged and {conflict} settled records; {files} evidence files added. A backup of the database was taken first: {backup}</source>
        <translation>新增 {new} 条，更新 {update} 条，合并 {merge} 条，解决冲突 {conflict} 条记录；新增证据文件 {files} 个。导入前已备份数据库：{backup}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="435"/>
        <source>{n} new records</source>
        <translation>新增 {n} 条记录</translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <location filename="../../ui/reveal_dialog.py" line="19"/>
        <source>Reveal personal data</source>
        <translation>查看个人信息明文</translation>
    </message>
    <message>
        <location filename="../../ui/reveal_dialog.py" line="21"/>
        <source>This case is not assigned to you, so its personal data is masked. Reveal one field only when you need it; your name, the field and your reason are recorded.</source>
        <translation>此案件并非由您承办，其个人信息已脱敏。仅在确有需要时查看某一项明文；您的姓名、所查字段和理由都会被记录。</translation>
    </message>
    <message>
        <location filename="../../ui/reveal_dialog.py" line="27"/>
        <source>Client&apos;s ID number</source>
        <translation>投保人证件号码</translation>
    </message>
    <message>
        <location filename="../../ui/reveal_dialog.py" line="27"/>
        <source>Client&apos;s phone</source>
        <translation>投保人电话</translation>
    </message>
    <message>
        <location filename="../../ui/reveal_dialog.py" line="28"/>
        <source>Client&apos;s name</source>
        <translation>投保人姓名</translation>
    </message>
    <message>
        <location filename="../../ui/reveal_dialog.py" line="28"/>
        <source>Client&apos;s address</source>
        <translation>投保人地址</translation>
    </message>
    <message>
        <location filename="../../ui/reveal_dialog.py" line="29"/>
        <source>Insured&apos;s name</source>
        <translation>被保险人姓名</translation>
    </message>
    <message>
        <location filename="../../ui/reveal_dialog.py" line="30"/>
        <source>Insured&apos;s ID number</source>
        <translation>被保险人证件号码</translation>
    </message>
    <message>
        <location filename="../../ui/reveal_dialog.py" line="33"/>
        <source>e.g. the client called; the assigned specialist is away</source>
        <translation>例如：客户来电，承办专员休假</translation>
    </message>
    <message>
        <location filename="../../ui/reveal_dialog.py" line="34"/>
        <source>Field:</source>
        <translation>字段：</translation>
    </message>
    <message>
        <location filename="../../ui/reveal_dialog.py" line="35"/>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <location filename="../../ui/reveal_dialog.py" line="44"/>
        <source>Reveal</source>
        <translation>查看</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <location filename="../../ui/rounds_panel.py" line="36"/>
        <source>Correct round {n}</source>
        <translation>更正第 {n} 轮沟通</translation>
    </message>
    <message>
        <location filename="../../ui/rounds_panel.py" line="37"/>
        <source>Log a round with the insurer</source>
        <translation>记录与保险公司的沟通</translation>
    </message>
    <message>
        <location filename="../../ui/rounds_panel.py" line="51"/>
        <source>This is the insurer&apos;s final answer (record the outcome next)</source>
        <translation>这是保险公司的最终答复（接着记录结果）</translation>
    </message>
    <message>
        <location filename="../../ui/rounds_panel.py" line="55"/>
        <source>Point discussed</source>
        <translation>讨论的要点</translation>
    </message>
    <message>
        <location filename="../../ui/rounds_panel.py" line="55"/>
        <source>Status after the round</source>
        <translation>沟通后的状态</translation>
    </message>
    <message>
        <location filename="../../ui/rounds_panel.py" line="62"/>
        <source>(not discussed)</source>
        <translation>（未讨论）</translation>
    </message>
    <message>
        <location filename="../../ui/rounds_panel.py" line="75"/>
        <source>Encl. {no}</source>
        <translation>附件{no}</translation>
    </message>
    <message>
        <location filename="../../ui/rounds_panel.py" line="80"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/rounds_panel.py" line="81"/>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../ui/rounds_panel.py" line="82"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../ui/rounds_panel.py" line="83"/>
        <source>Insurer&apos;s contact</source>
        <translation>保险公司联系人</translation>
    </message>
    <message>
        <location filename="../../ui/rounds_panel.py" line="84"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/rounds_panel.py" line="85"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/rounds_panel.py" line="86"/>
        <source>Summary</source>
        <translation>沟通摘要</translation>
    </message>
    <message>
        <location filename="../../ui/rounds_panel.py" line="87"/>
        <source>What we asked</source>
        <translation>我方提出</translation>
    </message>
    <message>
        <location filename="../../ui/rounds_panel.py" line="88"/>
        <source>What they answered</source>
        <translation>对方答复</translation>
    </message>
    <message>
        <location filename="../../ui/rounds_panel.py" line="89"/>
        <source>Amount offered (CNY)</source>
        <translation>保险公司给付金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/rounds_panel.py" line="90"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../ui/rounds_panel.py" line="91"/>
        <source>Follow up on</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <location filename="../../ui/rounds_panel.py" line="93"/>
        <source>Points</source>
        <translation>要点</translation>
    </message>
    <message>
        <location filename="../../ui/rounds_panel.py" line="94"/>
        <source>Attached evidence</source>
        <translation>附带材料</translation>
    </message>
</context>
<context>
    <name>RoundsPanel</name>
    <message>
        <location filename="../../ui/rounds_panel.py" line="164"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/rounds_panel.py" line="164"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/rounds_panel.py" line="164"/>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../ui/rounds_panel.py" line="164"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../ui/rounds_panel.py" line="165"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/rounds_panel.py" line="165"/>
        <source>Summary</source>
        <translation>沟通摘要</translation>
    </message>
    <message>
        <location filename="../../ui/rounds_panel.py" line="165"/>
        <source>Offered (CNY)</source>
        <translation>给付金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/rounds_panel.py" line="166"/>
        <source>Follow up on</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <location filename="../../ui/rounds_panel.py" line="169"/>
        <source>Log a round…</source>
        <translation>记录沟通…</translation>
    </message>
    <message>
        <location filename="../../ui/rounds_panel.py" line="170"/>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <location filename="../../ui/rounds_panel.py" line="171"/>
        <source>Earlier wording…</source>
        <translation>早先记录…</translation>
    </message>
    <message>
        <location filename="../../ui/rounds_panel.py" line="228"/>
        <source>We asked: {text}</source>
        <translation>我方提出：{text}</translation>
    </message>
    <message>
        <location filename="../../ui/rounds_panel.py" line="229"/>
        <source>They answered: {text}</source>
        <translation>对方答复：{text}</translation>
    </message>
    <message>
        <location filename="../../ui/rounds_panel.py" line="230"/>
        <source>Points: {text}</source>
        <translation>要点：{text}</translation>
    </message>
    <message>
        <location filename="../../ui/rounds_panel.py" line="231"/>
        <source>Next step: {text}</source>
        <translation>下一步：{text}</translation>
    </message>
    <message>
        <location filename="../../ui/rounds_panel.py" line="259"/>
        <source>Revision {rev}, changed {when} by {actor}:</source>
        <translation>第 {rev} 版，{when} 由 {actor} 修改：</translation>
    </message>
    <message>
        <location filename="../../ui/rounds_panel.py" line="263"/>
        <source>Earlier wording of round {n}</source>
        <translation>第 {n} 轮沟通的早先记录</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="22"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="26"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="30"/>
        <source>A new language takes effect the next time the workbench starts.</source>
        <translation>新的界面语言将在下次启动工作台时生效。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="34"/>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="42"/>
        <source>Largest evidence file</source>
        <translation>证据文件大小上限</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="48"/>
        <source>Letterhead: organisation</source>
        <translation>信头：机构名称</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="49"/>
        <source>Letterhead: address</source>
        <translation>信头：地址</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="50"/>
        <source>Letterhead: telephone</source>
        <translation>信头：电话</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="54"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="60"/>
        <source>Letterhead: logo</source>
        <translation>信头：标志</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="64"/>
        <source>Letters need a team lead&apos;s approval before they are issued</source>
        <translation>函件出具前需经组长审批</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="72"/>
        <source>What colleagues see when they import a bundle from this workstation, e.g. 理赔部 陈静的笔记本.</source>
        <translation>同事导入本工作站的数据包时看到的名称，例如“理赔部 陈静的笔记本”。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="73"/>
        <source>This workstation&apos;s name</source>
        <translation>本工作站名称</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="78"/>
        <source>Found automatically</source>
        <translation>自动查找</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="85"/>
        <source>A Chinese TrueType font (.ttf or .ttc) that letters embed.</source>
        <translation>函件中嵌入的中文 TrueType 字体（.ttf 或 .ttc）。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="86"/>
        <source>Letter font</source>
        <translation>函件字体</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="89"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="91"/>
        <source>Lock the window after</source>
        <translation>闲置多久后锁定窗口</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="107"/>
        <source>Change logo…</source>
        <translation>更换标志…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="107"/>
        <source>Choose logo…</source>
        <translation>选择标志…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="116"/>
        <location filename="../../ui/settings_dialog.py" line="122"/>
        <source>Letterhead logo</source>
        <translation>信头标志</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="116"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/sign_in.py" line="28"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="28"/>
        <location filename="../../ui/sign_in.py" line="49"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="30"/>
        <source>The workbench was locked after a while without use. Enter your password to go on.</source>
        <translation>工作台闲置一段时间后已锁定。请输入密码继续。</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="31"/>
        <source>Sign in to {name}.</source>
        <translation>登录 {name}。</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="38"/>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="39"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="45"/>
        <source>Demo database — accounts (user / password):</source>
        <translation>演示数据库 —— 账户（用户名 / 密码）：</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../workbench/bundle/apply.py" line="35"/>
        <source>Case number {number} was already used here for another case; the imported case is numbered {alias}.</source>
        <translation>案件编号 {number} 在本机已被另一案件使用；导入的案件编号为 {alias}。</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/apply.py" line="37"/>
        <source>Case number {number} was also used by the other workstation for an earlier case; this workstation&apos;s case is now numbered {alias}.</source>
        <translation>对方工作站也将案件编号 {number} 用于一个更早的案件；本机的案件现编号为 {alias}。</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/apply.py" line="39"/>
        <source>Both workstations issued letter version {version} for this case; the later one is now version {new}.</source>
        <translation>两个工作站都为本案出具了第 {version} 版函件；较晚的一份现为第 {new} 版。</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/apply.py" line="41"/>
        <source>Enclosure number {number} was used on both workstations; “{name}” is now enclosure {new}.</source>
        <translation>两个工作站都使用了附件编号 {number}；“{name}”现为附件 {new}。</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/apply.py" line="43"/>
        <source>The insurer&apos;s notice was entered on both workstations; this workstation&apos;s was kept. The other text began: “{text}”.</source>
        <translation>两个工作站都录入了保险公司的决定通知；保留了本机的版本。对方的文本开头为：“{text}”。</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/apply.py" line="45"/>
        <source>The code “{code}” already exists here for a different entry; this workstation&apos;s entry was kept.</source>
        <translation>代码“{code}”在本机已用于另一条目；保留了本机的条目。</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/plan.py" line="41"/>
        <source>Deleted on the other workstation but edited here: the record was kept with the edits.</source>
        <translation>对方工作站删除了该记录，但本机作了修改：记录连同修改一并保留。</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/plan.py" line="43"/>
        <source>Deleted here but edited on the other workstation: the record was restored with those edits.</source>
        <translation>本机删除了该记录，但对方工作站作了修改：记录已恢复，并包含对方的修改。</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="10"/>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="11"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="12"/>
        <source>Insurer</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="13"/>
        <source>Evidence type</source>
        <translation>证据类型</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="14"/>
        <source>Provision</source>
        <translation>法条</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="15"/>
        <source>Policy</source>
        <translation>保单</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="16"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="17"/>
        <source>Stage change</source>
        <translation>阶段变更</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="18"/>
        <source>Evidence</source>
        <translation>收集证据</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="19"/>
        <source>Citation</source>
        <translation>引用</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="20"/>
        <source>Insurer&apos;s notice</source>
        <translation>保险公司决定通知</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="21"/>
        <source>Reasoning point</source>
        <translation>理由要点</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="22"/>
        <source>Negotiation round</source>
        <translation>协商沟通</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="23"/>
        <source>Earlier wording of a round</source>
        <translation>沟通记录的早先版本</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="24"/>
        <source>Document request</source>
        <translation>补充材料要求</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="25"/>
        <source>Issued letter</source>
        <translation>已出具函件</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="29"/>
        <source>Summary</source>
        <translation>案情摘要</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="30"/>
        <source>Amount claimed</source>
        <translation>申请金额</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="31"/>
        <source>Amount offered</source>
        <translation>保险公司给付金额</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="32"/>
        <source>Amount paid</source>
        <translation>最终赔付金额</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="33"/>
        <source>Insurer&apos;s decision</source>
        <translation>保险公司决定</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="34"/>
        <source>Decision date</source>
        <translation>结论日期</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="35"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="36"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="37"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="38"/>
        <source>Assigned to</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="39"/>
        <source>Claim number</source>
        <translation>理赔号</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="40"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="41"/>
        <source>Rebuttal</source>
        <translation>反驳意见</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="42"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="43"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="44"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="45"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="46"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="47"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="48"/>
        <source>Follow up on</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="49"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="53"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="54"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="55"/>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="56"/>
        <source>Merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="57"/>
        <source>Conflicting</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="60"/>
        <source>The bundle holds all cases of that workstation.</source>
        <translation>该同步包包含对方工作站的全部案件。</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="61"/>
        <source>The bundle holds cases chosen on that workstation.</source>
        <translation>该同步包包含对方工作站选定的案件。</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="62"/>
        <source>The bundle holds what changed there since {since}.</source>
        <translation>该同步包包含对方自 {since} 起的变更。</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="64"/>
        <source>(people, insurers and other shared records)</source>
        <translation>（人员、保险公司等共用记录）</translation>
    </message>
    <message>
        <location filename="../../workbench/bundle/labels.py" line="65"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../ui/team_dialog.py" line="151"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="157"/>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="157"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="157"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="157"/>
        <source>Member of staff</source>
        <translation>团队成员</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="157"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="158"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="158"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="158"/>
        <source>Last sign-in</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="168"/>
        <source>Add a person…</source>
        <translation>添加人员…</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="171"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="174"/>
        <source>Disable / enable</source>
        <translation>停用 / 启用</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="177"/>
        <source>Set password…</source>
        <translation>设置密码…</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="201"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="201"/>
        <source>active</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="203"/>
        <source>no account</source>
        <translation>无账户</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="203"/>
        <source>left the team</source>
        <translation>已离开团队</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../ui/rounds_panel.py" line="283"/>
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/rounds_panel.py" line="285"/>
        <location filename="../../ui/rounds_panel.py" line="321"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/rounds_panel.py" line="285"/>
        <location filename="../../ui/rounds_panel.py" line="321"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/rounds_panel.py" line="285"/>
        <location filename="../../ui/rounds_panel.py" line="321"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/rounds_panel.py" line="285"/>
        <location filename="../../ui/rounds_panel.py" line="321"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/rounds_panel.py" line="309"/>
        <source>Save the timeline</source>
        <translation>保存时间线</translation>
    </message>
    <message>
        <location filename="../../ui/rounds_panel.py" line="309"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/rounds_panel.py" line="320"/>
        <source>Timeline of {number}</source>
        <translation>{number} 的时间线</translation>
    </message>
</context>
</TS>
