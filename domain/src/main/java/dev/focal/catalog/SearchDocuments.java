package dev.focal.catalog;

import dev.focal.catalog.FrameSpec.Colour;
import dev.focal.catalog.FrameSpec.Size;
import dev.focal.pricing.Channel;
import dev.focal.pricing.PriceBook;
import dev.focal.pricing.PriceLists;
import dev.focal.shared.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Builds a product's {@link SearchDocument} (with its lowest web price from the price list valid now) and
 * writes it to the PostgreSQL search table, which is also what the storefront's lists read.
 */
@Component
class SearchDocuments {

    private final PostgresCatalogSearch postgres;
    private final PriceLists prices;
    private final Clock clock;
    private final String currency;

    SearchDocuments(PostgresCatalogSearch postgres, PriceLists prices, Clock clock,
                    @Value("${focal.shop.currency:EUR}") String currency) {
        this.postgres = postgres;
        this.prices = prices;
        this.clock = clock;
        this.currency = currency;
    }

    void write(ProductDetails details) {
        postgres.write(build(details));
    }

    SearchDocument build(ProductDetails p) {
        FrameSpec frame = p.draft().frame();
        List<String> colours = frame == null ? List.of() : frame.colours().stream().map(Colour::name).distinct().toList();
        List<String> sizeClasses = frame == null ? List.of()
                : frame.sizes().stream().map(Size::sizeClass).distinct().sorted().map(Enum::name).toList();
        var skus = p.draft().variants().stream().map(Variant::sku).toList();
        String image = p.media().isEmpty() ? null : p.media().getFirst().id();
        return new SearchDocument(p.id(), p.code(), p.slug(), p.category(), p.status() == ProductStatus.ACTIVE,
                p.name(), p.brand(), p.draft().description(), frame == null ? null : frame.shape().name(),
                frame == null ? null : frame.material().name(), frame == null ? null : frame.rimType().name(),
                frame == null ? null : frame.gender().name(), colours, sizeClasses, skus, fromPrice(p), image,
                p.createdAt());
    }

    private @Nullable BigDecimal fromPrice(ProductDetails p) {
        Optional<PriceBook> book = prices.bookFor(Channel.WEB, currency, clock.instant());
        if (book.isEmpty()) {
            return null;
        }
        LensSpec lens = p.draft().lens();
        var candidates = lens != null
                ? lens.availability().stream().map(a -> book.get().lensPrice(p.code(), a.index()))
                : p.draft().variants().stream().filter(v -> v.status() == Variant.Status.ACTIVE)
                        .map(v -> book.get().unitPrice(v.sku()));
        return candidates.flatMap(Optional::stream).map(Money::amount).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
    }
}
