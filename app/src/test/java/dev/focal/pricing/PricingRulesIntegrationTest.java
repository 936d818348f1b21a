package dev.focal.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.focal.IntegrationTest;
import dev.focal.pricing.PricingExceptions.ChangedBySomeoneElse;
import dev.focal.pricing.PricingExceptions.InvalidCoupon;
import dev.focal.pricing.PricingExceptions.InvalidPrice;
import dev.focal.pricing.PricingExceptions.InvalidPromotion;
import dev.focal.pricing.PricingExceptions.InvalidSurcharge;
import dev.focal.pricing.Promotion.Stacking;
import dev.focal.pricing.PromotionDraft.EffectKind;
import dev.focal.shared.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Promotions, coupons and surcharges stored on real PostgreSQL, and quotes priced with them. Promotions are
 * global, so every promotion here is limited to a brand of its own; price lists use a currency no other test
 * uses and tax regions are unique.
 */
@IntegrationTest
@RecordApplicationEvents
class PricingRulesIntegrationTest {

    static final Instant NOW = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

    @Autowired
    PriceLists priceLists;
    @Autowired
    Promotions promotions;
    @Autowired
    Coupons coupons;
    @Autowired
    RxSurcharges surcharges;
    @Autowired
    ApplicationEvents events;

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static PromotionDraft percentOff(String code, String brand, String percent, int priority, Stacking stacking,
                                     @Nullable String coupon) {
        return new PromotionDraft(code, code + " promotion", EffectKind.PERCENT_OFF, new BigDecimal(percent), null,
                null, null, null, null, Set.of(), Set.of(brand), Set.of(), null, Set.of(), Set.of(),
                NOW.minus(Duration.ofDays(1)), null, priority, stacking, coupon, true);
    }

    @Test
    @WithMockUser(username = "pricer", roles = "ADMIN")
    void a_stored_promotion_keeps_every_field_in_normal_form() {
        String code = unique("ALL");
        coupons.create(new CouponDraft(code, "for the round trip", 10, 1, NOW.plus(Duration.ofDays(30))));
        var draft = new PromotionDraft(" " + code.toLowerCase() + " ", "  Second pair  ", EffectKind.BUY_X_GET_Y,
                new BigDecimal("50"), new BigDecimal("99.00"), "eur", 1, 1, "AR", Set.of("eyeglasses", " "),
                Set.of("Lumen", "Orla"), Set.of("fr-100"), new BigDecimal("150.00"), Set.of("staff"),
                Set.of(Channel.WEB, Channel.STORE), NOW, NOW.plus(Duration.ofDays(7)), 5, Stacking.EXCLUSIVE,
                code.toLowerCase(), false);

        var id = promotions.create(draft);
        var stored = promotions.get(id);

        assertThat(stored.version()).isZero();
        var d = stored.draft();
        assertThat(d.code()).isEqualTo(code);
        assertThat(d.name()).isEqualTo("Second pair");
        assertThat(d.effect()).isEqualTo(EffectKind.BUY_X_GET_Y);
        assertThat(d.percent()).isEqualByComparingTo("50");
        assertThat(d.amount()).as("only the parameters the effect uses are kept").isNull();
        assertThat(d.coating()).isNull();
        assertThat(d.buy()).isEqualTo(1);
        assertThat(d.get()).isEqualTo(1);
        assertThat(d.currency()).as("the minimum subtotal keeps its currency").isEqualTo("EUR");
        assertThat(d.minimumSubtotal()).isEqualByComparingTo("150.00");
        assertThat(d.categories()).containsExactly("EYEGLASSES");
        assertThat(d.brands()).containsExactlyInAnyOrder("Lumen", "Orla");
        assertThat(d.products()).containsExactly("FR-100");
        assertThat(d.customerGroups()).containsExactly("staff");
        assertThat(d.channels()).containsExactlyInAnyOrder(Channel.WEB, Channel.STORE);
        assertThat(d.startsAt()).isEqualTo(draft.startsAt());
        assertThat(d.endsAt()).isEqualTo(draft.endsAt());
        assertThat(d.priority()).isEqualTo(5);
        assertThat(d.stacking()).isEqualTo(Stacking.EXCLUSIVE);
        assertThat(d.couponCode()).isEqualTo(code);
        assertThat(d.enabled()).isFalse();
        assertThat(promotions.find(new PromotionFilter(code, true), PageRequest.of(0, 10))).hasSize(1);
        assertThat(promotions.find(new PromotionFilter(code, false), PageRequest.of(0, 10))).isEmpty();
        assertThat(events.stream(PromotionsChanged.class)).anySatisfy(e ->
                assertThat(e.promotionCodes()).containsExactly(code));
    }

    @Test
    @WithMockUser(username = "pricer", roles = "ADMIN")
    void bad_promotions_are_refused_naming_the_field_and_nothing_is_stored() {
        String code = unique("BAD");
        String brand = unique("brand");
        var good = percentOff(code, brand, "10", 0, Stacking.COMBINABLE, null);

        assertThatThrownBy(() -> promotions.create(percentOff(code, brand, "120", 0, Stacking.COMBINABLE, null)))
                .isInstanceOfSatisfying(InvalidPromotion.class, e -> assertThat(e.field()).isEqualTo("percent"));
        assertThatThrownBy(() -> promotions.create(new PromotionDraft(code, "x", EffectKind.AMOUNT_OFF, null,
                new BigDecimal("5"), null, null, null, null, Set.of(), Set.of(brand), Set.of(), null, Set.of(),
                Set.of(), NOW, null, 0, Stacking.COMBINABLE, null, true)))
                .isInstanceOfSatisfying(InvalidPromotion.class, e -> assertThat(e.field()).isEqualTo("currency"));
        assertThatThrownBy(() -> promotions.create(new PromotionDraft(code, "x", EffectKind.PERCENT_OFF,
                BigDecimal.TEN, null, null, null, null, null, Set.of(), Set.of(brand), Set.of(), null, Set.of(),
                Set.of(), NOW, NOW.minusSeconds(60), 0, Stacking.COMBINABLE, null, true)))
                .isInstanceOfSatisfying(InvalidPromotion.class, e -> assertThat(e.field()).isEqualTo("endsAt"));
        assertThatThrownBy(() -> promotions.create(percentOff(code, brand, "10", 0, Stacking.COMBINABLE, "NO-SUCH")))
                .isInstanceOfSatisfying(InvalidPromotion.class, e -> {
                    assertThat(e.field()).isEqualTo("couponCode");
                    assertThat(e.getMessage()).contains("There is no coupon NO-SUCH");
                });
        assertThat(promotions.count(new PromotionFilter(code, true))).isZero();

        promotions.create(good);
        assertThatThrownBy(() -> promotions.create(good))
                .isInstanceOfSatisfying(InvalidPromotion.class, e -> assertThat(e.field()).isEqualTo("code"));
    }

    @Test
    @WithMockUser(username = "pricer", roles = "ADMIN")
    void a_stale_save_is_refused_as_changed_by_someone_else_and_writes_nothing() {
        String code = unique("STALE");
        String brand = unique("brand");
        var id = promotions.create(percentOff(code, brand, "10", 0, Stacking.COMBINABLE, null));
        var opened = promotions.get(id);

        promotions.update(id, opened.version(), percentOff(code, brand, "15", 0, Stacking.COMBINABLE, null));
        int published = (int) events.stream(PromotionsChanged.class).count();

        assertThatThrownBy(() -> promotions.update(id, opened.version(),
                percentOff(code, brand, "20", 0, Stacking.COMBINABLE, null)))
                .isInstanceOf(ChangedBySomeoneElse.class)
                .hasMessageStartingWith("Promotion " + code + " was changed by someone else");
        assertThatThrownBy(() -> promotions.setEnabled(id, opened.version(), false))
                .isInstanceOf(ChangedBySomeoneElse.class);

        var now = promotions.get(id);
        assertThat(now.version()).isEqualTo(opened.version() + 1);
        assertThat(now.draft().percent()).isEqualByComparingTo("15");
        assertThat(now.draft().enabled()).isTrue();
        assertThat(events.stream(PromotionsChanged.class)).hasSize(published);
    }

    @Test
    @WithMockUser(username = "pricer", roles = "ADMIN")
    void a_quote_uses_the_stored_promotions_coupons_surcharges_and_tax_rates() {
        String brand = unique("brand");
        String region = unique("CZ");
        var list = priceLists.create(new CreatePriceList(unique("web-czk").toLowerCase(), "Web CZK", Channel.WEB,
                "CZK", false, NOW.minus(Duration.ofDays(1)), null));
        priceLists.setItemPrices(list, Map.of("CZ-FRAME-1", Money.of("2000.00", "CZK"),
                "cz-case-1", Money.of("200.00", "CZK")));
        priceLists.setLensPrice(list, "cz-sv", "1.67", Money.of("1000.00", "CZK"));
        priceLists.setTaxRate(new TaxRate("standard", region, new BigDecimal("21")));
        surcharges.create(new RxSurchargeDraft(RxSurcharge.Kind.HIGH_POWER, new BigDecimal("6"),
                new BigDecimal("500"), "czk"));

        String coupon = unique("CZK");
        coupons.create(new CouponDraft(coupon, "", null, 1, null));
        String tenOff = unique("TEN");
        String withCoupon = unique("CPN");
        String exclusive = unique("EXCL");
        String disabled = unique("OFF");
        promotions.create(percentOff(tenOff, brand, "10", 10, Stacking.COMBINABLE, null));
        promotions.create(new PromotionDraft(withCoupon, "With coupon", EffectKind.AMOUNT_OFF, null,
                new BigDecimal("100"), "CZK", null, null, null, Set.of(), Set.of(brand), Set.of(), null, Set.of(),
                Set.of(), NOW.minus(Duration.ofDays(1)), null, 5, Stacking.COMBINABLE, coupon, true));
        promotions.create(percentOff(exclusive, brand, "50", 1, Stacking.EXCLUSIVE, null));
        var off = promotions.create(percentOff(disabled, brand, "90", 100, Stacking.COMBINABLE, null));
        promotions.setEnabled(off, 0, false);

        var frame = new PricingLine("l1", "cz-frame-1", "FR-CZ", brand, "EYEGLASSES", "standard", 1,
                new LensChoice("CZ-SV", "1.67", Set.of(), new RxFacts(new BigDecimal("-7.5"), BigDecimal.ZERO, false, 60)));
        var request = new PricingRequest(List.of(frame), Channel.WEB, null, "customer-1", Set.of(coupon.toLowerCase()),
                region, NOW);
        var quote = priceLists.quote(request, "CZK");

        var line = quote.lines().getFirst();
        assertThat(line.base()).as("frame + lenses + high power surcharge").isEqualTo(Money.of("3500.00", "CZK"));
        assertThat(line.discounts()).extracting(PriceQuote.AppliedDiscount::promotionId).containsExactly(tenOff, withCoupon);
        assertThat(line.discounted()).isEqualTo(Money.of("3050.00", "CZK"));
        assertThat(quote.taxTotal()).isEqualTo(Money.of("640.50", "CZK"));
        assertThat(quote.total()).isEqualTo(Money.of("3690.50", "CZK"));
        assertThat(quote.explanation()).anySatisfy(o -> {
            assertThat(o.ruleId()).isEqualTo(exclusive);
            assertThat(o.applied()).isFalse();
            assertThat(o.reason()).isEqualTo("exclusive, and " + withCoupon + " already applies");
        });
        assertThat(quote.explanation()).noneSatisfy(o -> assertThat(o.ruleId()).isEqualTo(disabled));

        coupons.redeem(coupon, "customer-1", unique("order"));
        var again = priceLists.quote(request, "CZK");
        assertThat(again.explanation()).anySatisfy(o -> {
            assertThat(o.ruleId()).isEqualTo("coupon:" + coupon);
            assertThat(o.reason()).isEqualTo("coupon " + coupon + " already used by this customer");
        });
        assertThat(again.lines().getFirst().discounts()).extracting(PriceQuote.AppliedDiscount::promotionId)
                .containsExactly(tenOff);
    }

    @Test
    @WithMockUser(username = "pricer", roles = "ADMIN")
    void every_price_write_publishes_prices_changed_and_a_bad_bulk_row_writes_nothing() {
        String code = unique("web-pln").toLowerCase();
        var list = priceLists.create(new CreatePriceList(code, "Web PLN", Channel.WEB, "PLN", true,
                NOW.minus(Duration.ofDays(1)), null));

        priceLists.setItemPrice(list, "pl-1", Money.of("10.00", "PLN"));
        priceLists.setItemPrices(list, Map.of("PL-2", Money.of("20.00", "PLN"), "PL-3", Money.of("30.00", "PLN")));
        priceLists.setLensPrice(list, "pl-lens", "1.60", Money.of("300.00", "PLN"));
        priceLists.setCoatingPrice(list, "pl-lens", "ANTI_REFLECTIVE", Money.of("90.00", "PLN"));

        assertThat(events.stream(PricesChanged.class).filter(e -> e.priceListCode().equals(code)).toList())
                .containsExactly(
                        new PricesChanged(code, Channel.WEB, Set.of("PL-1"), Set.of()),
                        new PricesChanged(code, Channel.WEB, Set.of("PL-2", "PL-3"), Set.of()),
                        new PricesChanged(code, Channel.WEB, Set.of(), Set.of("PL-LENS")),
                        new PricesChanged(code, Channel.WEB, Set.of(), Set.of("PL-LENS")));

        assertThatThrownBy(() -> priceLists.setItemPrices(list, Map.of("PL-4", Money.of("40.00", "PLN"),
                "PL-5", Money.of("5.00", "EUR"))))
                .isInstanceOfSatisfying(InvalidPrice.class, e -> {
                    assertThat(e.field()).isEqualTo("price");
                    assertThat(e.getMessage()).startsWith("PL-5: This price list is in PLN");
                });
        assertThat(priceLists.itemPrices(list, null, PageRequest.of(0, 10)))
                .extracting(ItemPrice::sku).containsExactly("PL-1", "PL-2", "PL-3");
        assertThat(priceLists.countLensPrices(list)).isEqualTo(1);
        assertThat(priceLists.coatingPrices(list, PageRequest.of(0, 10))).singleElement()
                .isEqualTo(new CoatingPrice("PL-LENS", "ANTI_REFLECTIVE", Money.of("90.00", "PLN")));
    }

    @Test
    @WithMockUser(username = "pricer", roles = "ADMIN")
    void coupons_and_surcharges_are_validated_by_field_and_lock_optimistically() {
        String code = unique("CPN");
        assertThatThrownBy(() -> coupons.create(new CouponDraft("x", "", null, null, null)))
                .isInstanceOfSatisfying(InvalidCoupon.class, e -> assertThat(e.field()).isEqualTo("code"));
        assertThatThrownBy(() -> coupons.create(new CouponDraft(code, "", 2, 3, null)))
                .isInstanceOfSatisfying(InvalidCoupon.class, e -> assertThat(e.field()).isEqualTo("perCustomerLimit"));
        coupons.create(new CouponDraft(code, "first", 5, null, null));
        var opened = coupons.get(code);
        coupons.update(opened.version(), new CouponDraft(code, "second", 5, null, null));
        assertThatThrownBy(() -> coupons.update(opened.version(), new CouponDraft(code, "third", 5, null, null)))
                .isInstanceOf(ChangedBySomeoneElse.class);
        coupons.redeem(code, null, "o-1");
        coupons.redeem(code, null, "o-2");
        assertThatThrownBy(() -> coupons.update(opened.version() + 1, new CouponDraft(code, "x", 1, null, null)))
                .isInstanceOfSatisfying(InvalidCoupon.class, e -> assertThat(e.field()).isEqualTo("totalLimit"));
        assertThat(coupons.get(code)).satisfies(c -> {
            assertThat(c.description()).isEqualTo("second");
            assertThat(c.timesRedeemed()).isEqualTo(2);
        });

        var id = surcharges.create(new RxSurchargeDraft(RxSurcharge.Kind.OVERSIZE_BLANK, new BigDecimal("70"),
                new BigDecimal("25"), "HUF"));
        assertThatThrownBy(() -> surcharges.create(new RxSurchargeDraft(RxSurcharge.Kind.OVERSIZE_BLANK,
                new BigDecimal("70.00"), new BigDecimal("30"), "huf")))
                .isInstanceOfSatisfying(InvalidSurcharge.class, e -> assertThat(e.field()).isEqualTo("threshold"));
        assertThatThrownBy(() -> surcharges.create(new RxSurchargeDraft(RxSurcharge.Kind.PRISM, BigDecimal.ZERO,
                new BigDecimal("30"), "EURO")))
                .isInstanceOfSatisfying(InvalidSurcharge.class, e -> assertThat(e.field()).isEqualTo("currency"));
        surcharges.update(id, 0, new RxSurchargeDraft(RxSurcharge.Kind.OVERSIZE_BLANK, new BigDecimal("72"),
                new BigDecimal("25"), "HUF"));
        assertThatThrownBy(() -> surcharges.delete(id, 0)).isInstanceOf(ChangedBySomeoneElse.class);
        assertThat(surcharges.get(id).draft().threshold()).isEqualByComparingTo("72");
    }

    @Test
    @WithMockUser(username = "associate", roles = "ASSOCIATE")
    void associates_read_rules_but_only_admins_change_them() {
        assertThat(promotions.count(PromotionFilter.all())).isNotNegative();
        assertThat(coupons.count(null)).isNotNegative();
        assertThatThrownBy(() -> promotions.create(percentOff(unique("NO"), "x", "10", 0, Stacking.COMBINABLE, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> coupons.create(new CouponDraft(unique("NO"), "", null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> priceLists.setTaxRate(new TaxRate("standard", "XX", BigDecimal.ONE)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
