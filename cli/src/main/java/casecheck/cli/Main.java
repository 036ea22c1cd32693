package casecheck.cli;

/** Entry point of {@code casecheck check | rules}; all logic is in {@link CaseCheck}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(CaseCheck.run(args));
    }
}
