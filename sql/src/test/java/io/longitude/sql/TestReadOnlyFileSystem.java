package io.longitude.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.CreateFlag;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FilterFileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;

/** The read-only wrapper without Spark: every changing method of Hadoop's file system API is overridden and refuses. */
class TestReadOnlyFileSystem {
    private static final Pattern CHANGING = Pattern.compile(
            "create.*|append.*|concat|rename.*|delete.*|mkdirs|primitive.*|set(?!Conf|VerifyChecksum|WriteChecksum|WorkingDirectory).*"
                    + "|remove.*|modify.*|copy.*|move.*|startLocalOutput|completeLocalOutput|truncate|satisfy.*|unset.*");

    @Test
    void everyChangingMethodIsOverridden() {
        List<String> missing = new ArrayList<>();
        for (Class<?> type : List.of(FileSystem.class, FilterFileSystem.class)) {
            for (Method method : type.getDeclaredMethods()) {
                int modifiers = method.getModifiers();
                boolean overridable = (Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers))
                        && !Modifier.isStatic(modifiers)
                        && !Modifier.isFinal(modifiers);
                if (overridable
                        && CHANGING.matcher(method.getName()).matches()
                        && !method.getName().equals("createPathHandle")) {
                    try {
                        ReadOnlyFileSystem.class.getDeclaredMethod(method.getName(), method.getParameterTypes());
                    } catch (NoSuchMethodException e) {
                        missing.add(method.toString());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void readsPassAndChangesFail() throws IOException {
        java.nio.file.Path folder = Files.createTempDirectory("longitude-read-only");
        Files.writeString(folder.resolve("kept.txt"), "kept", StandardCharsets.UTF_8);
        Configuration conf = readOnly();
        Path kept = new Path(folder.resolve("kept.txt").toUri());
        FileSystem fileSystem = kept.getFileSystem(conf);

        assertThat(fileSystem).isInstanceOf(ReadOnlyFileSystem.class);
        try (var in = fileSystem.open(kept)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("kept");
        }
        assertThat(fileSystem.listStatus(new Path(folder.toUri()))).hasSize(1);
        Path added = new Path(folder.resolve("added.txt").toUri());
        assertThatThrownBy(() -> fileSystem.create(added)).hasMessageContaining("read-only");
        assertThatThrownBy(() -> fileSystem.createFile(added).build()).hasMessageContaining("read-only");
        assertThatThrownBy(() ->
                        fileSystem.mkdirs(new Path(folder.resolve("folder").toUri())))
                .hasMessageContaining("read-only");
        assertThatThrownBy(() -> fileSystem.delete(kept, false)).hasMessageContaining("read-only");
        assertThatThrownBy(() -> fileSystem.rename(kept, added)).hasMessageContaining("read-only");
        assertThatThrownBy(() -> fileSystem.append(kept)).hasMessageContaining("read-only");
        assertThat(Files.list(folder).map(path -> path.getFileName().toString()).toList())
                .containsExactly("kept.txt");
    }

    @Test
    void fileContextWritesFailToo() throws IOException {
        java.nio.file.Path folder = Files.createTempDirectory("longitude-read-only-context");
        FileContext context = FileContext.getFileContext(folder.toUri(), readOnly());
        Path added = new Path(folder.resolve("00000000000000000001.json").toUri());

        assertThatThrownBy(() ->
                        context.create(added, EnumSet.of(CreateFlag.CREATE)).close())
                .hasStackTraceContaining("read-only");
        assertThatThrownBy(
                        () -> context.mkdir(new Path(folder.resolve("x").toUri()), FsPermission.getDirDefault(), true))
                .hasStackTraceContaining("read-only");
        assertThat(Files.list(folder)).isEmpty();
    }

    private static Configuration readOnly() {
        Configuration conf = new Configuration();
        ReadOnlyFileSystem.settings("file", LocalFileSystem.class.getName()).forEach(conf::set);
        return conf;
    }
}
