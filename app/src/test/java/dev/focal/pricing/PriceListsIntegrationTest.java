package dev.focal.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.focal.IntegrationTest;
import dev.focal.pricing.PricingExceptions.NoActivePriceList;
import dev.focal.pricing.PricingExceptions.PriceListCodeTaken;
import dev.focal.shared.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Stored price lists on real PostgreSQL, priced through the one calculator. Each test uses its own currency. */
@IntegrationTest
class PriceListsIntegrationTest {

    static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    @Autowired
    PriceLists priceLists;

    static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static PricingRequest request(Channel channel, String region, PricingLine... lines) {
        return new PricingRequest(List.of(lines), channel, null, null, Set.of(), region, NOW);
    }

    @Test
    @WithMockUser(username = "pricer", roles = "ADMIN")
    void a_stored_list_prices_frames_lenses_and_coatings_with_the_region_tax() {
        var id = priceLists.create(new CreatePriceList(code("store-sek"), "Store SEK", Channel.STORE, "sek", false,
                NOW.minus(Duration.ofDays(1)), null));
        priceLists.setItemPrice(id, "FR-52-BLK", Money.of("1000.00", "SEK"));
        priceLists.setItemPrice(id, "FR-52-BLK", Money.of("1200.00", "SEK"));
        priceLists.setLensPrice(id, "sv-classic", "1.67", Money.of("900.00", "SEK"));
        priceLists.setCoatingPrice(id, "sv-classic", "AR", Money.of("300.00", "SEK"));
        priceLists.setTaxRate(new TaxRate("standard", "SE-TEST", new BigDecimal("25")));

        var line = new PricingLine("l1", "FR-52-BLK", "m1", "Lumen", "eyeglasses", "standard", 1,
                new LensChoice("sv-classic", "1.67", Set.of("AR"), new RxFacts(BigDecimal.TWO, BigDecimal.ZERO, false, 60)));
        var quote = priceLists.quote(request(Channel.STORE, "SE-TEST", line), "SEK", List.of(), List.of(), List.of());

        assertThat(quote.priceBookId()).startsWith("store-sek-");
        assertThat(quote.subtotal()).isEqualTo(Money.of("2400.00", "SEK"));
        assertThat(quote.taxTotal()).isEqualTo(Money.of("600.00", "SEK"));
        assertThat(quote.total()).isEqualTo(Money.of("3000.00", "SEK"));
    }

    @Test
    @WithMockUser(username = "pricer", roles = "ADMIN")
    void the_list_valid_at_the_moment_is_used_and_none_is_an_explained_error() {
        var old = priceLists.create(new CreatePriceList(code("web-nok-2025"), "Web NOK 2025", Channel.WEB, "NOK", true,
                NOW.minus(Duration.ofDays(400)), NOW.minus(Duration.ofDays(10))));
        var current = priceLists.create(new CreatePriceList(code("web-nok-2026"), "Web NOK 2026", Channel.WEB, "NOK",
                true, NOW.minus(Duration.ofDays(10)), null));
        priceLists.setItemPrice(old, "CASE-1", Money.of("99.00", "NOK"));
        priceLists.setItemPrice(current, "CASE-1", Money.of("149.00", "NOK"));

        var line = new PricingLine("l1", "CASE-1", "case", "Focal", "accessories", "standard", 2, null);
        var quote = priceLists.quote(request(Channel.WEB, "NO-TEST", line), "NOK", List.of(), List.of(), List.of());
        assertThat(quote.total()).isEqualTo(Money.of("298.00", "NOK"));
        assertThat(quote.explanation()).anySatisfy(o -> assertThat(o.reason()).contains("taxed at 0 %"));

        assertThatThrownBy(() -> priceLists.quote(request(Channel.STORE, "NO-TEST", line), "NOK", List.of(),
                List.of(), List.of())).isInstanceOf(NoActivePriceList.class);
    }

    @Test
    @WithMockUser(username = "pricer", roles = "ADMIN")
    void bad_price_list_input_is_refused_with_a_message_and_nothing_is_stored() {
        String taken = code("dup");
        priceLists.create(new CreatePriceList(taken, "First", Channel.WEB, "DKK", true, NOW, null));

        assertThatThrownBy(() -> priceLists.create(new CreatePriceList(taken, "Again", Channel.WEB, "DKK", true, NOW,
                null))).isInstanceOf(PriceListCodeTaken.class);
        assertThatThrownBy(() -> priceLists.create(new CreatePriceList("Bad Code!", "X", Channel.WEB, "DKK", true, NOW,
                null))).hasMessageContaining("lower-case letters");
        assertThatThrownBy(() -> priceLists.create(new CreatePriceList(code("x"), "X", Channel.WEB, "EURO", true, NOW,
                null))).hasMessage("Use a three-letter currency code such as EUR or USD.");
        assertThatThrownBy(() -> priceLists.create(new CreatePriceList(code("x"), "X", Channel.WEB, "DKK", true, NOW,
                NOW))).hasMessage("The end must come after the start.");

        var id = priceLists.create(new CreatePriceList(code("dkk"), "DKK", Channel.STORE, "DKK", true, NOW, null));
        assertThatThrownBy(() -> priceLists.setItemPrice(id, "SKU-1", Money.of("10.00", "EUR")))
                .hasMessage("This price list is in DKK; enter the price in DKK.");
        assertThatThrownBy(() -> priceLists.setItemPrice(id, " ", Money.of("10.00", "DKK")))
                .hasMessage("Enter the SKU.");
        assertThatThrownBy(() -> priceLists.setItemPrice(id, "SKU-1", Money.of("-1.00", "DKK")))
                .hasMessage("A price cannot be negative.");
        assertThat(priceLists.bookFor(Channel.STORE, "DKK", NOW.plusSeconds(1)).orElseThrow().unitPrice("SKU-1"))
                .isEmpty();
    }

    @Test
    @WithMockUser(username = "clerk", roles = "WAREHOUSE")
    void only_admins_change_prices() {
        assertThatThrownBy(() -> priceLists.create(new CreatePriceList(code("x"), "X", Channel.WEB, "EUR", true, NOW,
                null))).isInstanceOf(AccessDeniedException.class);
    }
}
