package casecheck.batch.nightly;

/** One regular file of the export when the run started: path relative to the export ({@code /}), size, hash. */
public record ManifestEntry(String path, long size, String sha256) {
}
