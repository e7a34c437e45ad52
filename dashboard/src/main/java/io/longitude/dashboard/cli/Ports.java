package io.longitude.dashboard.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether the web server could listen on a port, tried by listening on it for a moment, and, on Linux, who listens on it
 * (from {@code /proc}: the listening socket's inode, then the process holding it), for the message that it is in use.
 */
final class Ports {
    /** How long the search for the holder of a port may take before the message just says "in use". */
    private static final long HOLDER_SEARCH_MILLIS = 500;

    private static final String LISTEN = "0A";

    enum Binding {
        FREE,
        IN_USE,
        NO_SUCH_ADDRESS
    }

    private Ports() {}

    static Binding bind(String address, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(address), port));
            return Binding.FREE;
        } catch (BindException e) {
            return e.getMessage() != null && e.getMessage().contains("assign")
                    ? Binding.NO_SUCH_ADDRESS
                    : Binding.IN_USE;
        } catch (UnknownHostException e) {
            return Binding.NO_SUCH_ADDRESS;
        } catch (IOException e) {
            return Binding.IN_USE;
        }
    }

    /** The process listening on the port, as "pid 4242: java -jar longitude.jar serve", when /proc tells. */
    static Optional<String> holder(int port) {
        long deadline = System.nanoTime() + HOLDER_SEARCH_MILLIS * 1_000_000;
        try {
            Optional<String> inode = listeningInode(port);
            if (inode.isEmpty()) {
                return Optional.empty();
            }
            String socket = "socket:[" + inode.get() + "]";
            try (DirectoryStream<Path> processes = Files.newDirectoryStream(
                    Path.of("/proc"), entry -> entry.getFileName().toString().matches("[0-9]+"))) {
                for (Path process : processes) {
                    if (System.nanoTime() > deadline) {
                        return Optional.empty();
                    }
                    if (holds(process, socket)) {
                        return Optional.of("pid " + process.getFileName() + ": " + commandLine(process));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // No /proc (not Linux) or not readable: the message says "in use" without naming who.
        }
        return Optional.empty();
    }

    private static Optional<String> listeningInode(int port) throws IOException {
        String hexPort = String.format(Locale.ROOT, "%04X", port);
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.isReadable(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file).stream().skip(1).toList()) {
                String[] fields = line.trim().split("\\s+");
                if (fields.length > 9 && fields[1].endsWith(":" + hexPort) && fields[3].equals(LISTEN)) {
                    return Optional.of(fields[9]);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean holds(Path process, String socket) {
        try (DirectoryStream<Path> descriptors = Files.newDirectoryStream(process.resolve("fd"))) {
            for (Path descriptor : descriptors) {
                try {
                    if (Files.readSymbolicLink(descriptor).toString().equals(socket)) {
                        return true;
                    }
                } catch (IOException e) {
                    // Closed since it was listed.
                }
            }
        } catch (IOException | RuntimeException e) {
            // Another user's process, or gone.
        }
        return false;
    }

    private static String commandLine(Path process) throws IOException {
        String command = new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8)
                .replace('\0', ' ')
                .trim();
        return command.length() > 80 ? command.substring(0, 77) + "..." : command;
    }
}
