package io.longitude.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.dashboard.access.TokenFile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ./longitude users token create|list|revoke} as an administrator types them, mistakes included. */
class TestTokenCommand {
    @TempDir
    Path temp;

    private StringWriter out;
    private StringWriter err;
    private Path users;

    @BeforeEach
    void user() {
        users = temp.resolve("users.yaml");
        assertThat(run(
                        "add",
                        "lena",
                        "--role",
                        "ANALYST",
                        "--programme",
                        "brussels-sd-pilot",
                        "--programme",
                        "ghent-pilot"))
                .isZero();
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine commandLine = LongitudeCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 3];
        all[0] = "users";
        all[1] = "--users";
        all[2] = users.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return commandLine.execute(all);
    }

    @Test
    void createListAndRevoke() throws Exception {
        assertThat(run("token", "create", "lena", "notebook", "--programme", "ghent-pilot", "--days", "30"))
                .isZero();
        String secret = out.toString()
                .lines()
                .filter(line -> line.startsWith("Secret (shown once): "))
                .findFirst()
                .orElseThrow()
                .substring("Secret (shown once): ".length());
        assertThat(secret).startsWith(TokenFile.PREFIX).hasSize(TokenFile.PREFIX.length() + 43);
        assertThat(out.toString()).contains("read-only", "ghent-pilot");
        Path file = temp.resolve("tokens.yaml");
        assertThat(Files.readString(file))
                .contains("sha256: " + TokenFile.sha256(secret))
                .doesNotContain(secret);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");

        assertThat(run("token", "list")).isZero();
        assertThat(out.toString())
                .containsPattern("lena +notebook +[0-9a-f]{8} +read-only +ghent-pilot +\\S+ valid")
                .doesNotContain(secret);

        assertThat(run("token", "revoke", "lena", "notebook")).isZero();
        assertThat(run("token", "list", "lena")).isZero();
        assertThat(out.toString()).contains("revoked");
        assertThat(run("token", "revoke", "lena", "notebook"))
                .as("nothing left to revoke")
                .isEqualTo(1);
        assertThat(err.toString()).contains("has no valid token named notebook");
        assertThat(run("token", "create", "lena", "notebook", "--write"))
                .as("the name is free again")
                .isZero();
        assertThat(out.toString()).contains("read-write", "all of the user's programmes");
    }

    @Test
    void mistakesAreRefusedBeforeAnythingIsWritten() {
        assertThat(run("token", "create", "nobody", "notebook")).isEqualTo(2);
        assertThat(err.toString()).contains("user nobody is not in " + users);
        assertThat(run("token", "create", "lena", "notebook", "--programme", "antwerp-pilot"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("programme antwerp-pilot is not one of user lena's");
        assertThat(run("token", "create", "lena", "notebook", "--days", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--days 0 is out of range");
        assertThat(run("token", "create", "lena", "bad/name")).isEqualTo(2);
        assertThat(err.toString()).contains("token name 'bad/name' is not valid");
        assertThat(temp.resolve("tokens.yaml")).doesNotExist();

        assertThat(run("token", "create", "lena", "notebook")).isZero();
        assertThat(run("token", "create", "lena", "notebook")).isEqualTo(2);
        assertThat(err.toString()).contains("already has a token named 'notebook'");
    }
}
