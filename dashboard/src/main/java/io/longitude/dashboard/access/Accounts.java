package io.longitude.dashboard.access;

import io.longitude.dashboard.system.LongitudeProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The users of the running server, read from the users file and read again when the file changes, so that
 * {@code ./longitude users add|remove} takes effect without a restart (at the user's next sign-in).
 */
@Component
public class Accounts implements UserDetailsService {
    private final AccountFile file;
    private FileTime modified;
    private List<Account> accounts = List.of();

    public Accounts(LongitudeProperties properties) {
        this.file = new AccountFile(Path.of(properties.users()));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return find(username)
                .map(SignedInUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("No user " + username));
    }

    public Optional<Account> find(String username) {
        return current().stream()
                .filter(account -> account.username().equals(username))
                .findFirst();
    }

    public synchronized List<Account> current() {
        try {
            FileTime now = Files.exists(file.path()) ? Files.getLastModifiedTime(file.path()) : null;
            if (now == null) {
                accounts = List.of();
            } else if (!now.equals(modified)) {
                accounts = file.read();
            }
            modified = now;
            return accounts;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
