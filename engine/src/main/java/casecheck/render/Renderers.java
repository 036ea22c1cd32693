package casecheck.render;

import java.util.List;
import java.util.Locale;

/** The renderers by name. Instances are created on demand so a text run never loads POI or PDFBox. */
public final class Renderers {

    private static final List<String> NAMES = List.of("text", "json", "html", "xlsx", "pdf");

    private Renderers() {
    }

    /** {@code text, json, html, xlsx, pdf}. */
    public static List<String> names() {
        return NAMES;
    }

    /** The renderer called {@code name} (case-insensitive); throws IllegalArgumentException with a Chinese message. */
    public static FindingsRenderer byName(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return switch (key) {
            case "text", "txt" -> new TextRenderer();
            case "json" -> new JsonRenderer();
            case "html", "htm" -> new HtmlRenderer();
            case "xlsx", "excel" -> new XlsxRenderer();
            case "pdf" -> new PdfRenderer();
            default -> throw new IllegalArgumentException(
                    "未知的输出格式：" + name + "（可选 " + String.join(" / ", NAMES) + "）");
        };
    }
}
