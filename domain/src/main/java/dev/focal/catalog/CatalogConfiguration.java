package dev.focal.catalog;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The PostgreSQL search is always there: it holds the search documents. It answers searches unless another
 * {@link CatalogSearch} is declared {@code @Primary} (the OpenSearch adapter, when configured).
 */
@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

    @Bean
    PostgresCatalogSearch postgresCatalogSearch(JdbcClient jdbc) {
        return new PostgresCatalogSearch(jdbc);
    }
}
