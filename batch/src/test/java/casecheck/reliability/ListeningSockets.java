package casecheck.reliability;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** Linux: the inodes of listening TCP sockets (from /proc/net/tcp and tcp6) held open by one process. */
final class ListeningSockets {

    private ListeningSockets() {
    }

    static Set<Long> of(long pid) {
        Set<Long> listening = new HashSet<>();
        for (String table : new String[] {"/proc/net/tcp", "/proc/net/tcp6"}) {
            try {
                java.util.List<String> lines = Files.readAllLines(Path.of(table));
                for (String line : lines.subList(1, lines.size())) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length > 9 && f[3].equals("0A")) {
                        listening.add(Long.parseLong(f[9]));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // table absent (no IPv6): nothing listens there
            }
        }
        Set<Long> held = new HashSet<>();
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "fd"))) {
            for (Path fd : fds) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        long inode = Long.parseLong(target.substring(8, target.length() - 1));
                        if (listening.contains(inode)) {
                            held.add(inode);
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    // the descriptor closed while we looked
                }
            }
        } catch (IOException e) {
            // the process ended while we looked
        }
        return held;
    }
}
