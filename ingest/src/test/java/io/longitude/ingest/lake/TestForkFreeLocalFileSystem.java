package io.longitude.ingest.lake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileNotFoundException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.CreateFlag;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fork-free local file system answers as Hadoop's own does: permissions as asked (umask 077 gives 0600 files and
 * 0700 folders), a file's link status is its status, a link is still a link, a missing file is not found, and a
 * {@code FileContext} rename without overwrite (Delta's commit) refuses an existing target.
 */
class TestForkFreeLocalFileSystem {
    @TempDir
    java.nio.file.Path folder;

    private static Configuration configuration() {
        Configuration conf = new Configuration();
        ForkFreeLocalFileSystem.SETTINGS.forEach(conf::set);
        conf.set("fs.permissions.umask-mode", "077");
        conf.setBoolean("fs.file.impl.disable.cache", true);
        return conf;
    }

    @Test
    void filesAndFoldersGetThePermissionsTheUmaskLeaves() throws Exception {
        FileSystem fs = FileSystem.get(folder.toUri(), configuration());
        Path table = new Path(folder.toUri().toString(), "lake/responses");

        assertThat(fs).isInstanceOf(ForkFreeLocalFileSystem.class);
        assertThat(fs.mkdirs(table)).isTrue();
        try (FSDataOutputStream out = fs.create(new Path(table, "part-0.parquet"))) {
            out.write("rows".getBytes(StandardCharsets.UTF_8));
        }
        fs.setPermission(new Path(table, "part-0.parquet"), new FsPermission((short) 0640));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("lake/responses"))))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(folder.resolve("lake/responses/part-0.parquet"))))
                .isEqualTo("rw-r-----");
    }

    @Test
    void linkStatusIsTheFilesStatusAndALinkStaysALink() throws Exception {
        FileSystem fs = FileSystem.get(folder.toUri(), configuration());
        java.nio.file.Path file = Files.writeString(folder.resolve("commit.json"), "{}");
        java.nio.file.Path link = Files.createSymbolicLink(folder.resolve("link.json"), file);

        FileStatus status = fs.getFileLinkStatus(new Path(file.toUri()));
        FileStatus linked = fs.getFileLinkStatus(new Path(link.toUri()));

        assertThat(status.isFile()).isTrue();
        assertThat(status.isSymlink()).isFalse();
        assertThat(status.getLen()).isEqualTo(2);
        Configuration stock = new Configuration();
        stock.setBoolean("fs.file.impl.disable.cache", true);
        FileStatus stockLinked = FileSystem.get(folder.toUri(), stock).getFileLinkStatus(new Path(link.toUri()));
        assertThat(linked.isSymlink()).isEqualTo(stockLinked.isSymlink());
        assertThat(linked.getPath()).isEqualTo(stockLinked.getPath());
        assertThat(linked.getLen()).isEqualTo(stockLinked.getLen());
        assertThatThrownBy(() ->
                        fs.getFileLinkStatus(new Path(folder.resolve("absent").toUri())))
                .isInstanceOf(FileNotFoundException.class);
    }

    @Test
    void aCommitsRenameRefusesAnExistingTarget() throws Exception {
        FileContext context = FileContext.getFileContext(folder.toUri(), configuration());
        Path temporary = new Path(folder.toUri().toString(), "_delta_log/.00000.json.tmp");
        Path commit = new Path(folder.toUri().toString(), "_delta_log/00000.json");
        try (FSDataOutputStream out =
                context.create(temporary, EnumSet.of(CreateFlag.CREATE), Options.CreateOpts.createParent())) {
            out.write("{}".getBytes(StandardCharsets.UTF_8));
        }

        context.rename(temporary, commit, Options.Rename.NONE);
        Files.writeString(folder.resolve("_delta_log/.again.tmp"), "{}");

        assertThat(context.getDefaultFileSystem()).isInstanceOf(ForkFreeLocalFs.class);
        assertThat(Files.readString(folder.resolve("_delta_log/00000.json"))).isEqualTo("{}");
        assertThatThrownBy(() -> context.rename(
                        new Path(folder.toUri().toString(), "_delta_log/.again.tmp"), commit, Options.Rename.NONE))
                .isInstanceOf(org.apache.hadoop.fs.FileAlreadyExistsException.class);
    }
}
