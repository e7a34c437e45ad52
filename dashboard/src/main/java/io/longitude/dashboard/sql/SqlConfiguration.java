package io.longitude.dashboard.sql;

import io.longitude.dashboard.system.LongitudeProperties;
import io.longitude.sql.ConsoleSessions;
import io.longitude.sql.QueryExecutor;
import org.apache.spark.sql.SparkSession;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The SQL console's parts: its limits ({@code longitude.sql.*}), its sessions and its executor. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SqlProperties.class)
class SqlConfiguration {
    @Bean
    ConsoleSessions consoleSessions(SparkSession spark, LongitudeProperties properties) {
        return new ConsoleSessions(spark, properties.lake(), properties.metrics());
    }

    @Bean(destroyMethod = "close")
    QueryExecutor queryExecutor(SqlProperties properties) {
        return new QueryExecutor(properties.limits());
    }
}
