package dev.focal.catalog;

import static dev.focal.catalog.CatalogTestData.frame;
import static dev.focal.catalog.CatalogTestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.focal.IntegrationTest;
import dev.focal.catalog.CatalogExceptions.InvalidProduct;
import dev.focal.catalog.CatalogExceptions.ProductChanged;
import dev.focal.catalog.SearchQuery.Facet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** The catalog on real PostgreSQL: rules, optimistic locking, states, events and the search documents. */
@IntegrationTest
@WithMockUser(username = "catalog-admin", roles = "ADMIN")
class CatalogIntegrationTest {

    @Autowired
    Catalog catalog;
    @Autowired
    CatalogSearch search;
    @Autowired
    ProductUpdatedRecorder events;

    @Test
    void a_new_frame_is_a_draft_that_only_staff_see_until_it_is_activated() {
        String brand = unique("Brand");
        var id = catalog.create(frame(unique("FR-"), brand, "Quill", FrameSpec.Shape.OVAL, "Black", "Tortoise"));
        var draft = catalog.get(id);

        assertThat(draft.status()).isEqualTo(ProductStatus.DRAFT);
        assertThat(draft.draft().variants()).hasSize(4);
        assertThat(draft.slug()).startsWith("brand").endsWith("quill");
        assertThat(catalog.findActiveBySlug(draft.slug())).isEmpty();
        assertThat(search.search(byBrand(brand)).total()).isZero();

        catalog.changeStatus(id, draft.version(), ProductStatus.ACTIVE);

        assertThat(catalog.findActiveBySlug(draft.slug())).isPresent();
        var found = search.search(byBrand(brand));
        assertThat(found.total()).isEqualTo(1);
        assertThat(found.hits().getFirst().colours()).containsExactly("Black", "Tortoise");
        assertThat(events.of(id)).extracting(ProductUpdated::status).containsExactly(ProductStatus.DRAFT, ProductStatus.ACTIVE);
        assertThat(events.of(id).getLast().skus()).hasSize(4);
    }

    @Test
    void a_stale_save_is_refused_and_changes_nothing() {
        var id = catalog.create(frame(unique("FR-"), unique("Brand"), "Wren", FrameSpec.Shape.ROUND, "Black"));
        var first = catalog.get(id);
        var second = catalog.get(id);
        var renamed = new ProductDraft(first.category(), first.code(), "Wren II", first.brand(), "", "STANDARD",
                first.draft().frame(), null, null, first.draft().variants());
        catalog.update(id, first.version(), renamed);

        var other = new ProductDraft(second.category(), second.code(), "Wren by someone else", second.brand(), "",
                "STANDARD", second.draft().frame(), null, null, second.draft().variants());
        assertThatThrownBy(() -> catalog.update(id, second.version(), other))
                .isInstanceOf(ProductChanged.class).hasMessageContaining("changed by someone else");
        assertThat(catalog.get(id).name()).isEqualTo("Wren II");
    }

    @Test
    void a_sku_or_barcode_of_another_product_is_refused_at_its_field() {
        var first = catalog.create(frame(unique("FR-"), unique("Brand"), "Kite", FrameSpec.Shape.SQUARE, "Black"));
        String takenSku = catalog.get(first).draft().variants().getFirst().sku();
        var second = frame(unique("FR-"), unique("Brand"), "Kite", FrameSpec.Shape.SQUARE, "Black");
        var clash = CatalogTestData.withVariants(second, List.of(
                new Variant(unique("SKU-"), "BLA", "48-18-140", null, null, Variant.Status.ACTIVE),
                new Variant(takenSku, "BLA", "54-19-145", null, null, Variant.Status.ACTIVE)));

        assertThatThrownBy(() -> catalog.create(clash)).isInstanceOfSatisfying(InvalidProduct.class, e -> {
            assertThat(e.field()).isEqualTo("variants[1].sku");
            assertThat(e.getMessage()).contains(takenSku, catalog.get(first).code());
        });
        assertThat(catalog.findByCode(second.code())).isEmpty();
    }

    @Test
    void progressive_eligibility_follows_the_shortest_active_progressive_fitting_height() {
        // the demo range offers a progressive with a 14 mm minimum fitting height: B >= 28 mm qualifies
        assertThat(catalog.shortestProgressiveFittingHeight()).contains(14);
        var deep = catalog.create(frame(unique("FR-"), unique("Brand"), "Deep", FrameSpec.Shape.OVAL, "Black"));
        assertThat(catalog.get(deep).progressiveEligible()).isTrue();
        assertThat(Catalog.progressiveEligible(new FrameSpec.Size(50, 27, 18, 52, 140), 14)).isFalse();
        assertThat(Catalog.progressiveEligible(new FrameSpec.Size(50, 28, 18, 52, 140), 14)).isTrue();
    }

    @Test
    @WithMockUser(username = "warehouse-reader", roles = "WAREHOUSE")
    void staff_without_catalog_duties_may_read_but_not_edit() {
        assertThat(catalog.count(ProductFilter.all())).isPositive();
        assertThatThrownBy(() -> catalog.create(frame(unique("FR-"), "B", "N", FrameSpec.Shape.ROUND, "Black")))
                .isInstanceOf(AccessDeniedException.class);
    }

    static SearchQuery byBrand(String brand) {
        return new SearchQuery(null, null, Map.of(Facet.BRAND, Set.of(brand)), SearchQuery.Sort.RELEVANCE, 0, 24);
    }
}
