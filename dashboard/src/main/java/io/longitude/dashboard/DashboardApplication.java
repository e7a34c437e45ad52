package io.longitude.dashboard;

import io.longitude.dashboard.system.LongitudeProperties;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The web dashboard. Started by {@code ./longitude serve} and {@code ./longitude demo}. */
@SpringBootApplication
@EnableConfigurationProperties(LongitudeProperties.class)
@EnableScheduling
public class DashboardApplication {
    /** Starts the server with these properties, which take precedence over {@code application.properties}. */
    public static ConfigurableApplicationContext start(Map<String, Object> properties) {
        String[] arguments = properties.entrySet().stream()
                .map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                .toArray(String[]::new);
        return new SpringApplication(DashboardApplication.class).run(arguments);
    }
}
