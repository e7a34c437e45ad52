package io.longitude.dashboard.cli;

import io.longitude.dashboard.access.Account;
import io.longitude.dashboard.access.AccountFile;
import io.longitude.dashboard.access.Passwords;
import io.longitude.dashboard.access.Role;
import io.longitude.dashboard.system.DataPaths;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "users",
        mixinStandardHelpOptions = true,
        description = "Adds, lists and removes the dashboard's users, and their personal API tokens.",
        subcommands = {
            UsersCommand.Add.class,
            UsersCommand.ListUsers.class,
            UsersCommand.Remove.class,
            TokenCommand.class
        })
final class UsersCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--users", defaultValue = DataPaths.USERS, description = "Users file (default: ${DEFAULT-VALUE}).")
    Path file;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    AccountFile accounts() {
        return new AccountFile(file);
    }

    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            description =
                    "Adds a user, or replaces the user of that name. Prints a generated password unless --password-stdin.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        UsersCommand parent;

        @Parameters(index = "0", description = "User name.")
        String username;

        @Option(names = "--role", required = true, description = "MANAGER, FUNDER, ANALYST or ADMIN.")
        Role role;

        @Option(
                names = "--programme",
                required = true,
                description = "Programme id in the user's scope; repeat for several; '*' for all.")
        List<String> programmes;

        @Option(
                names = "--password-stdin",
                description = "Read the password (at least 12 characters) from the first line of standard input.")
        boolean passwordFromInput;

        @Override
        public Integer call() {
            PrintWriter out = parent.spec.commandLine().getOut();
            String password = passwordFromInput ? firstLine() : Passwords.random();
            Account account = new Account(username, Passwords.hash(password), role, programmes);
            List<Account> accounts = new ArrayList<>(parent.accounts().read().stream()
                    .filter(existing -> !existing.username().equals(username))
                    .toList());
            accounts.add(account);
            parent.accounts().write(accounts);
            out.println("User " + username + " (" + role + ", " + String.join(",", programmes) + ") saved in "
                    + parent.file);
            if (!passwordFromInput) {
                out.println("Password: " + password);
            }
            return 0;
        }

        private static String firstLine() {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null) {
                    throw new IllegalArgumentException("No password on standard input");
                }
                return line;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the users: name, role, programmes.")
    static final class ListUsers implements Callable<Integer> {
        @ParentCommand
        UsersCommand parent;

        @Override
        public Integer call() {
            PrintWriter out = parent.spec.commandLine().getOut();
            for (Account account : parent.accounts().read()) {
                out.printf(
                        "%-24s %-8s %s%n", account.username(), account.role(), String.join(",", account.programmes()));
            }
            return 0;
        }
    }

    @Command(
            name = "remove",
            mixinStandardHelpOptions = true,
            description = "Removes a user; their open sessions end at the next request.")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        UsersCommand parent;

        @Parameters(index = "0", description = "User name.")
        String username;

        @Override
        public Integer call() {
            List<Account> accounts = parent.accounts().read();
            List<Account> kept = accounts.stream()
                    .filter(account -> !account.username().equals(username))
                    .toList();
            if (kept.size() == accounts.size()) {
                parent.spec
                        .commandLine()
                        .getErr()
                        .println("longitude users remove: no user " + username + " in " + parent.file);
                return 1;
            }
            parent.accounts().write(kept);
            parent.spec.commandLine().getOut().println("User " + username + " removed from " + parent.file);
            return 0;
        }
    }
}
