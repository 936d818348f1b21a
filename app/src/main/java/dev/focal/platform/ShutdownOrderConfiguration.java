package dev.focal.platform;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ExecutorConfigurationSupport;

/**
 * Part of the stop order (docs/architecture.md, "Stopping"): the executors that run event listeners and
 * scheduled tasks are shut down, waiting for what they still run, before the connection pool closes. Left to
 * itself Spring would destroy them after the pool (and the embedded PostgreSQL), since they are created first.
 */
@Configuration(proxyBeanMethods = false)
class ShutdownOrderConfiguration {

    @Bean
    static BeanFactoryPostProcessor executorsStopBeforeTheDataSource() {
        return beanFactory -> {
            for (String executor : beanFactory.getBeanNamesForType(ExecutorConfigurationSupport.class, true, false)) {
                for (String dataSource : beanFactory.getBeanNamesForType(DataSource.class, true, false)) {
                    beanFactory.registerDependentBean(dataSource, executor);
                }
            }
        };
    }
}
