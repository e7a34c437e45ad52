package io.longitude.dashboard.cli;

import io.longitude.dashboard.DashboardApplication;
import io.longitude.dashboard.system.DataPaths;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serves the dashboard.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--port",
            defaultValue = "8080",
            description = "HTTP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--address",
            defaultValue = "127.0.0.1",
            description = "Address to bind (default: ${DEFAULT-VALUE}); 0.0.0.0 for all interfaces.")
    String address;

    @Mixin
    StorageOptions.Lake lake;

    @Mixin
    StorageOptions.Metrics metrics;

    @Mixin
    StorageOptions.Master master;

    @Option(
            names = "--users",
            defaultValue = DataPaths.USERS,
            description = "Users file (default: ${DEFAULT-VALUE}); see 'users add'.")
    String users;

    @Mixin
    StorageOptions.Audit audit;

    @Mixin
    EmptyLakeOption emptyLake;

    @Override
    public Integer call() {
        ArgumentChecks.of(spec)
                .master("--master", master.url)
                .port("--port", port, address)
                .lake("--lake", lake.uri, emptyLake.allowed)
                .root("--metrics", metrics.uri)
                .root("--audit", audit.uri)
                .verify();
        serve(
                port,
                address,
                lake.uri,
                metrics.uri,
                master.url,
                users,
                audit.uri,
                spec.commandLine().getOut());
        return 0;
    }

    static String serve(
            int port,
            String address,
            String lake,
            String metrics,
            String master,
            String users,
            String audit,
            PrintWriter out) {
        ConfigurableApplicationContext context = DashboardApplication.start(Map.of(
                "server.port",
                port,
                "server.address",
                address,
                "longitude.users",
                users,
                "longitude.audit",
                audit,
                "longitude.lake",
                lake,
                "longitude.metrics",
                metrics,
                "longitude.master",
                master));
        int actual = ((WebServerApplicationContext) context).getWebServer().getPort();
        String url = "http://" + (address.equals("0.0.0.0") ? "127.0.0.1" : address) + ":" + actual + "/";
        out.println("Longitude dashboard: " + url);
        out.flush();
        return url;
    }
}
