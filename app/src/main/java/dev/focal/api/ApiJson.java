package dev.focal.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.focal.shared.Money;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** JSON details of the API: {@link Money} is {@code {"amount": 129.90, "currency": "EUR"}} and nothing more. */
@Configuration(proxyBeanMethods = false)
class ApiJson {

    @Bean
    JsonMapperBuilderCustomizer moneyAsAmountAndCurrency() {
        return builder -> builder.addMixIn(Money.class, MoneyMixIn.class);
    }

    @JsonIgnoreProperties({"negative", "zero"})
    interface MoneyMixIn {
    }
}
