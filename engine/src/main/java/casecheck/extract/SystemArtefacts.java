package casecheck.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Files that operating systems and office programs leave beside documents, which are never documents of a dossier:
 * macOS Finder's {@code .DS_Store}, the {@code __MACOSX/} folder and {@code ._} AppleDouble files that macOS adds to
 * zips, Windows Explorer's {@code Thumbs.db}, {@code ehthumbs.db} and {@code desktop.ini}, Word's and WPS's owner
 * files {@code ~$…} (left while a document is open), LibreOffice's {@code .~lock.…#}. They are skipped when a dossier
 * or an export is listed; reported as documents they were "unreadable" noise in every unit's morning report.
 */
public final class SystemArtefacts {

    private static final Set<String> NAMES = Set.of(".ds_store", "thumbs.db", "ehthumbs.db", "desktop.ini");

    private SystemArtefacts() {
    }

    /** True for an artefact; {@code path} is relative, with {@code /} or {@code \} separators. */
    public static boolean isArtefact(String path) {
        if (path == null || path.isEmpty()) {
            return false;
        }
        String[] segments = path.replace('\\', '/').split("/");
        for (int i = 0; i < segments.length - 1; i++) {
            if (isArtefactFolder(segments[i])) {
                return true;
            }
        }
        String name = segments[segments.length - 1];
        return NAMES.contains(name.toLowerCase(Locale.ROOT)) || name.startsWith("._") || name.startsWith("~$")
                || (name.startsWith(".~lock.") && name.endsWith("#")) || isArtefactFolder(name);
    }

    /** True for a folder that holds only artefacts ({@code __MACOSX}). */
    public static boolean isArtefactFolder(String name) {
        return name.equals("__MACOSX");
    }
}
