package io.longitude.dashboard.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.dashboard.system.LocalSpark;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clean shutdown (SIGTERM) of a process with queued audit entries appends every one of them, although Spark's own
 * shutdown hook stops the session at the same time as the application closes.
 */
class TestAuditShutdown {
    private static final int ENTRIES = 300;

    @TempDir
    Path temp;

    @Test
    void sigtermAppendsEveryQueuedEntry() throws Exception {
        String root = temp.resolve("audit").toString();
        Process process = start(root);
        BufferedReader output =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuffer log = new StringBuffer();
        String line;
        while ((line = output.readLine()) != null && !line.equals("READY")) {
            log.append(line).append('\n');
        }
        assertThat(line).as("the child started:\n%s", log).isEqualTo("READY");
        Thread drain = new Thread(() -> {
            try {
                output.lines().forEach(rest -> log.append(rest).append('\n'));
            } catch (UncheckedIOException e) {
                // destroy() closes the stream.
            }
        });
        drain.setDaemon(true);
        drain.start();

        process.destroy();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("SIGTERM, not a crash").isEqualTo(143);

        assertThat(AuditTable.newest(LocalSpark.session("local[2]"), root, AuditQuery.all(), ENTRIES + 1))
                .as("entries in the table after SIGTERM; the child said:\n%s", log)
                .hasSize(ENTRIES);
    }

    private static Process start(String root) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(argument -> argument.startsWith("--add-")
                        || argument.startsWith("-XX:+IgnoreUnrecognized")
                        || argument.startsWith("-Dio.netty")
                        || argument.startsWith("--enable-native-access"))
                .forEach(command::add);
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                AuditShutdownMain.class.getName(),
                root,
                String.valueOf(ENTRIES)));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }
}
