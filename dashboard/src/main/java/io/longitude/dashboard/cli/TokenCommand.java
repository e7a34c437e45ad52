package io.longitude.dashboard.cli;

import io.longitude.dashboard.access.Account;
import io.longitude.dashboard.access.ApiToken;
import io.longitude.dashboard.access.TokenFile;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ./longitude users token create|list|revoke}: personal API tokens in the tokens file beside the users file
 * (see docs/security.md). A running server sees a change at the next request.
 */
@Command(
        name = "token",
        mixinStandardHelpOptions = true,
        description = "Creates, lists and revokes users' personal API tokens.",
        subcommands = {TokenCommand.Create.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class})
final class TokenCommand implements Runnable {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    @Spec
    CommandSpec spec;

    @ParentCommand
    UsersCommand users;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    TokenFile tokens() {
        return TokenFile.besideUsers(users.file);
    }

    Optional<Account> account(String username) {
        return users.accounts().read().stream()
                .filter(account -> account.username().equals(username))
                .findFirst();
    }

    @Command(
            name = "create",
            mixinStandardHelpOptions = true,
            description = "Creates a token for a user and prints its secret once. Read-only unless --write.")
    static final class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ParentCommand
        TokenCommand parent;

        @Parameters(index = "0", description = "User name.")
        String username;

        @Parameters(index = "1", description = "The token's name (e.g. notebook).")
        String name;

        @Option(
                names = "--programme",
                description =
                        "Narrow the token to this programme of the user's; repeat for several (default: all of the user's).")
        List<String> programmes = List.of();

        @Option(
                names = "--write",
                description = "Allow writing calls (POST and others); without it the token may only GET.")
        boolean write;

        @Option(
                names = "--days",
                defaultValue = "90",
                description = "Days until it expires, 1 to 366 (default: ${DEFAULT-VALUE}).")
        int days;

        @Override
        public Integer call() {
            Instant now = Instant.now();
            ArgumentChecks checks = ArgumentChecks.of(spec);
            Optional<Account> account = parent.account(username);
            if (account.isEmpty()) {
                checks.problem("user " + username + " is not in " + parent.users.file);
            } else if (days < 1 || days > TokenFile.LONGEST.toDays()) {
                checks.problem("--days " + days + " is out of range (1 to " + TokenFile.LONGEST.toDays() + ")");
            } else {
                parent.tokens()
                        .problems(account.get(), name, programmes, now.plus(Duration.ofDays(days)), now)
                        .forEach(checks::problem);
            }
            checks.verify();
            TokenFile.Issued issued = parent.tokens()
                    .issue(account.orElseThrow(), name, programmes, write, now.plus(Duration.ofDays(days)), now);
            PrintWriter out = spec.commandLine().getOut();
            ApiToken token = issued.token();
            out.println("Token " + token.name() + " (id " + token.id() + ") of " + username + ", "
                    + (write ? "read-write" : "read-only") + ", "
                    + (token.programmes().isEmpty()
                            ? "all of the user's programmes"
                            : String.join(",", token.programmes()))
                    + ", expires "
                    + DAY.format(token.expires()) + ", saved in "
                    + parent.tokens().path());
            out.println("Secret (shown once): " + issued.secret());
            return ExitCodes.DONE;
        }
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "Lists tokens: user, name, id, access, programmes, expiry, state.")
    static final class ListTokens implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ParentCommand
        TokenCommand parent;

        @Parameters(index = "0", arity = "0..1", description = "Only this user's tokens.")
        String username;

        @Override
        public Integer call() {
            Instant now = Instant.now();
            PrintWriter out = spec.commandLine().getOut();
            for (ApiToken token : parent.tokens().read()) {
                if (username == null || token.username().equals(username)) {
                    String state = token.revoked() != null ? "revoked" : token.live(now) ? "valid" : "expired";
                    out.printf(
                            "%-20s %-24s %-8s %-10s %-30s %s %s%n",
                            token.username(),
                            token.name(),
                            token.id(),
                            token.write() ? "read-write" : "read-only",
                            token.programmes().isEmpty() ? "(all of the user's)" : String.join(",", token.programmes()),
                            DAY.format(token.expires()),
                            state);
                }
            }
            return ExitCodes.DONE;
        }
    }

    @Command(
            name = "revoke",
            mixinStandardHelpOptions = true,
            description = "Revokes a user's token, by name or id; it answers 401 from the next request.")
    static final class Revoke implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ParentCommand
        TokenCommand parent;

        @Parameters(index = "0", description = "User name.")
        String username;

        @Parameters(index = "1", description = "The token's name or id.")
        String token;

        @Override
        public Integer call() {
            if (!parent.tokens().revoke(username, token, Instant.now())) {
                spec.commandLine()
                        .getErr()
                        .println("longitude users token revoke: user " + username + " has no valid token named " + token
                                + " in " + parent.tokens().path());
                return ExitCodes.FAILED;
            }
            spec.commandLine().getOut().println("Token " + token + " of " + username + " revoked");
            return ExitCodes.DONE;
        }
    }
}
