package dev.focal.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.focal.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The public catalog API over the demo catalog, and its one error shape (RFC 9457). */
@IntegrationTest
class CatalogApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void products_by_category_and_one_product_with_its_variants() throws Exception {
        String body = mvc.perform(get("/api/v1/products").param("category", "contact-lenses"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total", greaterThan(4)))
                .andExpect(jsonPath("$.items[*].category", hasItem("contact-lenses")))
                .andReturn().getResponse().getContentAsString();
        String id = body.replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
        mvc.perform(get("/api/v1/products/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contactLens.modality").exists())
                .andExpect(jsonPath("$.variants[0].sku").exists())
                .andExpect(jsonPath("$.variants[0].prices", containsString("/api/v1/prices?sku=")));
    }

    @Test
    void search_returns_hits_and_facets() throws Exception {
        mvc.perform(get("/api/v1/search").param("q", "tortoise").param("category", "eyeglasses").param("sort", "price-asc"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total", greaterThan(0)))
                .andExpect(jsonPath("$.facets.brand").isArray())
                .andExpect(jsonPath("$.hits[0].url", containsString("/p/")));
    }

    @Test
    void a_price_comes_with_its_breakdown_and_money_is_amount_and_currency() throws Exception {
        mvc.perform(get("/api/v1/prices").param("sku", "CL-AQ1D"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.amount").value(24.90))
                .andExpect(jsonPath("$.total.currency").value("EUR"))
                .andExpect(jsonPath("$.total.zero").doesNotExist())
                .andExpect(jsonPath("$.lines[0].tax.amount").value(3.98));
    }

    @Test
    void bad_input_is_a_problem_document_naming_the_field() throws Exception {
        mvc.perform(get("/api/v1/products/not-a-uuid"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.type").value("https://focal.dev/problems/invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").value("id"));
        mvc.perform(get("/api/v1/search").param("sort", "cheapest"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sort"));
        mvc.perform(get("/api/v1/products").param("category", "hats"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("eyeglasses")));
        mvc.perform(get("/api/v1/prices").param("sku", "CL-AQ1D").param("quantity", "lots"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("quantity"));
        mvc.perform(get("/api/v1/products/01a20e32-0000-7000-8000-000000000000"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Not found"));
        mvc.perform(get("/api/v1/prices"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sku"));
    }

    @Test
    void staff_endpoints_need_a_valid_token_or_session() throws Exception {
        mvc.perform(get("/api/v1/promotions"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.title").value("Sign in required"));
        mvc.perform(get("/api/v1/products").header("Authorization", "Bearer focal_nonsense"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Invalid token"));
        mvc.perform(get("/api/v1/unknown")).andExpect(status().isUnauthorized());
    }
}
