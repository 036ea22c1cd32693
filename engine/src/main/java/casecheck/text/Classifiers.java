package casecheck.text;

import casecheck.check.LawConfig;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@link OffenceClassifier}s of one {@link LawConfig}, one per effective date, built on demand. Thread-safe. */
public final class Classifiers {

    private static final LocalDate UNDATED = LocalDate.of(2100, 1, 1);
    private final LawConfig config;
    private final Map<LocalDate, OffenceClassifier> byDate = new ConcurrentHashMap<>();

    public Classifiers(LawConfig config) {
        this.config = config;
    }

    /** The classifier in force on {@code date}; the latest lists when the date is unknown. */
    public OffenceClassifier on(LocalDate date) {
        return byDate.computeIfAbsent(date == null ? UNDATED : date, d -> new OffenceClassifier(config, d));
    }
}
