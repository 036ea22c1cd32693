package casecheck.facts;

/** Reason codes for documents that are not simply checked (reliability-checklist §2). */
public enum OutcomeReason {
    NONE(DocumentOutcome.CHECKED, "正常"),
    ENCRYPTED_DOCUMENT(DocumentOutcome.UNREADABLE, "文件已加密"),
    DOCUMENT_CORRUPT(DocumentOutcome.UNREADABLE, "文件已损坏"),
    UNSUPPORTED_FORMAT(DocumentOutcome.UNREADABLE, "不支持的文件格式"),
    EMPTY_FILE(DocumentOutcome.UNREADABLE, "空文件"),
    TYPE_MISMATCH(DocumentOutcome.UNREADABLE, "文件内容与扩展名不符"),
    DOCUMENT_REJECTED(DocumentOutcome.UNREADABLE, "文件含有不安全内容，已拒绝"),
    FILE_TOO_LARGE(DocumentOutcome.UNREADABLE, "文件过大，超过安全限制"),
    PARSER_TIMEOUT(DocumentOutcome.UNREADABLE, "解析超时"),
    PARSER_OOM(DocumentOutcome.UNREADABLE, "解析内存超限"),
    PARSER_CRASH(DocumentOutcome.UNREADABLE, "解析程序异常"),
    UNSAFE_PATH(DocumentOutcome.UNREADABLE, "压缩包含有不安全路径"),
    ARCHIVE_LIMIT(DocumentOutcome.UNREADABLE, "压缩包超过安全限制"),
    ARCHIVE_CORRUPT(DocumentOutcome.UNREADABLE, "压缩包已损坏"),
    ENCRYPTED_ARCHIVE(DocumentOutcome.UNREADABLE, "压缩包已加密"),
    DUPLICATE_ENTRY(DocumentOutcome.UNREADABLE, "压缩包内有重名文件"),
    SKIPPED_LINK(DocumentOutcome.UNREADABLE, "符号链接，未读取"),
    SKIPPED_SPECIAL_FILE(DocumentOutcome.UNREADABLE, "特殊文件（管道或设备），未读取"),
    INPUT_CHANGED(DocumentOutcome.NEEDS_REVIEW, "运行开始后文件被改动、改名或删除，本次未检查"),
    STORE_FAILED(DocumentOutcome.NEEDS_REVIEW, "检查结果未能保存（数据库写入失败），本卷宗未完成检查，需人工复核"),
    NEEDS_OCR(DocumentOutcome.NEEDS_REVIEW, "无文字层（扫描件），需要OCR或人工审阅"),
    TEXT_UNRELIABLE(DocumentOutcome.NEEDS_REVIEW, "提取的文字不可靠（字体映射异常或乱码）"),
    TEXT_TRUNCATED(DocumentOutcome.NEEDS_REVIEW, "文字过长已截断，未完整检查"),
    PDF_PARTIAL(DocumentOutcome.NEEDS_REVIEW, "PDF不完整，仅部分可读"),
    MERGED_DOCUMENTS(DocumentOutcome.NEEDS_REVIEW, "文件由多份文书合并而成，只检查了第一份");

    private final DocumentOutcome outcome;
    private final String label;

    OutcomeReason(DocumentOutcome outcome, String label) {
        this.outcome = outcome;
        this.label = label;
    }

    public DocumentOutcome outcome() { return outcome; }

    public String label() { return label; }
}
