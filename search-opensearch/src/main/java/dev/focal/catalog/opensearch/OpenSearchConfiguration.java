package dev.focal.catalog.opensearch;

import dev.focal.catalog.Catalog;
import java.net.URI;
import java.time.Clock;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.core5.http.HttpHost;
import org.jobrunr.scheduling.JobScheduler;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * OpenSearch as the catalog's search, only when {@code focal.opensearch.url} ({@code FOCAL_OPENSEARCH_URL}) is
 * set: the client, the index, the search that replaces the PostgreSQL one ({@code @Primary}), and the jobs and
 * listener that keep the index in step. Without the URL none of this exists and PostgreSQL answers.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(OpenSearchConfigured.class)
class OpenSearchConfiguration {

    @Bean(destroyMethod = "")
    OpenSearchClient openSearchClient(@Value("${focal.opensearch.url}") String url,
                                      @Value("${focal.opensearch.username:}") String username,
                                      @Value("${focal.opensearch.password:}") String password) {
        return client(url, username, password);
    }

    /** A client for the node at {@code url} (http or https), with basic authentication when a user is given. */
    static OpenSearchClient client(String url, String username, String password) {
        URI uri = URI.create(url.strip());
        if (uri.getHost() == null || uri.getScheme() == null) {
            throw new IllegalArgumentException("focal.opensearch.url must look like http://host:9200, not " + url);
        }
        var host = new HttpHost(uri.getScheme(), uri.getHost(), uri.getPort() < 0
                ? ("https".equals(uri.getScheme()) ? 443 : 80) : uri.getPort());
        var builder = ApacheHttpClient5TransportBuilder.builder(host).setMapper(new JacksonJsonpMapper());
        if (!username.isBlank()) {
            builder.setHttpClientConfigCallback(http -> {
                var credentials = new BasicCredentialsProvider();
                credentials.setCredentials(new AuthScope(host),
                        new UsernamePasswordCredentials(username, password.toCharArray()));
                return http.setDefaultCredentialsProvider(credentials);
            });
        }
        return new OpenSearchClient(builder.build());
    }

    @Bean
    OpenSearchTransportCloser openSearchTransportCloser(OpenSearchClient client) {
        return new OpenSearchTransportCloser(client);
    }

    @Bean
    ProductIndex productIndex(OpenSearchClient client, Clock clock) {
        return new ProductIndex(client, clock);
    }

    @Bean
    @Primary
    OpenSearchCatalogSearch openSearchCatalogSearch(OpenSearchClient client) {
        return new OpenSearchCatalogSearch(client);
    }

    @Bean
    SearchIndexJobs searchIndexJobs(ProductIndex index, Catalog catalog) {
        return new SearchIndexJobs(index, catalog);
    }

    @Bean
    SearchIndexSync searchIndexSync(JobScheduler jobs) {
        return new SearchIndexSync(jobs);
    }

    @Bean
    SearchIndexAdmin searchIndexAdmin(JobScheduler jobs) {
        return new SearchIndexAdmin(jobs);
    }

    @Bean
    SearchIndexStartup searchIndexStartup(ProductIndex index, JobScheduler jobs) {
        return new SearchIndexStartup(index, jobs);
    }

    /** Closes the client's HTTP transport when the context stops. */
    record OpenSearchTransportCloser(OpenSearchClient client) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            client._transport().close();
        }
    }
}
