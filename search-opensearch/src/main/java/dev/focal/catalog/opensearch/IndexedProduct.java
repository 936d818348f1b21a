package dev.focal.catalog.opensearch;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.focal.catalog.FacetLabels;
import dev.focal.catalog.SearchDocument;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A {@link SearchDocument} as it is stored in the OpenSearch index. The three text fields carry the same words
 * with the same weights as the PostgreSQL tsvector (A: name, brand, code; B: style words; C: description and
 * SKUs); {@code words} and {@code trigrams} are what the typo fallback compares, exactly as PostgreSQL's
 * {@code catalog_search.words}. Prices are kept as text so hits return them exactly; the mapping indexes them
 * as numbers.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record IndexedProduct(String productId, String code, String slug, String category, boolean active, String name,
                      String brand, @Nullable String shape, @Nullable String material, @Nullable String rimType,
                      @Nullable String gender, List<String> colours, List<String> sizeClasses,
                      @Nullable String fromPrice, @Nullable String imageId, String createdAt, String textA,
                      String textB, String textC, String words, List<String> trigrams) {

    static IndexedProduct of(SearchDocument doc) {
        String words = String.join(" ", doc.name(), doc.brand(), doc.code(), doc.category().label(),
                label(doc.shape()), label(doc.material()), label(doc.rimType()), String.join(" ", doc.colours()))
                .toLowerCase(Locale.ROOT);
        String style = String.join(" ", doc.category().label(), label(doc.shape()), label(doc.material()),
                label(doc.rimType()), label(doc.gender()), String.join(" ", doc.colours()));
        // PostgreSQL keeps numeric(12, 2) and microseconds; so does the index, or sorts would disagree
        String price = doc.fromPrice() == null ? null : doc.fromPrice().setScale(2, RoundingMode.HALF_UP).toPlainString();
        String created = DateTimeFormatter.ISO_INSTANT.format(doc.createdAt().truncatedTo(ChronoUnit.MICROS));
        return new IndexedProduct(doc.productId().toString(), doc.code(), doc.slug(), doc.category().name(),
                doc.active(), doc.name(), doc.brand(), doc.shape(), doc.material(), doc.rimType(), doc.gender(),
                doc.colours(), doc.sizeClasses(), price, doc.imageId(), created,
                String.join(" ", doc.name(), doc.brand(), doc.code()), style,
                doc.description() + " " + String.join(" ", doc.skus()), words,
                new ArrayList<>(Trigrams.distinct(words)));
    }

    @Nullable BigDecimal price() {
        return fromPrice == null ? null : new BigDecimal(fromPrice);
    }

    private static String label(@Nullable String constant) {
        return constant == null ? "" : FacetLabels.words(constant);
    }
}
