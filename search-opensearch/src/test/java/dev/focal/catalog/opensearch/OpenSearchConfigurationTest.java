package dev.focal.catalog.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import dev.focal.catalog.Catalog;
import dev.focal.catalog.CatalogSearch;
import java.time.Clock;
import org.jobrunr.scheduling.JobScheduler;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The OpenSearch beans exist only with a URL; then its search is the primary {@link CatalogSearch}. */
class OpenSearchConfigurationTest {

    ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(OpenSearchConfiguration.class)
            .withBean(Catalog.class, () -> mock(Catalog.class))
            .withBean(JobScheduler.class, () -> mock(JobScheduler.class))
            .withBean(Clock.class, Clock::systemUTC);

    @Test
    void without_a_url_nothing_of_opensearch_is_created() {
        context.withPropertyValues("focal.opensearch.url=").run(c -> {
            assertThat(c).doesNotHaveBean(OpenSearchCatalogSearch.class);
            assertThat(c).doesNotHaveBean(SearchIndexJobs.class);
            assertThat(c).doesNotHaveBean(SearchIndexAdmin.class);
        });
        context.run(c -> assertThat(c).doesNotHaveBean(OpenSearchCatalogSearch.class));
    }

    @Test
    void with_a_url_the_opensearch_search_and_its_jobs_are_there() {
        context.withPropertyValues("focal.opensearch.url=http://127.0.0.1:1", "focal.opensearch.username=focal",
                "focal.opensearch.password=secret").run(c -> {
            assertThat(c).hasSingleBean(OpenSearchCatalogSearch.class);
            assertThat(c.getBean(CatalogSearch.class).backend()).isEqualTo("opensearch");
            assertThat(c).hasSingleBean(SearchIndexJobs.class).hasSingleBean(SearchIndexSync.class)
                    .hasSingleBean(SearchIndexAdmin.class);
        });
    }
}
