package io.longitude.sql;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.DelegateToFileSystem;

/**
 * The {@code FileContext} face of {@link ReadOnlyFileSystem}: Delta's log store writes commits through
 * {@code FileContext}, which resolves {@code fs.AbstractFileSystem.<scheme>.impl} rather than {@code fs.<scheme>.impl},
 * so the console's session maps that key here too and a commit fails like any other write.
 */
public class ReadOnlyFs extends DelegateToFileSystem {
    public ReadOnlyFs(URI uri, Configuration conf) throws IOException, URISyntaxException {
        super(uri, new ReadOnlyFileSystem(), conf, uri.getScheme(), uri.getAuthority() != null);
    }

    @Override
    public int getUriDefaultPort() {
        return -1;
    }
}
