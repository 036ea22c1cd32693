package casecheck.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (Implementation-Version), or "开发版" when run from classes. */
final class VersionProvider implements IVersionProvider {

    static String version() {
        String v = CaseCheck.class.getPackage().getImplementationVersion();
        return v == null ? "开发版" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "casecheck " + version(),
            "Java " + System.getProperty("java.version") + "（" + System.getProperty("java.vm.name") + "）"};
    }
}
