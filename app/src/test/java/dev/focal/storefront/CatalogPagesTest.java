package dev.focal.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.focal.IntegrationTest;
import dev.focal.catalog.Catalog;
import dev.focal.catalog.CatalogTestData;
import dev.focal.catalog.FrameSpec;
import dev.focal.catalog.ProductDraft;
import dev.focal.catalog.ProductStatus;
import dev.focal.inventory.StockReceipt;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** Category, search and product pages over the demo catalog, as an anonymous visitor sees them. */
@IntegrationTest
class CatalogPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Catalog catalog;
    @Autowired
    dev.focal.catalog.ProductMedia media;

    @Test
    void a_category_page_lists_products_with_facet_links_and_no_session() throws Exception {
        var result = mvc.perform(get("/eyeglasses"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "public, max-age=60"))
                .andExpect(header().exists("ETag"))
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(content().string(containsString("<link rel=\"canonical\" href=\"http://localhost")))
                .andExpect(content().string(containsString("href=\"/eyeglasses?shape=ROUND\"")))
                .andExpect(content().string(containsString("href=\"/p/")))
                .andExpect(content().string(containsString("Price: low to high")))
                .andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
    }

    @Test
    void facets_and_pages_are_links_that_narrow_the_list() throws Exception {
        activeFrame("Roundish");
        mvc.perform(get("/eyeglasses").param("shape", "ROUND").param("sort", "price-asc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-current=\"true\">Round")))
                .andExpect(content().string(containsString("Clear all filters")));
        mvc.perform(get("/eyeglasses").param("page", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("(page 2)")))
                .andExpect(content().string(containsString("rel=\"prev\"")));
    }

    @Test
    void an_unchanged_page_answers_304_and_a_catalog_change_gives_a_new_etag() throws Exception {
        String etag = mvc.perform(get("/sunglasses")).andReturn().getResponse().getHeader("ETag");
        mvc.perform(get("/sunglasses").header("If-None-Match", etag)).andExpect(status().isNotModified());

        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("t", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        try {
            catalog.create(CatalogTestData.frame(CatalogTestData.unique("FR-"), "Etag", "Change",
                    FrameSpec.Shape.ROUND, "Black"));
        } finally {
            SecurityContextHolder.clearContext();
        }
        mvc.perform(get("/sunglasses").header("If-None-Match", etag)).andExpect(status().isOk());
    }

    @Test
    void a_product_page_shows_the_price_measurements_and_structured_data() throws Exception {
        String slug = activeFrame("Pageview");
        mvc.perform(get("/p/" + slug))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("48\u25A118-140")))
                .andExpect(content().string(containsString("Lens width (A)")))
                .andExpect(content().string(containsString("Frame PD (A + DBL)")))
                .andExpect(content().string(containsString("\"@type\":\"Product\"")))
                .andExpect(content().string(containsString("<link rel=\"canonical\" href=\"http://localhost")))
                .andExpect(content().string(containsString("/p/" + slug + "?colour=BLA&amp;size=54-19-145")))
                .andExpect(content().string(containsString("Not on sale online")));
        mvc.perform(get("/p/" + slug).param("colour", "BLA").param("size", "54-19-145"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("54\u25A119-145")));
    }

    @Test
    void demo_products_have_prices_and_drafts_and_unknown_slugs_are_not_found() throws Exception {
        mvc.perform(get("/p/brightwater-aquaday-1-day"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\u20AC24.90")))
                .andExpect(content().string(containsString("\"priceCurrency\":\"EUR\"")))
                .andExpect(content().string(containsString("Base curve (BC)")));
        mvc.perform(get("/p/no-such-frame")).andExpect(status().isNotFound());

        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("t", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        String slug;
        try {
            slug = catalog.get(catalog.create(CatalogTestData.frame(CatalogTestData.unique("FR-"), "Drafty", "Hidden",
                    FrameSpec.Shape.ROUND, "Black"))).slug();
        } finally {
            SecurityContextHolder.clearContext();
        }
        mvc.perform(get("/p/" + slug)).andExpect(status().isNotFound());
    }

    @Test
    void search_tolerates_typos_and_the_sitemap_lists_active_products() throws Exception {
        mvc.perform(get("/search").param("q", "tortoisse"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No exact match")))
                .andExpect(content().string(containsString("noindex")));
        mvc.perform(get("/sitemap.xml"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<loc>http://localhost")))
                .andExpect(content().string(containsString("/p/brightwater-aquaday-1-day</loc>")))
                .andExpect(content().string(not(containsString("drafty-hidden"))));
        mvc.perform(get("/robots.txt")).andExpect(content().string(containsString("Sitemap: ")));
    }

    @Test
    void an_active_promotion_shows_the_old_and_the_new_price() throws Exception {
        // demo: SUN-20 takes 20 % off Brightwater and Oakhaven sunglasses on the web
        mvc.perform(get("/p/brightwater-vera"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<del aria-label=\"Was\">")))
                .andExpect(content().string(containsString("Summer sale")));
    }

    @Test
    void product_images_are_served_in_their_sizes_and_cached_for_good() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("t", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        dev.focal.catalog.MediaId image;
        dev.focal.catalog.ProductId id;
        try {
            id = catalog.create(CatalogTestData.frame(CatalogTestData.unique("FR-"), "Pictured", "Photo",
                    FrameSpec.Shape.ROUND, "Black"));
            var png = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(800, 400,
                    java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
            image = media.upload(id, null, "Photo, front", "photo.png", "image/png", png.toByteArray());
        } finally {
            SecurityContextHolder.clearContext();
        }
        mvc.perform(get("/media/" + image + "/list.jpg")).andExpect(status().isNotFound());

        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("t", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        String slug;
        try {
            catalog.changeStatus(id, catalog.get(id).version(), ProductStatus.ACTIVE);
            slug = catalog.get(id).slug();
        } finally {
            SecurityContextHolder.clearContext();
        }
        var response = mvc.perform(get("/media/" + image + "/list.jpg"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/jpeg"))
                .andExpect(header().string("Cache-Control", containsString("immutable")))
                .andReturn().getResponse();
        var read = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(response.getContentAsByteArray()));
        assertThat(read.getWidth()).isEqualTo(dev.focal.catalog.MediaSize.LIST.width());
        mvc.perform(get("/media/" + image + "/list.jpg").header("If-Modified-Since", response.getHeader("Last-Modified")))
                .andExpect(status().isNotModified());
        mvc.perform(get("/media/" + image + "/huge.jpg")).andExpect(status().isNotFound());
        mvc.perform(get("/p/" + slug)).andExpect(content().string(containsString("/media/" + image + "/detail.jpg")));
    }

    @Test
    void the_product_page_says_how_much_is_in_stock_and_when_more_comes(
            @Autowired dev.focal.pricing.PriceLists prices, @Autowired dev.focal.inventory.Inventory inventory,
            @Autowired dev.focal.inventory.Locations locations) throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("t", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        String few;
        String none;
        try {
            var web = prices.find(org.springframework.data.domain.PageRequest.of(0, 100)).stream()
                    .filter(l -> l.channel() == dev.focal.pricing.Channel.WEB && l.currency().equals("EUR"))
                    .findFirst().orElseThrow();
            few = stockedAccessory(prices, web.id(), "Few");
            none = stockedAccessory(prices, web.id(), "None");
            inventory.receive(new StockReceipt(few, "WH1", null, 2, null, null, "OPENING",
                    "test", null), null);
        } finally {
            SecurityContextHolder.clearContext();
        }
        mvc.perform(get("/p/" + catalog.findActiveSku(few).orElseThrow().slug()))
                .andExpect(content().string(containsString("Only 2 left.")))
                .andExpect(content().string(containsString("https://schema.org/InStock")));
        mvc.perform(get("/p/" + catalog.findActiveSku(none).orElseThrow().slug()))
                .andExpect(content().string(containsString("Sold out at the moment.")))
                .andExpect(content().string(containsString("https://schema.org/OutOfStock")));
    }

    private String stockedAccessory(dev.focal.pricing.PriceLists prices, dev.focal.pricing.PriceListId list, String name) {
        String code = CatalogTestData.unique("AC-");
        var id = catalog.create(new ProductDraft(dev.focal.catalog.Category.ACCESSORIES, code, name + " case",
                "Brand " + code, "", "STANDARD", null, null, null, java.util.List.of()));
        catalog.changeStatus(id, catalog.get(id).version(), ProductStatus.ACTIVE);
        prices.setItemPrice(list, code, dev.focal.shared.Money.of("19.00", "EUR"));
        return code;
    }

    private String activeFrame(String brand) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("t", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        try {
            ProductDraft draft = CatalogTestData.frame(CatalogTestData.unique("FR-"), brand, "Page", FrameSpec.Shape.ROUND,
                    "Black");
            var id = catalog.create(draft);
            catalog.changeStatus(id, catalog.get(id).version(), ProductStatus.ACTIVE);
            return catalog.get(id).slug();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
