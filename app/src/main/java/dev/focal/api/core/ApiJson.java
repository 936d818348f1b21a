package dev.focal.api.core;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.focal.inventory.StockFigures;
import dev.focal.shared.Money;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON details of the API: {@link Money} is {@code {"amount": 129.90, "currency": "EUR"}} and nothing more;
 * {@link StockFigures} include {@code available}.
 */
@Configuration(proxyBeanMethods = false)
class ApiJson {

    @Bean
    JsonMapperBuilderCustomizer moneyAsAmountAndCurrency() {
        return builder -> builder.addMixIn(Money.class, MoneyMixIn.class)
                .addMixIn(StockFigures.class, StockFiguresMixIn.class);
    }

    /** Stock figures carry their derived {@code available} too. */
    interface StockFiguresMixIn {
        @JsonProperty("available")
        int available();
    }

    @JsonIgnoreProperties({"negative", "zero"})
    interface MoneyMixIn {
    }
}
