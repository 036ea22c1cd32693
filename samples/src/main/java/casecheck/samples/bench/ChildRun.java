package casecheck.samples.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One measured child process: wall time from start to exit, peak RSS (the largest {@code VmHWM} of the process and
 * its descendants, sampled from {@code /proc} every 100 ms until exit), and the heap figures of its GC log (the JVM
 * must be started with {@link #gcLogOption(Path)}), and its CPU time (user + system of the process and its
 * descendants, sampled from {@code /proc}; on a shared, loaded machine CPU time is steadier than wall time).
 *
 * @param wallMs     start to exit, in milliseconds
 * @param cpuMs      user + system CPU time, in milliseconds (up to one sampling interval short; 0 without /proc)
 * @param exitCode   the process's exit code
 * @param peakRssKb  the largest resident set seen, in KiB (0 when {@code /proc} is not available)
 * @param heap       heap figures from the GC log
 * @param stdout     the file holding the child's standard output
 * @param stderr     the file holding the child's standard error
 */
record ChildRun(long wallMs, long cpuMs, int exitCode, long peakRssKb, Heap heap, Path stdout, Path stderr) {

    /**
     * Heap figures read from a GC log.
     *
     * @param peakUsedMb the largest heap occupancy seen (before a collection, or at exit), in MiB
     * @param peakLiveMb the largest occupancy right after a collection (an upper bound of the live set), in MiB
     * @param collections the number of GC pauses logged
     */
    record Heap(long peakUsedMb, long peakLiveMb, int collections) {
    }

    /** G1/Serial/Parallel pause lines: {@code … Pause Young (Normal) (G1 Evacuation Pause) 24M->5M(256M) 3.4ms}. */
    private static final Pattern PAUSE = Pattern.compile("Pause.*?\\s(\\d+)M->(\\d+)M\\((\\d+)M\\)");
    /** The heap printout at exit: {@code garbage-first heap total 262144K, used 81234K}, one line per generation. */
    private static final Pattern EXIT_USED = Pattern.compile("total (\\d+)K, used (\\d+)K");

    /** The JVM option that writes the GC log {@link #run} reads. */
    static String gcLogOption(Path gcLog) {
        return "-Xlog:gc,gc+heap+exit:file=" + gcLog + ":uptime,tags";
    }

    /** Runs {@code command} (output to {@code stdout}/{@code stderr}) and measures it. */
    static ChildRun run(List<String> command, Map<String, String> env, Path stdout, Path stderr, Path gcLog)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        pb.environment().putAll(env);
        Files.deleteIfExists(gcLog);
        long t0 = System.nanoTime();
        Process p = pb.start();
        long peak = 0;
        long cpu = 0;
        while (true) {
            peak = Math.max(peak, hwm(p.toHandle()));
            cpu = Math.max(cpu, cpuTicks(p.toHandle()));
            if (p.waitFor(100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                break;
            }
        }
        long wallMs = (System.nanoTime() - t0) / 1_000_000;
        return new ChildRun(wallMs, cpu * 1000 / TICKS_PER_SECOND, p.exitValue(), peak, heap(gcLog), stdout, stderr);
    }

    /** The largest VmHWM of a process and its descendants (a launcher script may fork instead of exec). */
    private static long hwm(ProcessHandle h) {
        long max = vmHwm(h.pid());
        for (ProcessHandle d : h.descendants().toList()) {
            max = Math.max(max, vmHwm(d.pid()));
        }
        return max;
    }

    /** USER_HZ of Linux's /proc/<pid>/stat, 100 on every mainstream architecture. */
    private static final long TICKS_PER_SECOND = 100;

    /** utime + stime of a process and its live descendants, in clock ticks. */
    private static long cpuTicks(ProcessHandle h) {
        long sum = ticks(h.pid());
        for (ProcessHandle d : h.descendants().toList()) {
            sum += ticks(d.pid());
        }
        return sum;
    }

    private static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    private static long vmHwm(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException gone) {
            // The process ended between two samples, or this is not Linux: the earlier samples stand.
        }
        return 0;
    }

    static Heap heap(Path gcLog) throws IOException {
        if (!Files.exists(gcLog)) {
            return new Heap(0, 0, 0);
        }
        long used = 0;
        long live = 0;
        int pauses = 0;
        long exitUsedKb = 0;
        for (String line : Files.readAllLines(gcLog, StandardCharsets.UTF_8)) {
            Matcher m = PAUSE.matcher(line);
            if (m.find()) {
                pauses++;
                used = Math.max(used, Long.parseLong(m.group(1)));
                live = Math.max(live, Long.parseLong(m.group(2)));
                continue;
            }
            Matcher x = EXIT_USED.matcher(line);
            if (line.contains("exit") && x.find()) {
                exitUsedKb += Long.parseLong(x.group(2));
            }
        }
        return new Heap(Math.max(used, exitUsedKb / 1024), live, pauses);
    }

    boolean ok() {
        return exitCode == 0;
    }

    /** The last lines of the child's standard error, to explain a failure. */
    String errorTail() throws IOException {
        List<String> lines = Files.readAllLines(stderr, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    }
}
