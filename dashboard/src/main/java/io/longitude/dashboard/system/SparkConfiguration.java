package io.longitude.dashboard.system;

import org.apache.spark.sql.SparkSession;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's one long-lived Spark session; the CLI's session when the CLI started the server. */
@Configuration(proxyBeanMethods = false)
class SparkConfiguration {
    @Bean(destroyMethod = "")
    SparkSession sparkSession(LongitudeProperties properties) {
        return LocalSpark.session(properties.master());
    }
}
