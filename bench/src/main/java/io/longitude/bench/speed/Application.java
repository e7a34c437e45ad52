package io.longitude.bench.speed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The application jar run as a child process with the bench JVM's own java binary. */
record Application(Path java, Path jar) {
    Application {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("Cannot find the application jar " + jar
                    + ": build it with ./longitude --help or mvn -DskipTests package");
        }
    }

    static Application of(Path jar) {
        return new Application(Path.of(System.getProperty("java.home"), "bin", "java"), jar.toAbsolutePath());
    }

    /** {@code java OPTIONS -jar JAR ARGUMENTS}. */
    List<String> command(List<String> jvmOptions, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(arguments);
        return command;
    }
}
