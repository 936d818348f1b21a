package dev.focal.catalog.opensearch;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * True when {@code focal.opensearch.url} has a value. Not {@code @ConditionalOnProperty}: the property is always
 * present (application.properties maps it to {@code FOCAL_OPENSEARCH_URL} with an empty default), and an empty
 * value must mean "off".
 */
class OpenSearchConfigured implements Condition {

    static final String URL = "focal.opensearch.url";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return StringUtils.hasText(context.getEnvironment().getProperty(URL));
    }
}
