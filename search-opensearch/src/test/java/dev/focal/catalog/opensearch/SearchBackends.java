package dev.focal.catalog.opensearch;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.focal.catalog.PostgresCatalogSearch;
import dev.focal.catalog.ProductId;
import dev.focal.catalog.SearchDocument;
import dev.focal.catalog.SearchQuery;
import dev.focal.catalog.SearchResult;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.flywaydb.core.Flyway;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Both search backends side by side, for the parity suite and the benchmark: an embedded PostgreSQL 17 with the
 * application's Flyway migrations and the {@link PostgresCatalogSearch}, and an in-JVM OpenSearch node (on a
 * free port, bound to 127.0.0.1) with the {@link OpenSearchCatalogSearch} and its {@link ProductIndex}.
 */
final class SearchBackends implements AutoCloseable {

    private static SearchBackends shared;

    final EmbeddedPostgres postgres;
    final HikariDataSource dataSource;
    final JdbcClient jdbc;
    final PostgresCatalogSearch postgresSearch;
    final TransactionTemplate transaction;
    final OpenSearchRunner runner;
    final OpenSearchClient client;
    final ProductIndex index;
    final OpenSearchCatalogSearch openSearch;

    private SearchBackends(Path home) throws IOException {
        postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "50").start();
        var config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(8);
        dataSource = new HikariDataSource(config);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        postgresSearch = new PostgresCatalogSearch(jdbc);
        transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

        int port = freePort();
        runner = new OpenSearchRunner();
        runner.setMaxHttpPort(port + 100);
        runner.onBuild((number, settings) -> {
            settings.put("network.host", "127.0.0.1");
            settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
            settings.put("action.auto_create_index", false);
        }).build(OpenSearchRunner.newConfigs().clusterName("focal-search-" + port).numOfNode(1)
                .baseHttpPort(port - 1).basePath(home.toString()).disableESLogger());
        runner.ensureYellow();
        String url = "http://127.0.0.1:" + runner.node().settings().get("http.port");
        client = OpenSearchConfiguration.client(url, "", "");
        index = new ProductIndex(client, Clock.systemUTC());
        openSearch = new OpenSearchCatalogSearch(client);
    }

    /** One pair of backends per test JVM, started on first use and stopped when the JVM exits. */
    static synchronized SearchBackends shared() {
        if (shared == null) {
            try {
                shared = new SearchBackends(Files.createTempDirectory("focal-opensearch"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    static SearchBackends start(Path home) throws IOException {
        return new SearchBackends(home);
    }

    /** Empties both backends and loads the documents: PostgreSQL row by row, OpenSearch through a full rebuild. */
    void load(List<SearchDocument> documents) throws IOException {
        jdbc.sql("delete from catalog_search").update();
        Map<ProductId, SearchDocument> byId = new LinkedHashMap<>();
        documents.forEach(d -> byId.put(d.productId(), d));
        transaction.executeWithoutResult(s -> documents.forEach(postgresSearch::write));
        index.createIfMissing();
        index.rebuild(List.copyOf(byId.keySet()), id -> Optional.ofNullable(byId.get(id)));
    }

    /** The PostgreSQL search runs in a transaction, as in the app (its typo threshold is transaction-local). */
    SearchResult postgres(SearchQuery query) {
        return transaction.execute(s -> postgresSearch.search(query));
    }

    SearchResult openSearch(SearchQuery query) {
        return openSearch.search(query);
    }

    @Override
    public void close() {
        try {
            client._transport().close();
            runner.close();
            runner.clean();
        } catch (Exception ignored) {
            // the JVM is going away anyway
        }
        dataSource.close();
        try {
            postgres.close();
        } catch (IOException ignored) {
            // as above
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
